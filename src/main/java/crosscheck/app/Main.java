package crosscheck.app;

import crosscheck.claims.scoring.ClaimCommands;
import crosscheck.extract.html.ExtractionCommands;
import crosscheck.nlp.ner.NerCommands;
import io.javalin.Javalin;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/** The command line: parses the command and its flags, and starts what was asked for. */
public final class Main {
    private static final String USAGE = """
            usage: java -jar crosscheck.jar [COMMAND] [FLAGS]
              serve [--host 127.0.0.1] [--port 7070] [--data ./data]   run the server (the default command)
              token --role editor|viewer|admin [--name N] [--data ./data]  print a new API token (Authorization: Bearer)
              analyze [--out DIR] FILE...                               analyse files offline, print or write JSON
              bench [--seconds 10]                                      analysis speed, model load time and heap
              bench-server [--seconds 10] [--rate 500] [--articles 1000] server latency, throughput, cold start, memory
              eval-extraction DIR [--extractor ours|readability4j]     main-content extraction P/R/F1 on a benchmark folder
              train-claims --data DIR --out FILE [--dev]                train the check-worthiness model
              eval-claims [--claimbuster CSV] [--checkthat DIR] [--data DIR]  F1, ROC AUC and MAP of the scores
              build-word-vectors --wink JSON --out FILE [--words N]    compact word vectors for train-claims
              build-word-clusters --wink JSON --out FILE [--words N]   word clusters for train-ner
              train-ner --data DIR --out FILE                           train the name-finder model
              tag                                                       tag tokens on stdin (IOB2 on stdout)
              eval-ner GOLD.iob2                                        precision, recall, F1 of names against gold
              cut-gum --gum DIR [--genres LIST|all] [--out FILE]        GUM dev documents as gold IOB2 in UNER's style
            """;

    private Main() {
    }

    public static void main(String[] argv) throws Exception {
        List<String> args = Arrays.asList(argv);
        int status = run(args, System.in, System.out, System.err);
        System.out.flush();
        if (!isServe(args)) {
            System.exit(status);
        }
    }

    private static boolean isServe(List<String> args) {
        return args.isEmpty() || args.get(0).startsWith("--") || args.get(0).equals("serve");
    }

    /**
     * Runs one command and returns its exit code: 0 done, 1 failed, 2 a usage mistake (unknown command, a flag
     * without its value or with a value out of range), reported in one line on {@code err}.
     */
    static int run(List<String> args, InputStream in, PrintStream out, PrintStream err) throws Exception {
        String command = isServe(args) ? "serve" : args.get(0);
        List<String> rest = args.isEmpty() || args.get(0).startsWith("--") ? args : args.subList(1, args.size());
        try {
            return switch (command) {
                case "serve" -> serve(rest);
                case "analyze" -> AnalyzeCommand.run(rest, in, out, err);
                case "token" -> TeamCommands.token(rest, out, err);
                case "bench" -> BenchCommand.run(rest, out);
                case "bench-server" -> ServerBenchCommand.run(rest, out);
                case "eval-extraction" -> ExtractionCommands.evalExtraction(rest, out, err);
                case "train-claims" -> ClaimCommands.trainClaims(rest, out, err);
                case "eval-claims" -> ClaimCommands.evalClaims(rest, out, err);
                case "build-word-vectors" -> ClaimCommands.buildWordVectors(rest, out, err);
                case "build-word-clusters" -> NerCommands.buildWordClusters(rest, out, err);
                case "train-ner" -> NerCommands.trainNer(rest, out, err);
                case "tag" -> NerCommands.tag(in, out);
                case "eval-ner" -> NerCommands.evalNer(rest, out, err);
                case "cut-gum" -> NerCommands.cutGum(rest, out, err);
                case "help", "-h", "--help" -> {
                    out.print(USAGE);
                    yield 0;
                }
                default -> {
                    err.print("unknown command: " + command + "\n" + USAGE);
                    yield 2;
                }
            };
        } catch (IllegalArgumentException e) {
            // flags the command cannot use ("--port abc", "--out" with no folder): the caller's mistake, not ours
            err.println(command + ": " + e.getMessage() + " (java -jar crosscheck.jar help lists the commands)");
            return 2;
        }
    }

    private static int serve(List<String> args) {
        Config config = Config.from(args, System.getenv());
        long started = System.nanoTime();
        Javalin app = Crosscheck.create(config).start(config.host(), config.port());
        System.out.printf("Crosscheck is reading at http://%s:%d/ (data in %s, ready in %d ms)%n",
                config.host(), app.port(), config.dataDir().toAbsolutePath().normalize(),
                (System.nanoTime() - started) / 1_000_000);
        Runtime.getRuntime().addShutdownHook(new Thread(app::stop, "crosscheck-shutdown"));
        return 0;
    }
}
