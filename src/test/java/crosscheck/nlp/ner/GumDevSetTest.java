package crosscheck.nlp.ner;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Cutting GUM's flat dev file into documents of chosen genres, and UNER's style, on a tiny folder written here. */
class GumDevSetTest {
    @TempDir
    Path gum;

    private void write(String name, String text) throws IOException {
        Files.createDirectories(gum.resolve(name).getParent());
        Files.writeString(gum.resolve(name), text, StandardCharsets.UTF_8);
    }

    private void writeFolder(String devFile) throws IOException {
        write("splits.md", "# Splits\n\n## dev\n\n  * GUM_news_aid\n  * GUM_fiction_night\n\n## test\n\n  * GUM_news_other\n");
        write("conllu/GUM_news_aid.conllu", "# sent_id = 1\n1\tSenator\n2\tPaul\n3\tspoke\n\n"
                + "# sent_id = 2\n1\tThe\n2\tPentagon\n3-4\tdidn't\n3\tdid\n4\tn't\n5\treply\n\n");
        write("conllu/GUM_fiction_night.conllu", "1\tIt\n2\trained\n\n");
        write("permissive.dev.iob2", devFile);
    }

    @Test
    void cutsTheFlatFileIntoTheDocumentsOfTheChosenGenres() throws IOException {
        writeFolder("Senator\tB-PER\nPaul\tI-PER\nspoke\tO\n\nThe\tB-ORG\nPentagon\tI-ORG\ndid\tO\nn't\tO\nreply\tO\n\n"
                + "It\tO\nrained\tO\n\n");
        List<GumDevSet.Document> news = GumDevSet.read(gum, List.of("news"));
        assertEquals(1, news.size());
        assertEquals("GUM_news_aid", news.get(0).id());
        assertEquals(2, news.get(0).sentences().size());
        assertEquals(2, GumDevSet.read(gum, List.of()).size());
    }

    @Test
    void aDocumentWhoseSentencesDoNotAddUpIsAnError() throws IOException {
        writeFolder("Senator\tB-PER\nPaul\tI-PER\nspoke\tO\n\nIt\tO\nrained\tO\n\n");
        assertThrows(IOException.class, () -> GumDevSet.read(gum, List.of()));
    }

    @Test
    void unerStyleTakesTitlesTheAndLoneNationalitiesOutOfNames() {
        Gazetteer lists = Gazetteer.of(Map.of(Gazetteer.NameList.TITLE, List.of("senator", "defence secretary"),
                Gazetteer.NameList.DEMONYM, List.of("russian")));
        GumDevSet.Sentence sentence = new GumDevSet.Sentence(
                List.of("Senator", "Paul", "and", "the", "Pentagon", "'s", "Russian", "staff"),
                List.of("B-PER", "I-PER", "O", "B-ORG", "I-ORG", "I-ORG", "B-MISC", "O"));
        assertEquals(List.of("O", "B-PER", "O", "O", "B-ORG", "O", "B-MISC", "O"),
                GumDevSet.unerStyle(sentence, lists).tags());
        GumDevSet.Sentence nationality = new GumDevSet.Sentence(List.of("Russian", "forces"), List.of("B-ORG", "O"));
        assertEquals(List.of("O", "O"), GumDevSet.unerStyle(nationality, lists).tags());
    }

    @Test
    void writesNewdocLinesForEvalNer() throws IOException {
        writeFolder("Senator\tB-PER\nPaul\tI-PER\nspoke\tO\n\nThe\tB-ORG\nPentagon\tI-ORG\ndid\tO\nn't\tO\nreply\tO\n\n"
                + "It\tO\nrained\tO\n\n");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        GumDevSet.write(GumDevSet.read(gum, List.of("news")), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String written = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(written.startsWith("# newdoc id = GUM_news_aid\nSenator\tB-PER\n"), written);
        assertEquals(1, NerCommands.readGold(writeTo(written)).size());
    }

    private Path writeTo(String text) throws IOException {
        Path file = gum.resolve("gold.iob2");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
