package crosscheck.claims.scoring;

import crosscheck.claims.Evidence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code train-claims} and {@code eval-claims} on a tiny corpus written here, in both published formats. */
class ClaimCommandsTest {
    static final List<String> CHECKWORTHY = List.of(
            "We have lost 800,000 jobs in the last year.",
            "Taxes went up by 12 percent under this administration.",
            "The deficit reached $1.4 trillion in 2009.",
            "Unemployment is at 9 percent in Ohio.",
            "He voted for the war in Iraq in 2002.",
            "Crime fell by a third in New York during those years.");
    static final List<String> NOT_CHECKWORTHY = List.of(
            "Thank you very much.",
            "I think we can do better.",
            "Let me answer that question.",
            "That is a great question, and I am glad you asked it.",
            "We need to come together as a nation.",
            "Good evening, everyone.");

    @TempDir
    Path dir;

    @Test
    void trainsOnATinyCorpusAndTheModelLoadsAndEvaluates() throws Exception {
        Path data = writeCorpus(dir.resolve("claims"));
        Path model = dir.resolve("model.bin.gz");
        Output train = new Output();
        int status = ClaimCommands.trainClaims(List.of("--data", data.toString(), "--out", model.toString(),
                "--bits", "12", "--epochs", "3"), train.out, train.err);
        assertEquals(0, status, train.err());
        assertTrue(train.out().contains("wrote " + model), train.out());

        TrainedCheckworthinessScorer scorer = TrainedCheckworthinessScorer.load(model);
        Evidence none = new Evidence(Set.of(), List.of(), 0, 0, 0, false, false, false, 4);
        double high = scorer.score(new String[] {"We", "have", "lost", "800,000", "jobs", "."},
                new String[] {"PRON", "AUX", "VERB", "NUM", "NOUN", "PUNCT"}, none);
        double low = scorer.score(new String[] {"Thank", "you", "very", "much", "."},
                new String[] {"VERB", "PRON", "ADV", "ADV", "PUNCT"}, none);
        assertTrue(high >= 0 && high <= 1 && low >= 0 && low <= 1, high + " " + low);
        assertTrue(high > low, "a trained sentence should outscore an untrained one: " + high + " vs " + low);

        Output eval = new Output();
        status = ClaimCommands.evalClaims(List.of("--model", model.toString(),
                "--claimbuster", data.resolve("claimbuster/crowdsourced.csv").toString(),
                "--checkthat", data.resolve("checkthat2019/training").toString()), eval.out, eval.err);
        assertEquals(0, status, eval.err());
        assertTrue(eval.out().contains("ROC AUC"), eval.out());
        assertTrue(eval.out().contains("MAP"), eval.out());
    }

    @Test
    void trainingTwiceGivesTheSameModel() throws Exception {
        Path data = writeCorpus(dir.resolve("claims"));
        Path first = dir.resolve("first.bin.gz");
        Path second = dir.resolve("second.bin.gz");
        for (Path model : List.of(first, second)) {
            Output output = new Output();
            assertEquals(0, ClaimCommands.trainClaims(List.of("--data", data.toString(), "--out", model.toString(),
                    "--bits", "10", "--epochs", "2", "--cache", dir.resolve("cache.tsv").toString()), output.out,
                    output.err), output.err());
        }
        TrainedCheckworthinessScorer a = TrainedCheckworthinessScorer.load(first);
        TrainedCheckworthinessScorer b = TrainedCheckworthinessScorer.load(second);
        String[] words = {"Taxes", "went", "up", "."};
        String[] tags = {"NOUN", "VERB", "ADV", "PUNCT"};
        Evidence none = new Evidence(Set.of(), List.of(), 0, 0, 0, false, false, false, 4);
        assertEquals(a.textLogit(words, tags), b.textLogit(words, tags));
        assertEquals(a.debateThreshold(), b.debateThreshold());
        assertEquals(a.score(words, tags, none), b.score(words, tags, none));
    }

