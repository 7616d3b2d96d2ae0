package crosscheck.claims.scoring;

import crosscheck.claims.Evidence;
import crosscheck.model.ClaimType;

import java.util.List;

/**
 * The dense features of the second stage: the text model's logit and what {@link Evidence} found in the sentence.
 * The last feature marks a CheckThat! sentence during training only (that corpus labels far fewer sentences
 * check-worthy); it is zero when scoring, which calibrates scores to ClaimBuster's notion of check-worthy.
 * Thread-safe (stateless).
 */
final class EvidenceFeatures {
    static final List<String> NAMES = List.of("textLogit", "statistic", "quote", "attribution", "event", "comparison",
            "causal", "prediction", "policy", "amounts", "dates", "names", "opinion", "callToAction", "question",
            "short", "logWords", "checkThatCorpus");
    static final int SIZE = NAMES.size();
    static final int TEXT_LOGIT = 0;
    static final int CHECKTHAT = SIZE - 1;

    private EvidenceFeatures() {
    }

    /** Fills {@code into} (length {@link #SIZE}); {@code checkThat} only when training on that corpus. */
    static void fill(double textLogit, Evidence evidence, boolean checkThat, double[] into) {
        into[0] = textLogit;
        into[1] = has(evidence, ClaimType.STATISTIC);
        into[2] = has(evidence, ClaimType.QUOTE);
        into[3] = has(evidence, ClaimType.ATTRIBUTION);
        into[4] = has(evidence, ClaimType.EVENT);
        into[5] = has(evidence, ClaimType.COMPARISON);
        into[6] = has(evidence, ClaimType.CAUSAL);
        into[7] = has(evidence, ClaimType.PREDICTION);
        into[8] = has(evidence, ClaimType.POLICY);
        into[9] = Math.min(evidence.amounts(), 3);
        into[10] = Math.min(evidence.dates(), 3);
        into[11] = Math.min(evidence.names(), 4);
        into[12] = evidence.opinion() ? 1 : 0;
        into[13] = evidence.callToAction() ? 1 : 0;
        into[14] = evidence.question() ? 1 : 0;
        into[15] = evidence.wordCount() < 6 ? 1 : 0;
        into[16] = Math.log1p(evidence.wordCount());
        into[17] = checkThat ? 1 : 0;
    }

    private static double has(Evidence evidence, ClaimType type) {
        return evidence.types().contains(type) ? 1 : 0;
    }
}
