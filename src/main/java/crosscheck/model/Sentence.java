package crosscheck.model;

/** One sentence of the analysed text with its check-worthiness score in [0, 1]. */
public record Sentence(int start, int end, double checkworthiness) {
    public Sentence {
        Spans.check(start, end);
        if (!(checkworthiness >= 0.0 && checkworthiness <= 1.0)) {
            throw new IllegalArgumentException("checkworthiness must lie in [0, 1]: " + checkworthiness);
        }
    }
}