    @Test
    void evaluatingTheDevelopmentDebatesWithAModelTrainedOnThemSaysSo() throws Exception {
        Path data = writeCorpus(dir.resolve("claims"));
        Path model = dir.resolve("model.bin.gz");
        Output train = new Output();
        assertEquals(0, ClaimCommands.trainClaims(List.of("--data", data.toString(), "--out", model.toString(),
                "--bits", "10", "--epochs", "2"), train.out, train.err), train.err());
        Output eval = new Output();
        assertEquals(0, ClaimCommands.evalClaims(List.of("--model", model.toString(), "--data", data.toString()),
                eval.out, eval.err), eval.err());
        assertTrue(eval.out().contains("not held-out"), eval.out());

        Path devModel = dir.resolve("dev.bin.gz");
        Output devTrain = new Output();
        assertEquals(0, ClaimCommands.trainClaims(List.of("--data", data.toString(), "--out", devModel.toString(),
                "--bits", "10", "--epochs", "2", "--dev"), devTrain.out, devTrain.err), devTrain.err());
        Output devEval = new Output();
        assertEquals(0, ClaimCommands.evalClaims(List.of("--model", devModel.toString(), "--data", data.toString()),
                devEval.out, devEval.err), devEval.err());
        assertFalse(devEval.out().contains("not held-out"), devEval.out());
    }

    @Test
    void missingArgumentsAreAUsageError() {
        Output output = new Output();
        assertEquals(2, ClaimCommands.trainClaims(List.of("--out", "x.bin.gz"), output.out, output.err));
        assertTrue(output.err().contains("usage: train-claims"), output.err());
        Output eval = new Output();
        assertEquals(2, ClaimCommands.evalClaims(List.of("--bogus"), eval.out, eval.err));
        assertTrue(eval.err().contains("unknown argument: --bogus"), eval.err());
    }

    /** Three ClaimBuster debates and two CheckThat! debates, each with check-worthy and other sentences. */
    private static Path writeCorpus(Path data) throws Exception {
        Files.createDirectories(data.resolve("claimbuster"));
        Files.createDirectories(data.resolve("checkthat2019/training"));
        List<String> csv = new ArrayList<>();
        csv.add("Sentence_id,Text,Speaker,Speaker_title,Speaker_party,File_id,Length,Line_number,Sentiment,Verdict");
        int id = 0;
        for (String file : List.of("2000-10-03.txt", "2004-09-30.txt", "2008-09-26.txt")) {
            for (int i = 0; i < CHECKWORTHY.size(); i++) {
                id++;
                csv.add(id + ",\"" + CHECKWORTHY.get(i).replace("\"", "\"\"") + "\",A,,,"
                        + file + ",8," + id + ",0.0,1");
                id++;
                csv.add(id + ",\"" + NOT_CHECKWORTHY.get(i) + "\",B,,," + file + ",5," + id + ",0.0,"
                        + (i % 2 == 0 ? "-1" : "0"));
            }
        }
        Files.write(data.resolve("claimbuster/crowdsourced.csv"), csv, StandardCharsets.UTF_8);
        for (String debate : List.of("20160926_1pres.tsv", "20161019_3pres.tsv")) {
            List<String> tsv = new ArrayList<>();
            int line = 0;
            for (int i = 0; i < CHECKWORTHY.size(); i++) {
                tsv.add(++line + "\tHOLT\t" + NOT_CHECKWORTHY.get(i) + "\t0");
                tsv.add(++line + "\tTRUMP\t" + CHECKWORTHY.get(i) + "\t" + (i % 2));
            }
            Files.write(data.resolve("checkthat2019/training").resolve(debate), tsv, StandardCharsets.UTF_8);
        }
        return data;
    }

    /** Captured standard output and error of one command. */
    private static final class Output {
        final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        final PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
        final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

        String out() {
            return outBytes.toString(StandardCharsets.UTF_8);
        }

        String err() {
            return errBytes.toString(StandardCharsets.UTF_8);
        }
    }
}
