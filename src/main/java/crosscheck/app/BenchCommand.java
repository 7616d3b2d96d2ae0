package crosscheck.app;

import crosscheck.ingest.Analyzer;
import crosscheck.ingest.ArticleService;
import crosscheck.model.Analysis;
import crosscheck.model.SourceDocument;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code bench [--seconds N] [--jvm "OPTIONS"]}: prints model load time, heap after loading, and analysis throughput
 * (tokens per second, one thread and all cores) with p50/p99 latency for articles of about 1k, 5k and 20k words,
 * built from the bundled sample article. Figures, not assertions: compare runs on the same machine.
 * <p>
 * The measuring runs in a child JVM started with the server's options ({@link ServerBenchCommand#SERVER_JVM_OPTIONS},
 * or {@code --jvm}), so the figures are those of the server people run: on two cores the collector matters
 * (the same analyses took 15 ms with the serial collector and 18 to 25 ms with G1, whose helper threads compete).
 */
final class BenchCommand {
    static final int[] SIZES = {1_000, 5_000, 20_000};
    static final double STEADY_WITHIN = 0.03;
    static final double MIN_WARM_SECONDS = 3;
    static final double MAX_WARM_SECONDS = 30;
    private static final java.util.regex.Pattern TOKEN = java.util.regex.Pattern.compile("[\\p{L}\\p{N}]+(?:[.,'’][\\p{L}\\p{N}]+)*|[^\\s\\p{L}\\p{N}]");

    /** A German paragraph of our own: the first such text makes the analyzer read the language model. */
    static final String NOT_ENGLISH = "Die Regierung hat am Dienstag einen neuen Haushalt vorgestellt. Nach Angaben des "
            + "Ministeriums sollen die Ausgaben für die Verteidigung bis zum Jahr 2030 deutlich steigen, während bei der "
            + "Verwaltung gespart wird. Die Opposition kritisierte den Entwurf als unausgewogen und kündigte Widerstand an.";

    /** Set on the child JVM's command line: measure here. */
    private static final String IN_THIS_JVM = "in-this-jvm";

    private BenchCommand() {
    }

    static int run(List<String> args, PrintStream out) throws Exception {
        Map<String, String> flags = Flags.parse(args);
        double seconds = Double.parseDouble(flags.getOrDefault("seconds", "10"));
        if (!flags.containsKey(IN_THIS_JVM)) {
            return ServerBenchCommand.runJar(ServerBenchCommand.jvmOptions(flags), List.of("bench", "--seconds", String.valueOf(seconds), "--" + IN_THIS_JVM, "yes"), out);
        }
        out.printf("JVM options: %s%n", String.join(" ", java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()));
        int cores = Runtime.getRuntime().availableProcessors();

        long loadStart = System.nanoTime();
        Analyzer analyzer = Crosscheck.analyzer(null);
        double loadMs = (System.nanoTime() - loadStart) / 1e6;
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        Thread.sleep(200);
        System.gc();
        double heapMb = (runtime.totalMemory() - runtime.freeMemory()) / (1024.0 * 1024.0);
        out.printf("machine: %d cores, Java %s, max heap %d MB%n", cores, System.getProperty("java.version"),
                runtime.maxMemory() / (1024 * 1024));
        out.printf("model load: %.0f ms (all models, first analysis excluded)%n", loadMs);
        out.printf("heap used after loading (after GC): %.0f MB%n", heapMb);
        long firstForeign = System.nanoTime();
        String language = analyzer.analyze(SourceDocument.of("", NOT_ENGLISH)).language();
        out.printf("first text that is not plainly English (reads the language model, detected %s): %.0f ms%n",
                language, (System.nanoTime() - firstForeign) / 1e6);

        SourceDocument sample = ArticleService.sampleDocument();
        out.println();
        out.println("words   tokens  threads  analyses  tokens/s    p50 ms    p99 ms  warm-up s");
        for (int words : SIZES) {
            SourceDocument article = articleOf(sample, words);
            int tokens = tokenCount(analyzer.analyze(article));
            double warmed = warm(analyzer, article);
            for (int threads : new int[]{1, cores}) {
                Result result = measure(analyzer, article, threads, seconds / SIZES.length);
                out.printf("%6d  %6d  %7d  %8d  %8.0f  %8.1f  %8.1f  %9.1f%n", words, tokens, threads,
                        result.latenciesMs.length, result.analyses * (double) tokens / result.elapsedSeconds,
                        percentile(result.latenciesMs, 50), percentile(result.latenciesMs, 99), warmed);
                if (cores == 1) {
                    break;
                }
            }
        }
        return 0;
    }

