package crosscheck.nlp;

import java.util.ArrayList;
import java.util.List;

/** Assigns a Universal POS tag (PROPN, NOUN, NUM, ...) to each token of one sentence. Implementations are thread-safe. */
public interface PosTagger {
    List<String> tag(List<String> tokens);

    /** The tags of every sentence of one document, in order; implementations may share work between sentences. */
    default List<List<String>> tagDocument(List<List<String>> sentences) {
        List<List<String>> tags = new ArrayList<>(sentences.size());
        for (List<String> sentence : sentences) {
            tags.add(tag(sentence));
        }
        return tags;
    }
}
