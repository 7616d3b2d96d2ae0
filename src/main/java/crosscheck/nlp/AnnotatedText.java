package crosscheck.nlp;

import crosscheck.model.Entity;
import crosscheck.model.EntityCluster;
import crosscheck.model.TextSpan;
import crosscheck.model.Token;

import java.util.List;

/**
 * The linguistic annotation of one document: sentences, their tokens, entities and clusters, and the language.
 * {@code tokens.get(i)} are the tokens of {@code sentences.get(i)}.
 */
public record AnnotatedText(String text, String language, List<TextSpan> sentences, List<List<Token>> tokens,
                            List<Entity> entities, List<EntityCluster> clusters) {
    public AnnotatedText {
        if (sentences.size() != tokens.size()) {
            throw new IllegalArgumentException("one token list per sentence: sentences=" + sentences.size()
                    + ", token lists=" + tokens.size());
        }
        sentences = List.copyOf(sentences);
        tokens = tokens.stream().map(List::copyOf).toList();
        entities = List.copyOf(entities);
        clusters = List.copyOf(clusters);
    }

    public boolean isEnglish() {
        return LanguageGuesser.ENGLISH.equals(language);
    }
}
