package crosscheck.nlp;

import java.util.List;

/** Assigns a Universal POS tag (PROPN, NOUN, NUM, ...) to each token of one sentence. Implementations are thread-safe. */
public interface PosTagger {
    List<String> tag(List<String> tokens);
}
