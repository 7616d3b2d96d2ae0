package crosscheck.extract.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BinaryOperator;
import java.util.zip.GZIPInputStream;

/**
 * The {@code eval-extraction DIR [--extractor ours|readability4j]} command: extracts every page of an Article
 * Extraction Benchmark folder ({@code html/ID.html.gz} and {@code ground-truth.json} holding
 * {@code {ID: {articleBody, url}}}) and prints per-page and average precision, recall and F1 of the benchmark's
 * shingle metric. Reads the folder only; never touches the network. Thread-safe (stateless).
 */
public final class ExtractionCommands {
    static final String OURS = "ours";
    static final String READABILITY4J = "readability4j";

    private ExtractionCommands() {
    }

    /** Runs the command; returns 0 on success, 2 on a usage mistake, 1 when the folder cannot be read. */
    public static int evalExtraction(List<String> args, PrintStream out, PrintStream err) {
        String dir = null;
        String extractorName = OURS;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--extractor") && i + 1 < args.size()) {
                extractorName = args.get(++i);
            } else if (arg.startsWith("--extractor=")) {
                extractorName = arg.substring("--extractor=".length());
            } else if (!arg.startsWith("--") && dir == null) {
                dir = arg;
            } else {
                return usage(err, "unexpected argument: " + arg);
            }
        }
        if (dir == null) {
            return usage(err, "missing the benchmark folder");
        }
        BinaryOperator<String> extractor = extractorNamed(extractorName);
        if (extractor == null) {
            return usage(err, "unknown extractor '" + extractorName + "'; use ours or readability4j");
        }
        Map<String, Truth> truths;
        try {
            truths = readTruth(Path.of(dir));
        } catch (IOException e) {
            err.println("cannot read " + Path.of(dir, "ground-truth.json") + ": " + e.getMessage());
            return 1;
        }
        double precisionSum = 0;
        double recallSum = 0;
        long started = System.nanoTime();
        out.println("page\tprecision\trecall\tf1");
        for (Map.Entry<String, Truth> entry : truths.entrySet()) {
            String predicted = "";
            Path page = Path.of(dir, "html", entry.getKey() + ".html.gz");
            try {
                predicted = extractor.apply(HtmlBytes.decode(readGzip(page), null), entry.getValue().url());
            } catch (IOException e) {
                err.println("cannot read " + page + ": " + e.getMessage() + " (scored as an empty extraction)");
            }
            ShingleMetric.Score score = ShingleMetric.score(entry.getValue().body(), predicted);
            precisionSum += score.precision();
            recallSum += score.recall();
            out.printf(Locale.ROOT, "%s\t%.4f\t%.4f\t%.4f%n", entry.getKey(), score.precision(), score.recall(),
                    score.f1());
        }
        int pages = truths.size();
        double precision = pages == 0 ? 0 : precisionSum / pages;
        double recall = pages == 0 ? 0 : recallSum / pages;
        out.printf(Locale.ROOT, "%s on %d pages: precision %.4f, recall %.4f, F1 %.4f (%.1f s)%n", extractorName,
                pages, precision, recall, ShingleMetric.Score.f1(precision, recall),
                (System.nanoTime() - started) / 1e9);
        return 0;
    }

    private static BinaryOperator<String> extractorNamed(String name) {
        return switch (name) {
            case OURS -> {
                ArticleExtractor ours = new ArticleExtractor();
                yield (html, url) -> ours.extract(html, url).body();
            }
            case READABILITY4J -> ReadabilityBaseline::body;
            default -> null;
        };
    }

    private record Truth(String body, String url) {
    }

    private static Map<String, Truth> readTruth(Path dir) throws IOException {
        JsonNode root = new ObjectMapper().readTree(dir.resolve("ground-truth.json").toFile());
        Map<String, Truth> truths = new TreeMap<>();
        List<String> ids = new ArrayList<>();
        root.fieldNames().forEachRemaining(ids::add);
        for (String id : ids) {
            JsonNode page = root.get(id);
            truths.put(id, new Truth(page.path("articleBody").asText(""), page.path("url").asText("")));
        }
        return truths;
    }

    private static byte[] readGzip(Path page) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
            return in.readAllBytes();
        }
    }

    private static int usage(PrintStream err, String problem) {
        err.println(problem);
        err.println("usage: eval-extraction DIR [--extractor ours|readability4j]");
        return 2;
    }
}
