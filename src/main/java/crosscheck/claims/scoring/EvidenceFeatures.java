package crosscheck.claims.scoring;

import crosscheck.claims.Evidence;
import crosscheck.model.ClaimType;

import java.util.List;

/**
 * The dense features of the second stage: the two text models' logits (check-worthy; factual), what {@link Evidence}
 * found in the sentence, its {@link Surroundings}, and the logit of the sentence-vector model (a logistic model on the
 * sentence's mean {@link WordVectors word vector}; zero in a model trained without vectors). The last feature marks a
 * CheckThat! sentence during training only (that corpus labels far fewer sentences check-worthy); it is zero when
 * scoring, which calibrates scores to ClaimBuster's notion of check-worthy. Thread-safe (stateless).
 */
final class EvidenceFeatures {
    static final List<String> NAMES = List.of("textLogit", "factualLogit", "statistic", "quote", "attribution", "event",
            "comparison", "causal", "prediction", "policy", "amounts", "dates", "names", "opinion", "callToAction",
            "question", "short", "logWords", "previousLogit", "nextLogit", "hasPrevious", "hasNext", "turnStart",
            "turnEnd", "speakerLogit", "speakerShare", "sentenceVectorLogit", "checkThatCorpus");
    static final int SIZE = NAMES.size();
    static final int CHECKTHAT = SIZE - 1;
    private static final int SURROUNDINGS = 18;
    private static final int SENTENCE_VECTOR = SURROUNDINGS + Surroundings.SIZE;

    private EvidenceFeatures() {
    }

    /**
     * Fills {@code into} (length {@link #SIZE}); {@code surroundings} (from {@link Surroundings#of}) may be null for a
     * sentence scored alone; {@code checkThat} only when training on that corpus.
     */
    static void fill(double textLogit, double factualLogit, double sentenceVectorLogit, Evidence evidence,
                     double[] surroundings, boolean checkThat, double[] into) {
        into[0] = textLogit;
        into[1] = factualLogit;
        into[2] = has(evidence, ClaimType.STATISTIC);
        into[3] = has(evidence, ClaimType.QUOTE);
        into[4] = has(evidence, ClaimType.ATTRIBUTION);
        into[5] = has(evidence, ClaimType.EVENT);
        into[6] = has(evidence, ClaimType.COMPARISON);
        into[7] = has(evidence, ClaimType.CAUSAL);
        into[8] = has(evidence, ClaimType.PREDICTION);
        into[9] = has(evidence, ClaimType.POLICY);
        into[10] = Math.min(evidence.amounts(), 3);
        into[11] = Math.min(evidence.dates(), 3);
        into[12] = Math.min(evidence.names(), 4);
        into[13] = evidence.opinion() ? 1 : 0;
        into[14] = evidence.callToAction() ? 1 : 0;
        into[15] = evidence.question() ? 1 : 0;
        into[16] = evidence.wordCount() < 6 ? 1 : 0;
        into[17] = Math.log1p(evidence.wordCount());
        for (int i = 0; i < Surroundings.SIZE; i++) {
            into[SURROUNDINGS + i] = surroundings == null ? 0 : surroundings[i];
        }
        into[SENTENCE_VECTOR] = sentenceVectorLogit;
        into[CHECKTHAT] = checkThat ? 1 : 0;
    }

    private static double has(Evidence evidence, ClaimType type) {
        return evidence.types().contains(type) ? 1 : 0;
    }
}
