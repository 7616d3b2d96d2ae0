package crosscheck.claims;

import crosscheck.model.Entity;
import crosscheck.model.Quote;
import crosscheck.model.TextSpan;
import crosscheck.model.Token;

import java.util.List;
import java.util.Objects;

/**
 * One sentence with what the earlier stages found in it: its tokens, the entities inside it and the quotes that
 * overlap it. Offsets index {@code documentText}.
 */
public record SentenceContext(String documentText, TextSpan span, List<Token> tokens, List<Entity> entities,
                              List<Quote> quotes) {
    public SentenceContext {
        Objects.requireNonNull(documentText, "documentText");
        Objects.requireNonNull(span, "span");
        tokens = List.copyOf(tokens);
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
    }

    public String text() {
        return span.of(documentText);
    }
}
