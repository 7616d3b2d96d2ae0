package crosscheck.claims.scoring;

import java.util.HashMap;
import java.util.Map;

/**
 * What a sentence's place in its document says about it: the text-model logits of the sentences just before and after
 * (claims come in runs: a speaker who states one figure tends to state the next), and, in transcripts that name the
 * speaker of every line, the turn (first or last sentence of a turn) and the speaker (how check-worthy the text model
 * finds that speaker's sentences on average, and how much of the document they speak: moderators speak little and ask).
 * Articles have no speakers, so their speaker values are zero, as for the ClaimBuster sentences the model learnt from.
 * Thread-safe (stateless).
 */
final class Surroundings {
    static final int SIZE = 8;

    private Surroundings() {
    }

    /**
     * @param textLogits      the text model's logit of each sentence, in document order
     * @param followsPrevious whether sentence i directly follows sentence i - 1 (false when lines are missing between)
     * @param speakers        each sentence's speaker, or null (or empty strings) when the document names none
     * @return per sentence: previous and next logits, whether each exists, turn start and end, speaker mean logit and
     * speaker share of the sentences
     */
    static double[][] of(double[] textLogits, boolean[] followsPrevious, String[] speakers) {
        int n = textLogits.length;
        if (followsPrevious.length != n || (speakers != null && speakers.length != n)) {
            throw new IllegalArgumentException("one value per sentence: logits=" + n + ", followsPrevious="
                    + followsPrevious.length + ", speakers=" + (speakers == null ? "none" : speakers.length));
        }
        Map<String, double[]> bySpeaker = new HashMap<>();
        if (speakers != null) {
            for (int i = 0; i < n; i++) {
                if (!speakers[i].isEmpty()) {
                    double[] sumAndCount = bySpeaker.computeIfAbsent(speakers[i], s -> new double[2]);
                    sumAndCount[0] += textLogits[i];
                    sumAndCount[1]++;
                }
            }
        }
        double[][] values = new double[n][SIZE];
        for (int i = 0; i < n; i++) {
            boolean hasPrevious = i > 0 && followsPrevious[i];
            boolean hasNext = i + 1 < n && followsPrevious[i + 1];
            double[] v = values[i];
            v[0] = hasPrevious ? textLogits[i - 1] : 0;
            v[1] = hasNext ? textLogits[i + 1] : 0;
            v[2] = hasPrevious ? 1 : 0;
            v[3] = hasNext ? 1 : 0;
            if (speakers != null && !speakers[i].isEmpty()) {
                v[4] = hasPrevious && speakers[i - 1].equals(speakers[i]) ? 0 : 1;
                v[5] = hasNext && speakers[i + 1].equals(speakers[i]) ? 0 : 1;
                double[] sumAndCount = bySpeaker.get(speakers[i]);
                v[6] = sumAndCount[0] / sumAndCount[1];
                v[7] = sumAndCount[1] / n;
            }
        }
        return values;
    }
}
