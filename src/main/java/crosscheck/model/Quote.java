package crosscheck.model;

import java.util.Objects;

/**
 * Quoted words in the text, the offsets including the quotation marks. {@code speaker} is the full name of the
 * person quoted (null when unknown or for scare quotes), {@code cluster} the speaker's entity cluster id (or null),
 * {@code medium} the outlet the words were given to ("Reuters" in "told Reuters"), or null.
 */
public record Quote(int start, int end, String text, QuoteKind kind, String speaker, String cluster, String medium) {
    public Quote {
        Spans.check(start, end);
        Spans.checkText(text, start, end);
        Objects.requireNonNull(kind, "kind");
        if (kind == QuoteKind.SCARE && speaker != null) {
            throw new IllegalArgumentException("scare quotes have no speaker: " + text);
        }
    }
}
