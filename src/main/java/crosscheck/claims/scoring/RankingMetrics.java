package crosscheck.claims.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures the check-worthiness targets are stated in: precision, recall and F1 of the positive class at a
 * threshold, the F1-optimal threshold, ROC AUC (ties counted half), and average precision of a ranking (CheckThat!
 * 2019: the mean over positives of the precision at each positive's rank). Thread-safe (stateless).
 */
final class RankingMetrics {
    private RankingMetrics() {
    }

    record Scored(String group, double score, boolean positive) {
    }

    record PrecisionRecall(double threshold, double precision, double recall, double f1, int truePositives,
                           int predicted, int positives) {
    }

    static PrecisionRecall atThreshold(List<Scored> scored, double threshold) {
        int tp = 0;
        int predicted = 0;
        int positives = 0;
        for (Scored s : scored) {
            boolean flagged = s.score() >= threshold;
            positives += s.positive() ? 1 : 0;
            predicted += flagged ? 1 : 0;
            tp += flagged && s.positive() ? 1 : 0;
        }
        double precision = predicted == 0 ? 0 : (double) tp / predicted;
        double recall = positives == 0 ? 0 : (double) tp / positives;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new PrecisionRecall(threshold, precision, recall, f1, tp, predicted, positives);
    }

    /** The threshold (a score seen in the data) that maximizes F1; ties go to the higher threshold. */
    static PrecisionRecall bestF1(List<Scored> scored) {
        List<Scored> sorted = new ArrayList<>(scored);
        sorted.sort(Comparator.comparingDouble(Scored::score).reversed());
        int positives = (int) scored.stream().filter(Scored::positive).count();
        PrecisionRecall best = atThreshold(scored, 1.01);
        int tp = 0;
        for (int i = 0; i < sorted.size(); i++) {
            tp += sorted.get(i).positive() ? 1 : 0;
            if (i + 1 < sorted.size() && sorted.get(i + 1).score() == sorted.get(i).score()) {
                continue;
            }
            double precision = (double) tp / (i + 1);
            double recall = positives == 0 ? 0 : (double) tp / positives;
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            if (f1 > best.f1()) {
                best = new PrecisionRecall(sorted.get(i).score(), precision, recall, f1, tp, i + 1, positives);
            }
        }
        return best;
    }

    static double rocAuc(List<Scored> scored) {
        List<Scored> sorted = new ArrayList<>(scored);
        sorted.sort(Comparator.comparingDouble(Scored::score));
        double rankSum = 0;
        long positives = 0;
        int i = 0;
        while (i < sorted.size()) {
            int j = i;
            while (j + 1 < sorted.size() && sorted.get(j + 1).score() == sorted.get(i).score()) {
                j++;
            }
            double averageRank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                if (sorted.get(k).positive()) {
                    rankSum += averageRank;
                    positives++;
                }
            }
            i = j + 1;
        }
        long negatives = sorted.size() - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        return (rankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }

    /** Average precision of one ranking; equal scores keep their input (line) order, as a stable sort would. */
    static double averagePrecision(List<Scored> scored) {
        List<Scored> sorted = new ArrayList<>(scored);
        sorted.sort(Comparator.comparingDouble(Scored::score).reversed());
        int hits = 0;
        double sum = 0;
        for (int i = 0; i < sorted.size(); i++) {
            if (sorted.get(i).positive()) {
                hits++;
                sum += (double) hits / (i + 1);
            }
        }
        return hits == 0 ? 0 : sum / hits;
    }

    /** Average precision per group (debate), in first-seen order. */
    static Map<String, Double> averagePrecisionByGroup(List<Scored> scored) {
        Map<String, List<Scored>> groups = new LinkedHashMap<>();
        for (Scored s : scored) {
            groups.computeIfAbsent(s.group(), g -> new ArrayList<>()).add(s);
        }
        Map<String, Double> result = new LinkedHashMap<>();
        groups.forEach((group, list) -> result.put(group, averagePrecision(list)));
        return result;
    }

    static double mean(Iterable<Double> values) {
        double sum = 0;
        int n = 0;
        for (double v : values) {
            sum += v;
            n++;
        }
        return n == 0 ? Double.NaN : sum / n;
    }
}
