package crosscheck.app;

import com.fasterxml.jackson.databind.JsonNode;
import crosscheck.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The offline {@code analyze} command: one file to standard output, several files to a folder, standard input. */
class AnalyzeCommandTest {
    private static String run(List<String> args, String stdin, ByteArrayOutputStream err) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = AnalyzeCommand.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void oneFilePrintsTheAnalysisWithTheFirstLineAsTitle(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("budget.txt");
        Files.writeString(file, "Budget rises\n\nThe deficit reached $1.8 trillion in 2024, the Treasury said.");
        JsonNode analysis = Json.read(run(List.of(file.toString()), "", new ByteArrayOutputStream()), JsonNode.class);
        assertEquals("Budget rises", analysis.get("title").asText());
        assertEquals("Budget rises".length() + 2, analysis.get("bodyStart").asInt());
        assertTrue(analysis.get("claims").size() >= 1, analysis.toString());
    }

    @Test
    void severalFilesAreWrittenToTheFolderNamedAfterEachFile(@TempDir Path dir) throws IOException {
        Path text = dir.resolve("notes.md");
        Files.writeString(text, "# Notes\n\nInflation fell to 4% in January.");
        Path page = dir.resolve("story.html.gz");
        try (GZIPOutputStream gzip = new GZIPOutputStream(Files.newOutputStream(page))) {
            gzip.write("<title>Story</title><p>The Senate voted 70 to 29 on Tuesday.</p>".getBytes(StandardCharsets.UTF_8));
        }
        Path out = dir.resolve("out");
        run(List.of("--out", out.toString(), text.toString(), page.toString()), "", new ByteArrayOutputStream());
        assertEquals("Notes", Json.read(Files.readString(out.resolve("notes.json")), JsonNode.class).get("title").asText());
        assertTrue(Files.readString(out.resolve("story.json")).contains("70 to 29"));
    }

    @Test
    void aDashReadsStandardInput() throws IOException {
        String json = run(List.of("-"), "Kyiv talks\n\nTalks resume on Monday in Geneva, officials said.", new ByteArrayOutputStream());
        assertEquals("Kyiv talks", Json.read(json, JsonNode.class).get("title").asText());
    }

    @Test
    void anUnreadableFileIsReportedAndTheOthersStillWritten(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("photo.png");
        Files.write(bad, new byte[]{(byte) 0x89, 'P', 'N', 'G'});
        Path good = dir.resolve("ok.txt");
        Files.writeString(good, "The budget rose 3% in 2023.");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = AnalyzeCommand.run(List.of("--out", dir.resolve("out").toString(), bad.toString(), good.toString()),
                new ByteArrayInputStream(new byte[0]), new PrintStream(new ByteArrayOutputStream()), new PrintStream(err));
        assertEquals(1, status);
        assertTrue(err.toString().contains("photo.png"), err.toString());
        assertTrue(Files.exists(dir.resolve("out").resolve("ok.json")));
    }
}
