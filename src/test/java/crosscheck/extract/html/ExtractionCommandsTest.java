package crosscheck.extract.html;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExtractionCommandsTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void scoresEachPageAndTheAverage(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("html"));
        gzip(ArticleExtractorTest.gunzip(ArticleExtractorTest.resource("pages/harbour-news.html.gz")),
                dir.resolve("html/harbour.html.gz"));
        gzip("<html><body><p>Nothing to see.</p></body></html>".getBytes(StandardCharsets.UTF_8),
                dir.resolve("html/empty.html.gz"));
        String truth = new String(ArticleExtractorTest.resource("pages/harbour-news.txt"), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("ground-truth.json"), "{\"harbour\": {\"articleBody\": "
                + quoted(truth) + ", \"url\": \"https://ledger.example/news/harbour-fees\"},"
                + " \"empty\": {\"articleBody\": \"A text the page does not hold at all.\", \"url\": \"https://x.example/\"}}");

        int status = run(List.of(dir.toString()));

        assertEquals(0, status, err::toString);
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("harbour\t1.0000\t1.0000\t1.0000"), printed);
        assertTrue(printed.contains("empty\t0.0000\t0.0000\t0.0000"), printed);
        assertTrue(printed.contains("ours on 2 pages: precision 0.5000, recall 0.5000, F1 0.5000"), printed);
    }

    @Test
    void runsReadability4jOnRequest(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("html"));
        gzip(ArticleExtractorTest.gunzip(ArticleExtractorTest.resource("pages/harbour-news.html.gz")),
                dir.resolve("html/harbour.html.gz"));
        Files.writeString(dir.resolve("ground-truth.json"),
                "{\"harbour\": {\"articleBody\": \"The port authority voted on Monday\", \"url\": \"https://l.example/\"}}");

        int status = run(List.of(dir.toString(), "--extractor", "readability4j"));

        assertEquals(0, status, err::toString);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("readability4j on 1 pages"), out::toString);
    }

    @Test
    void scoresAMissingPageAsEmptyAndSaysSo(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("ground-truth.json"), "{\"gone\": {\"articleBody\": \"Some text\", \"url\": \"\"}}");

        assertEquals(0, run(List.of(dir.toString())));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("gone.html.gz"), err::toString);
    }

    @Test
    void refusesUsageMistakes(@TempDir Path dir) {
        assertEquals(2, run(List.of()));
        assertEquals(2, run(List.of(dir.toString(), "--extractor", "boilerpipe")));
        assertEquals(2, run(List.of(dir.toString(), "--verbose")));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage: eval-extraction DIR"), err::toString);
    }

    @Test
    void reportsAFolderWithoutGroundTruth(@TempDir Path dir) {
        assertEquals(1, run(List.of(dir.resolve("nowhere").toString())));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("ground-truth.json"), err::toString);
    }

    private int run(List<String> args) {
        return ExtractionCommands.evalExtraction(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static void gzip(byte[] bytes, Path target) throws IOException {
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(target))) {
            gz.write(bytes);
        }
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
