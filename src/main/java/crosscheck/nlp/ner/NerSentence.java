package crosscheck.nlp.ner;

import java.util.List;

/** One sentence of a named-entity corpus: its tokens and their IOB2 tags (B-PER, I-ORG, O, ...). */
record NerSentence(List<String> tokens, List<String> tags) {
    NerSentence {
        tokens = List.copyOf(tokens);
        tags = List.copyOf(tags);
        if (tokens.size() != tags.size()) {
            throw new IllegalArgumentException("every token needs a tag: tokens=" + tokens.size() + ", tags=" + tags.size());
        }
    }

    int size() {
        return tokens.size();
    }
}
