package crosscheck.claims.scoring;

import crosscheck.claims.Evidence;
import crosscheck.claims.EvidenceFinder;
import crosscheck.claims.QuoteFinder;
import crosscheck.claims.SentenceContext;
import crosscheck.model.Quote;
import crosscheck.model.TextSpan;
import crosscheck.model.Token;
import crosscheck.nlp.AnnotatedText;
import crosscheck.nlp.LanguageGuesser;
import crosscheck.nlp.NameFinder;
import crosscheck.nlp.NlpPipeline;
import crosscheck.nlp.OpenNlpModels;
import crosscheck.nlp.ner.TrainedNameFinder;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs one corpus sentence through the same stages as an article (tokens, UPOS tags, entities, quotes, evidence), so
 * that training and evaluation see what the scorer sees in the product. The whole line is treated as one sentence,
 * and as English (a debate line is too short for the language guesser). Thread-safe when its stages are.
 */
final class SentenceAnnotator {
    /** Where the trained name finder keeps its model; without it, sentences are annotated without names. */
    static final String NAME_MODEL_RESOURCE = "/crosscheck/ner/ner-en.bin";

    private final NlpPipeline pipeline;
    private final QuoteFinder quotes = new QuoteFinder();
    private final EvidenceFinder evidence = new EvidenceFinder();
    private final boolean withNames;

    private SentenceAnnotator(NlpPipeline pipeline, boolean withNames) {
        this.pipeline = pipeline;
        this.withNames = withNames;
    }

    /**
     * The product's pipeline ({@link NlpPipeline#openNlp}: OpenNLP's sentence and POS models, the product's rule-based
     * tokenizer) with every line read as English, and the trained name finder when its model is on the class path.
     */
    static SentenceAnnotator load() {
        OpenNlpModels models = OpenNlpModels.load();
        boolean withNames = SentenceAnnotator.class.getResource(NAME_MODEL_RESOURCE) != null;
        NameFinder names = withNames ? TrainedNameFinder.load() : (text, sentences) -> List.of();
        LanguageGuesser english = text -> LanguageGuesser.ENGLISH;
        return new SentenceAnnotator(NlpPipeline.openNlp(models, names, english), withNames);
    }

    boolean withNames() {
        return withNames;
    }

    /** The analysed sentence, or null when it has no tokens. */
    ClaimExample annotate(ClaimCorpora.RawSentence raw) {
        String text = raw.text();
        AnnotatedText annotated = pipeline.annotate(text, 0);
        List<Token> tokens = new ArrayList<>();
        for (List<Token> sentence : annotated.tokens()) {
            tokens.addAll(sentence);
        }
        if (tokens.isEmpty()) {
            return null;
        }
        List<Quote> found = quotes.find(text, annotated.sentences(), annotated.entities(), annotated.clusters());
        SentenceContext context = new SentenceContext(text, new TextSpan(0, text.length()), tokens,
                annotated.entities(), found);
        Evidence sentenceEvidence = evidence.find(context);
        String[] words = new String[tokens.size()];
        String[] tags = new String[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            words[i] = tokens.get(i).text();
            tags[i] = tokens.get(i).pos();
        }
        return new ClaimExample(raw.corpus(), raw.group(), raw.line(), text, raw.positive(), words, tags,
                sentenceEvidence, raw.speaker(), raw.factual());
    }
}
