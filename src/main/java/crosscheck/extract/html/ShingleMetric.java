package crosscheck.extract.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Article Extraction Benchmark's per-page score: words are runs of letters and digits (case kept), shingles are
 * runs of four consecutive words (a text of fewer words is one shorter shingle), and precision and recall compare the
 * two shingle multisets. An empty prediction scores precision 0 against a non-empty truth; two empty texts agree
 * fully. Thread-safe (stateless).
 */
final class ShingleMetric {
    static final int SHINGLE_WORDS = 4;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private ShingleMetric() {
    }

    /** Precision and recall of one predicted text against its truth. */
    record Score(double precision, double recall) {
        double f1() {
            return f1(precision, recall);
        }

        static double f1(double precision, double recall) {
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }
    }

    static Score score(String truth, String predicted) {
        Map<String, Integer> truthShingles = shingles(truth);
        Map<String, Integer> predictedShingles = shingles(predicted);
        long truthCount = total(truthShingles);
        long predictedCount = total(predictedShingles);
        if (truthCount == 0 && predictedCount == 0) {
            return new Score(1, 1);
        }
        long shared = 0;
        for (Map.Entry<String, Integer> entry : predictedShingles.entrySet()) {
            shared += Math.min(entry.getValue(), truthShingles.getOrDefault(entry.getKey(), 0));
        }
        double precision = predictedCount == 0 ? 0 : (double) shared / predictedCount;
        double recall = truthCount == 0 ? 0 : (double) shared / truthCount;
        return new Score(precision, recall);
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }

    static Map<String, Integer> shingles(String text) {
        List<String> words = words(text);
        Map<String, Integer> shingles = new HashMap<>();
        if (words.isEmpty()) {
            return shingles;
        }
        int count = Math.max(1, words.size() - SHINGLE_WORDS + 1);
        for (int i = 0; i < count; i++) {
            String shingle = String.join(" ", words.subList(i, Math.min(words.size(), i + SHINGLE_WORDS)));
            shingles.merge(shingle, 1, Integer::sum);
        }
        return shingles;
    }

    private static long total(Map<String, Integer> shingles) {
        long total = 0;
        for (int count : shingles.values()) {
            total += count;
        }
        return total;
    }
}
