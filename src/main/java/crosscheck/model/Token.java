package crosscheck.model;

import java.util.Objects;

/**
 * One token of the analysed text: its character offsets, its surface form and its part-of-speech tag
 * (Universal POS tags as produced by the English UD model, for example {@code PROPN}, {@code NUM}).
 */
public record Token(int start, int end, String text, String pos) {
    public Token {
        Spans.check(start, end);
        Spans.checkText(text, start, end);
        pos = Objects.requireNonNullElse(pos, "");
    }
}
