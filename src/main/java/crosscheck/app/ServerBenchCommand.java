package crosscheck.app;

import crosscheck.model.Role;
import crosscheck.ingest.ArticleService;
import crosscheck.json.Json;
import crosscheck.model.SourceDocument;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code bench-server [--seconds 10] [--rate 500] [--articles 1000] [--jvm "-Xmx320m -XX:+UseSerialGC"]}: starts Crosscheck and a bare Javalin "hello"
 * server as child processes and loads them from this process over loopback. Prints cold start to the first served
 * page; for the hello endpoint, the reader page, the analysis API and a static asset: p50/p99 latency at a fixed
 * request rate (open loop, latency counted from the scheduled send time) and the most requests a second with 16
 * connections; the reader/hello throughput ratio; and the server's resident memory after analysing N articles.
 * Bounded: every phase stops after its seconds, and the child processes are killed at the end.
 */
final class ServerBenchCommand {
    /** The JVM options the README's run command uses, so the figures are those of the server people run. */
    static final List<String> SERVER_JVM_OPTIONS = List.of("-Xmx320m", "-XX:+UseSerialGC");

    /** The API token every request of the run carries. */
    private static String token;

    private ServerBenchCommand() {
    }

    static int run(List<String> args, PrintStream out) throws Exception {
        Map<String, String> flags = Flags.parse(args);
        double seconds = Double.parseDouble(flags.getOrDefault("seconds", "10"));
        int rate = Integer.parseInt(flags.getOrDefault("rate", "500"));
        int articles = Integer.parseInt(flags.getOrDefault("articles", "1000"));
        List<String> jvmOptions = jvmOptions(flags);
        String jar = ownJar();
        if (jar == null) {
            out.println("bench-server runs from the built jar: java -jar target/crosscheck.jar bench-server");
            return 2;
        }
        String java = javaExecutable();
        Path data = Files.createTempDirectory("crosscheck-bench-");
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        int port = freePort();
        int helloPort = freePort();
        Process crosscheck = null;
        Process hello = null;
        try {
            // members sign in: the load carries an API token, as automation would (hello gets the same header)
            token = TeamCommands.mintToken(Config.defaults().withDataDir(data), Role.EDITOR, "bench");
            long started = System.nanoTime();
            List<String> command = new ArrayList<>(List.of(java));
            command.addAll(jvmOptions);
            command.addAll(List.of("-jar", jar, "serve", "--port", String.valueOf(port), "--data", data.toString(),
                    "--analyses-per-minute", "1000000"));
            crosscheck = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(data.resolve("server.log").toFile()).start();
            String base = "http://127.0.0.1:" + port;
            double coldStartMs = waitUntilServed(client, base + "/signin", started);
            hello = new ProcessBuilder(java, "-cp", jar, HelloServer.class.getName(), String.valueOf(helloPort))
                    .redirectErrorStream(true).redirectOutput(data.resolve("hello.log").toFile()).start();
            waitUntilServed(client, "http://127.0.0.1:" + helloPort + "/hello", System.nanoTime());
            out.printf("machine: %d cores; server (JVM options %s) and hello in child processes, load from this process over loopback%n",
                    Runtime.getRuntime().availableProcessors(), String.join(" ", jvmOptions));
            out.printf("cold start to first served page: %.0f ms%n%n", coldStartMs);

            String id = post(client, base + "/api/sample", "");
            Map<String, String> targets = new java.util.LinkedHashMap<>();
            targets.put("hello (bare Javalin)", "http://127.0.0.1:" + helloPort + "/hello");
            targets.put("reader page /a/{id}", base + "/a/" + id);
            targets.put("analysis API GET /api/articles/{id}", base + "/api/articles/" + id);
            targets.put("static asset /js/api.js", base + "/js/api.js");
            out.printf("%-38s %10s %9s %9s %12s%n", "endpoint", "rate/s", "p50 ms", "p99 ms", "max req/s");
            double helloMax = 0;
            double readerMax = 0;
            for (Map.Entry<String, String> target : targets.entrySet()) {
                LoadGenerator load = new LoadGenerator(URI.create(target.getValue()), List.of("Authorization: Bearer " + token));
                // warm up both ways the load is sent, then measure
                load.closedLoop(Math.min(2, seconds / 4));
                load.openLoop(rate, Math.min(3, seconds / 3));
                double[] latencies = load.openLoop(rate, seconds);
                double max = load.closedLoop(seconds);
                out.printf("%-38s %10d %9.2f %9.2f %12.0f%n", target.getKey(), rate,
                        BenchCommand.percentile(latencies, 50), BenchCommand.percentile(latencies, 99), max);
                if (target.getKey().startsWith("hello")) {
                    helloMax = max;
                } else if (target.getKey().startsWith("reader")) {
                    readerMax = max;
                }
            }
            out.printf("%nreader page throughput / hello throughput: %.2f%n", readerMax / helloMax);

            long analysing = System.nanoTime();
            SourceDocument sample = ArticleService.sampleDocument();
            for (int i = 0; i < articles; i++) {
                String text = sample.body().replace("$61 billion", "$" + (i + 1) + " billion").replace("79 votes", (i % 100) + " votes");
                post(client, base + "/api/articles", Json.write(Map.of("title", "Bench article " + i, "text", text)));
            }
            out.printf("analysed %d articles through the API in %.1f s; server resident memory: %d MB%n", articles,
                    (System.nanoTime() - analysing) / 1e9, residentMegabytes(crosscheck.pid()));
            return 0;
        } finally {
            if (crosscheck != null) {
                crosscheck.destroyForcibly();
            }
            if (hello != null) {
                hello.destroyForcibly();
            }
            deleteTree(data);
        }
    }

    private static double waitUntilServed(HttpClient client, String url, long startedNanos) throws Exception {
        long deadline = startedNanos + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return (System.nanoTime() - startedNanos) / 1e6;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(10);
        }
        throw new IllegalStateException(url + " did not answer within 60 s");
    }

    private static String post(HttpClient client, String url, String json) throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("POST " + url + " answered " + response.statusCode() + ": " + response.body());
        }
        return Json.read(response.body(), Map.class).get("id").toString();
    }

    /** The options {@code --jvm "…"} gives, else the server's. */
    static List<String> jvmOptions(Map<String, String> flags) {
        return flags.containsKey("jvm") ? List.of(flags.get("jvm").strip().split("\\s+")) : SERVER_JVM_OPTIONS;
    }

    /** Runs this jar in a child JVM with {@code jvmOptions} and {@code args}, its output copied to {@code out}; its exit code. */
    static int runJar(List<String> jvmOptions, List<String> args, PrintStream out) throws Exception {
        String jar = ownJar();
        if (jar == null) {
            out.println("benchmarks run from the built jar: java -jar target/crosscheck.jar " + String.join(" ", args));
            return 2;
        }
        List<String> command = new ArrayList<>(List.of(javaExecutable()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar));
        command.addAll(args);
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (var in = child.getInputStream()) {
            in.transferTo(out);
        } finally {
            child.destroyForcibly();
        }
        out.flush();
        return child.waitFor();
    }

    /** The jar this class was loaded from, or null when it runs from classes (an IDE, the tests). */
    private static String ownJar() throws java.net.URISyntaxException {
        String location = Path.of(ServerBenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        return location.endsWith(".jar") ? location : null;
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static long residentMegabytes(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D+", "")) / 1024;
            }
        }
        return -1;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (var files = Files.walk(root)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
