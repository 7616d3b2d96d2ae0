package crosscheck.claims;

/** Scores how much a sentence deserves checking, in [0, 1]. Implementations are thread-safe. */
public interface CheckworthinessScorer {
    double score(SentenceContext sentence, Evidence evidence);
}
