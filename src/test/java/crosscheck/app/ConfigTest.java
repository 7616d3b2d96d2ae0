package crosscheck.app;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConfigTest {
    @Test
    void defaultsBindLoopbackOnPort7070() {
        Config config = Config.from(List.of(), Map.of());
        assertEquals("127.0.0.1", config.host());
        assertEquals(7070, config.port());
        assertEquals(Path.of("./data"), config.dataDir());
    }

    @Test
    void flagsWinOverTheEnvironmentWhichWinsOverDefaults() {
        Config config = Config.from(List.of("--port", "8080"),
                Map.of("CROSSCHECK_PORT", "9090", "CROSSCHECK_HOST", "0.0.0.0"));
        assertEquals(8080, config.port());
        assertEquals("0.0.0.0", config.host());
    }

    @Test
    void aBadValueIsRefusedWithAMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Config.from(List.of("--port", "70000"), Map.of()));
        assertTrue(e.getMessage().contains("70000"));
        assertThrows(IllegalArgumentException.class, () -> Config.from(List.of("--port"), Map.of()));
    }

    @Test
    void aDatabaseUrlMustBePostgresql() {
        assertEquals("jdbc:postgresql://db/crosscheck", Config.from(List.of("--db", "jdbc:postgresql://db/crosscheck"), Map.of()).database());
        assertEquals(null, Config.from(List.of(), Map.of()).database(), "SQLite in the data folder by default");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Config.from(List.of("--db", "jdbc:mysql://db/x"), Map.of()));
        assertTrue(e.getMessage().contains("jdbc:postgresql"));
    }

    @Test
    void analyzeNamesOutputsAfterTheFile() {
        assertEquals("report", AnalyzeCommand.baseName("/tmp/report.html.gz"));
        assertEquals("notes", AnalyzeCommand.baseName("notes.txt"));
        assertEquals("stdin", AnalyzeCommand.baseName("-"));
    }
}
