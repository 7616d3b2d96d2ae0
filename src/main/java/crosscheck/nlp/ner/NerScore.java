package crosscheck.nlp.ner;

import opennlp.tools.util.Span;

import java.io.PrintStream;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Exact-span precision, recall and F1 per entity type and micro-averaged. Not thread-safe: one per evaluation. */
final class NerScore {
    static final List<String> TYPES = List.of("PER", "ORG", "LOC");

    private final Map<String, int[]> counts = new TreeMap<>();

    NerScore() {
        for (String type : TYPES) {
            counts.put(type, new int[3]);
        }
    }

    /** Adds one sentence: gold and predicted IOB2 tags; only PER, ORG and LOC count. */
    void add(List<String> gold, List<String> predicted) {
        Set<String> goldSpans = spans(gold);
        Set<String> predictedSpans = spans(predicted);
        for (String span : goldSpans) {
            counts.get(type(span))[0]++;
            if (predictedSpans.contains(span)) {
                counts.get(type(span))[2]++;
            }
        }
        for (String span : predictedSpans) {
            counts.get(type(span))[1]++;
        }
    }

    private static String type(String span) {
        return span.substring(span.lastIndexOf(' ') + 1);
    }

    private static Set<String> spans(List<String> tags) {
        Set<String> spans = new HashSet<>();
        for (Span span : NerTrainer.spans(tags)) {
            if (TYPES.contains(span.getType())) {
                spans.add(span.getStart() + " " + span.getEnd() + " " + span.getType());
            }
        }
        return spans;
    }

    double microF1() {
        int[] total = total();
        return f1(total);
    }

    private int[] total() {
        int[] total = new int[3];
        for (int[] c : counts.values()) {
            for (int k = 0; k < 3; k++) {
                total[k] += c[k];
            }
        }
        return total;
    }

    private static double precision(int[] c) {
        return c[1] == 0 ? 0 : (double) c[2] / c[1];
    }

    private static double recall(int[] c) {
        return c[0] == 0 ? 0 : (double) c[2] / c[0];
    }

    private static double f1(int[] c) {
        double p = precision(c);
        double r = recall(c);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    void print(PrintStream out) {
        out.println("type\tgold\tpredicted\tcorrect\tprecision\trecall\tf1");
        for (String type : TYPES) {
            line(out, type, counts.get(type));
        }
        line(out, "micro", total());
    }

    private static void line(PrintStream out, String label, int[] c) {
        out.printf(Locale.ROOT, "%s\t%d\t%d\t%d\t%.4f\t%.4f\t%.4f%n", label, c[0], c[1], c[2], precision(c), recall(c), f1(c));
    }
}
