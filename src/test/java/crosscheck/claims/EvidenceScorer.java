package crosscheck.claims;

import crosscheck.model.ClaimType;

/**
 * A hand-weighted logistic score over the evidence in a sentence, for testing {@link ClaimFinder} apart from the
 * trained model: figures, quotes, attributions and events raise it; opinion, calls to action, questions and very
 * short sentences lower it.
 */
final class EvidenceScorer implements CheckworthinessScorer {
    static final double BIAS = -2.2;

    @Override
    public double score(SentenceContext sentence, Evidence evidence) {
        double z = BIAS;
        z += Math.min(evidence.amounts(), 2) * 1.8;
        z += evidence.types().contains(ClaimType.QUOTE) ? 2.0 : 0;
        z += evidence.types().contains(ClaimType.ATTRIBUTION) ? 1.4 : 0;
        z += evidence.types().contains(ClaimType.EVENT) ? 1.5 : 0;
        z += evidence.types().contains(ClaimType.COMPARISON) ? 0.6 : 0;
        z += evidence.types().contains(ClaimType.CAUSAL) ? 0.5 : 0;
        z += evidence.types().contains(ClaimType.PREDICTION) ? 0.3 : 0;
        z += evidence.types().contains(ClaimType.POLICY) ? 0.5 : 0;
        z += Math.min(evidence.dates(), 2) * 0.5;
        z += Math.min(evidence.names(), 3) * 0.3;
        z -= evidence.opinion() ? 1.5 : 0;
        z -= evidence.callToAction() ? 2.0 : 0;
        z -= evidence.question() ? 1.5 : 0;
        z -= evidence.wordCount() < 6 ? 1.5 : 0;
        return 1.0 / (1.0 + Math.exp(-z));
    }
}
