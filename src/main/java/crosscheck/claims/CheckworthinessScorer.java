package crosscheck.claims;

import java.util.List;

/** Scores how much a sentence deserves checking, in [0, 1]. Implementations are thread-safe. */
public interface CheckworthinessScorer {
    double score(SentenceContext sentence, Evidence evidence);

    /**
     * The scores of one document's sentences, in order; a scorer may read each sentence with its neighbours. By
     * default each is scored alone.
     */
    default double[] scoreAll(List<SentenceContext> sentences, List<Evidence> evidence) {
        if (sentences.size() != evidence.size()) {
            throw new IllegalArgumentException("one evidence per sentence: sentences=" + sentences.size() + ", evidence="
                    + evidence.size());
        }
        double[] scores = new double[sentences.size()];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = score(sentences.get(i), evidence.get(i));
        }
        return scores;
    }
}
