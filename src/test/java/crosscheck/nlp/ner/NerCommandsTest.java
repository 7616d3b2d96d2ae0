package crosscheck.nlp.ner;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The train-ner, tag and eval-ner entry points, on a tiny corpus written for this test. */
class NerCommandsTest {
    private static final String[] PEOPLE = {"Anna Kovacs", "Tom Reilly", "Sara Lindqvist", "Omar Haddad"};
    private static final String[] PLACES = {"Lisbon", "Nairobi", "Ottawa", "Hanoi"};
    private static final String[] COMPANIES = {"Bluefin Systems", "Northgate Bank", "Arcadia Foods", "Helix Media"};

    /** A corpus in GUM's permissive IOB2 layout: "PERSON works for COMPANY in PLACE ." with every combination. */
    private static String tinyCorpus() {
        StringBuilder corpus = new StringBuilder();
        for (String person : PEOPLE) {
            for (String company : COMPANIES) {
                for (String place : PLACES) {
                    appendName(corpus, person, "PER");
                    corpus.append("works\tO\nfor\tO\n");
                    appendName(corpus, company, "ORG");
                    corpus.append("in\tO\n");
                    appendName(corpus, place, "LOC");
                    corpus.append(".\tO\n\n");
                }
            }
        }
        return corpus.toString();
    }

    private static void appendName(StringBuilder corpus, String name, String type) {
        String[] words = name.split(" ");
        for (int i = 0; i < words.length; i++) {
            corpus.append(words[i]).append('\t').append(i == 0 ? "B-" : "I-").append(type).append('\n');
        }
    }

    @Test
    void trainsATinyModelAndEvaluatesIt(@TempDir Path dir) throws IOException {
        Path data = dir.resolve("data");
        Files.createDirectories(data.resolve("gum"));
        Files.writeString(data.resolve("gum/permissive.train.iob2"), tinyCorpus(), StandardCharsets.UTF_8);
        Path gold = dir.resolve("gold.iob2");
        Files.writeString(gold, "Tom\tB-PER\nReilly\tI-PER\nworks\tO\nfor\tO\nHelix\tB-ORG\nMedia\tI-ORG\nin\tO\n"
                + "Lisbon\tB-LOC\n.\tO\n", StandardCharsets.UTF_8);
        Path model = dir.resolve("model.bin");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = NerCommands.trainNer(List.of("--data", data.toString(), "--out", model.toString(),
                "--corpora", "gum", "--iterations", "30", "--eval", gold.toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        assertTrue(Files.size(model) > 0);
        String report = out.toString(StandardCharsets.UTF_8);
        assertTrue(report.contains("micro\t3\t3\t3\t1.0000\t1.0000\t1.0000"), report);
    }

    @Test
    void addsTheDocumentsOfAnExtraGoldFile(@TempDir Path dir) throws IOException {
        Path data = dir.resolve("data");
        Files.createDirectories(data.resolve("gum"));
        Files.writeString(data.resolve("gum/permissive.train.iob2"), tinyCorpus(), StandardCharsets.UTF_8);
        Path extra = dir.resolve("extra.iob2");
        Files.writeString(extra, "# newdoc id = a\n# text = Tom Reilly visited Hanoi .\n1\tTom\tB-PER\t-\n"
                + "2\tReilly\tI-PER\t-\n3\tvisited\tO\t-\n4\tHanoi\tB-LOC\t-\n5\t.\tO\t-\n", StandardCharsets.UTF_8);
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = NerCommands.trainNer(List.of("--data", data.toString(), "--out", dir.resolve("m.bin").toString(),
                "--corpora", "gum", "--iterations", "5", "--extra", extra.toString()),
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains(extra + ": 1 documents, 1 sentences"),
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void trainNerWithoutItsRequiredOptionsIsAUsageError() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = NerCommands.trainNer(List.of("--data", "somewhere"), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, status);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage: train-ner"));
    }

    @Test
    void tagWritesOneTagPerTokenKeepsBlankLinesAndEchoesNewdoc() {
        String input = "# newdoc id = one\nAntony\nBlinken\nvisited\nParis\n.\n\n#\nRussian\nofficials\nspoke\n\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int status = NerCommands.tag(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8));

        assertEquals(0, status);
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(List.of("# newdoc id = one", "Antony\tB-PER", "Blinken\tI-PER", "visited\tO", "Paris\tB-LOC",
                ".\tO", "", "#\tO", "Russian\tO", "officials\tO", "spoke\tO", ""), lines);
    }

    @Test
    void readsUnersOwnLayoutWithItsCommentLines(@TempDir Path dir) throws IOException {
        Path gold = dir.resolve("uner.iob2");
        Files.writeString(gold, "# newdoc id = d1\n# sent_id = d1-1\n# text = We met Ana Silva\n"
                + "1\tWe\tO\t-\t-\n2\tmet\tO\t-\t-\n3\tAna\tB-PER\t-\t-\n4\tSilva\tI-PER\t-\t-\n\n", StandardCharsets.UTF_8);
        List<List<NerSentence>> documents = NerCommands.readGold(gold);
        assertEquals(1, documents.size());
        NerSentence sentence = documents.get(0).get(0);
        assertEquals(List.of("We", "met", "Ana", "Silva"), sentence.tokens());
        assertEquals(List.of("O", "O", "B-PER", "I-PER"), sentence.tags());
        assertEquals(new ArrayList<>(List.of("O", "B-PER", "I-PER")), new ArrayList<>(NerCorpora.toIob2(
                List.of("O", "I-PER", "I-PER"), t -> t)));
    }
}
