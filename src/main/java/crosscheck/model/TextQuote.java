package crosscheck.model;

import java.util.Objects;

/**
 * Where an annotation sits in an article's text, as in the W3C Web Annotation model: the exact text with a little
 * context before and after (a TextQuoteSelector) plus its offsets (a TextPositionSelector). The quote finds the place
 * again after a re-analysis moves sentence boundaries; the offsets choose between repeated quotes.
 */
public record TextQuote(String exact, String prefix, String suffix, int start, int end) {
    /** Characters of context kept on each side. */
    public static final int CONTEXT = 32;

    public TextQuote {
        Objects.requireNonNull(exact, "exact");
        prefix = prefix == null ? "" : prefix;
        suffix = suffix == null ? "" : suffix;
        Spans.check(start, end);
    }

    /** The selector for {@code text[start, end)}. */
    public static TextQuote of(String text, int start, int end) {
        return new TextQuote(text.substring(start, end), text.substring(Math.max(0, start - CONTEXT), start),
                text.substring(end, Math.min(text.length(), end + CONTEXT)), start, end);
    }

    /**
     * Where this quote is in {@code text}: the occurrence of {@code exact} whose context matches best, the nearest to
     * the old offsets among equals; -1 when the exact text is gone.
     */
    public int locate(String text) {
        int best = -1;
        long bestScore = Long.MIN_VALUE;
        for (int at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
            long score = 1000L * (commonSuffix(text.substring(Math.max(0, at - prefix.length()), at), prefix)
                    + commonPrefix(text.substring(at + exact.length(), Math.min(text.length(), at + exact.length() + suffix.length())), suffix))
                    - Math.abs(at - start);
            if (score > bestScore) {
                bestScore = score;
                best = at;
            }
            if (exact.isEmpty()) {
                break;
            }
        }
        return best;
    }

    private static int commonSuffix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(a.length() - 1 - n) == b.charAt(b.length() - 1 - n)) {
            n++;
        }
        return n;
    }

    private static int commonPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }
}
