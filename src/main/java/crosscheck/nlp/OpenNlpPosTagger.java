package crosscheck.nlp;

import opennlp.tools.postag.POSTaggerME;

import java.util.List;

/** Part-of-speech tagging with OpenNLP's English UD model (Universal POS tags). Thread-safe: one tagger per thread. */
public final class OpenNlpPosTagger implements PosTagger {
    private final ThreadLocal<POSTaggerME> tagger;

    public OpenNlpPosTagger(OpenNlpModels models) {
        this.tagger = ThreadLocal.withInitial(() -> new POSTaggerME(models.posModel()));
    }

    @Override
    public List<String> tag(List<String> tokens) {
        if (tokens.isEmpty()) {
            return List.of();
        }
        return List.of(tagger.get().tag(tokens.toArray(String[]::new)));
    }
}
