package crosscheck.app;

import crosscheck.model.Role;
import crosscheck.store.Database;
import crosscheck.store.JdbcArticleStore;
import crosscheck.store.JdbcTeamStore;
import crosscheck.team.TeamService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The token command prints a token the server accepts, whether or not the server runs. */
class TeamCommandsTest {
    @TempDir
    Path data;

    @Test
    void aPrintedTokenActsWithItsRoleAndName() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = TeamCommands.token(List.of("--data", data.toString(), "--role", "viewer", "--name", "nightly export"),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        String token = out.toString(StandardCharsets.UTF_8).strip();
        assertTrue(token.matches("cc_[A-Za-z0-9_-]{43}"), token);

        Database database = Database.sqlite(data);
        TeamService team = new TeamService(new JdbcTeamStore(database), new JdbcArticleStore(database), Clock.systemUTC());
        var access = team.byApiToken(token).orElseThrow();
        assertEquals(Role.VIEWER, access.role());
        assertEquals("nightly export", access.name());
        assertTrue(team.byApiToken(token + "x").isEmpty());
    }

    @Test
    void anUnknownRoleIsRefusedWithTheChoices() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = TeamCommands.token(List.of("--data", data.toString(), "--role", "owner"),
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, status);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("choose viewer, editor or admin"));
    }
}