    /** The sample's body repeated (each copy numbered, so sentences differ) until it has about {@code words} words. */
    static SourceDocument articleOf(SourceDocument sample, int words) {
        String[] paragraphs = sample.body().split("\n\n");
        StringBuilder body = new StringBuilder();
        int count = 0;
        for (int copy = 1; count < words; copy++) {
            for (String paragraph : paragraphs) {
                if (count >= words) {
                    break;
                }
                String varied = paragraph.replace("$61 billion", "$" + (60 + copy) + " billion")
                        .replace("Tuesday", copy % 2 == 0 ? "Thursday" : "Tuesday");
                body.append(body.length() == 0 ? "" : "\n\n").append(varied);
                count += varied.split("\\s+").length;
            }
        }
        return SourceDocument.of(sample.title(), body.toString());
    }

    private static int tokenCount(Analysis analysis) {
        // close to the tokenizer's count: runs of letters and digits, and each other non-space character
        java.util.regex.Matcher matcher = TOKEN.matcher(analysis.text());
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    /**
     * Analyses the article until the JIT has finished with the hot code: in rounds of a second, until a round's mean
     * time is within {@value #STEADY_WITHIN} of the round before, twice in a row (after {@value #MIN_WARM_SECONDS} s,
     * at most {@value #MAX_WARM_SECONDS} s). On two cores the compiler threads compete with the analysis, so a short
     * fixed warm-up left the first size up to a third slower from one run to the next. Returns the seconds spent.
     */
    static double warm(Analyzer analyzer, SourceDocument article) {
        long start = System.nanoTime();
        double previous = Double.MAX_VALUE;
        int steadyRounds = 0;
        while (true) {
            long roundStart = System.nanoTime();
            int analyses = 0;
            do {
                analyzer.analyze(article);
                analyses++;
            } while (System.nanoTime() - roundStart < 1_000_000_000L);
            double mean = (System.nanoTime() - roundStart) / (double) analyses;
            steadyRounds = Math.abs(mean - previous) <= STEADY_WITHIN * previous ? steadyRounds + 1 : 0;
            previous = mean;
            double elapsed = (System.nanoTime() - start) / 1e9;
            if (elapsed >= MAX_WARM_SECONDS || elapsed >= MIN_WARM_SECONDS && steadyRounds >= 2) {
                return elapsed;
            }
        }
    }

    private record Result(int analyses, double elapsedSeconds, double[] latenciesMs) {
    }

    private static Result measure(Analyzer analyzer, SourceDocument article, int threads, double seconds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long deadline = System.nanoTime() + (long) (seconds * 1e9);
            long start = System.nanoTime();
            List<Future<List<Double>>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    List<Double> latencies = new ArrayList<>();
                    do {
                        long begin = System.nanoTime();
                        analyzer.analyze(article);
                        latencies.add((System.nanoTime() - begin) / 1e6);
                    } while (System.nanoTime() < deadline || latencies.size() < 3);
                    return latencies;
                }));
            }
            List<Double> all = new ArrayList<>();
            for (Future<List<Double>> future : futures) {
                all.addAll(future.get());
            }
            double elapsed = (System.nanoTime() - start) / 1e9;
            return new Result(all.size(), elapsed, all.stream().mapToDouble(Double::doubleValue).toArray());
        } finally {
            pool.shutdownNow();
        }
    }

    static double percentile(double[] values, int percentile) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
