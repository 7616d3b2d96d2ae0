package crosscheck.app;

import crosscheck.model.Role;
import crosscheck.store.Database;
import crosscheck.store.JdbcArticleStore;
import crosscheck.store.JdbcTeamStore;
import crosscheck.team.TeamService;

import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * {@code token --data DIR --role editor|viewer|admin [--name N] [--db URL]}: prints a new API token, whether or not
 * the server runs (the token lives in the database the server reads on every request).
 */
final class TeamCommands {
    private TeamCommands() {
    }

    static int token(List<String> args, PrintStream out, PrintStream err) {
        Map<String, String> flags = Flags.parse(args);
        if (!flags.containsKey("role")) {
            err.println("usage: token --data DIR --role editor|viewer|admin [--name NAME] [--db JDBC_URL]");
            return 2;
        }
        try {
            Role role = Role.parse(flags.get("role"));
            out.println(mintToken(Config.from(args, System.getenv()), role, flags.getOrDefault("name", "api-" + role.id())));
            return 0;
        } catch (crosscheck.model.InputRejected e) {
            err.println(e.getMessage());
            return 2;
        }
    }

    /** A new API token for the database {@code config} names. */
    static String mintToken(Config config, Role role, String name) {
        Database database = Crosscheck.database(config);
        return new TeamService(new JdbcTeamStore(database), new JdbcArticleStore(database), Clock.systemUTC())
                .createApiToken(name, role);
    }
}
