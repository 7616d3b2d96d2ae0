package crosscheck.app;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line answers a usage mistake with one line and exit code 2, not a stack trace. */
class MainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) throws Exception {
        return Main.run(List.of(args), new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void aFlagWithoutItsValueIsAUsageMistake() throws Exception {
        assertEquals(2, run("analyze", "--out"));
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.startsWith("analyze: flag --out needs a value"), message);
        assertEquals(1, message.strip().lines().count(), message);
    }

    @Test
    void aNumberFlagThatIsNoNumberIsAUsageMistake() throws Exception {
        assertEquals(2, run("serve", "--port", "abc"));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("serve: "), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anUnknownCommandListsTheCommands() throws Exception {
        assertEquals(2, run("analyse-everything"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage: java -jar crosscheck.jar"));
    }
}
