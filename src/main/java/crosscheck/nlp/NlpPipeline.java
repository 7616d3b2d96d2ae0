package crosscheck.nlp;

import crosscheck.model.TextSpan;
import crosscheck.model.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs the stages in order: language, sentences, tokens, parts of speech, entities. Text that is not English is
 * split into sentences only. Thread-safe when its stages are (the OpenNLP ones are).
 */
public final class NlpPipeline {
    private final LanguageGuesser language;
    private final SentenceSplitter sentences;
    private final Tokenizer tokenizer;
    private final PosTagger tagger;
    private final EntityRecognizer entities;

    public NlpPipeline(LanguageGuesser language, SentenceSplitter sentences, Tokenizer tokenizer, PosTagger tagger,
                       EntityRecognizer entities) {
        this.language = language;
        this.sentences = sentences;
        this.tokenizer = tokenizer;
        this.tagger = tagger;
        this.entities = entities;
    }

    /**
     * The product's stages with the given name finder: OpenNLP's language, sentence and POS models (loaded once, in
     * {@code models}) and our rule-based tokenizer, which follows OpenNLP's tokenizer model at a fraction of its cost.
     * Returns once every model has been read.
     */
    public static NlpPipeline openNlp(OpenNlpModels models, NameFinder names) {
        return openNlp(models, names, new OpenNlpLanguageGuesser(models));
    }

    /**
     * The product's stages as {@link #openNlp(OpenNlpModels, NameFinder)} builds them, with another language guesser
     * (the check-worthiness trainer reads every corpus line as English: a debate line is too short to guess from), so
     * that what is trained on is tokenized and tagged exactly as the product does it.
     */
    public static NlpPipeline openNlp(OpenNlpModels models, NameFinder names, LanguageGuesser language) {
        models.awaitLoaded();
        return new NlpPipeline(language, new OpenNlpSentenceSplitter(models), tokenizer(), models.posTagger(),
                new EntityRecognizer(names));
    }

    /** The product's tokenizer: every stage that must see the product's tokens (training included) takes it here. */
    public static Tokenizer tokenizer() {
        return new RuleBasedTokenizer();
    }

    /** Annotates {@code text}; {@code bodyStart} is where the body starts (the language is guessed from the body). */
    public AnnotatedText annotate(String text, int bodyStart) {
        String lang = language.guess(text.substring(bodyStart));
        List<TextSpan> spans = sentences.split(text, 0, text.length());
        if (!LanguageGuesser.ENGLISH.equals(lang)) {
            List<List<Token>> none = spans.stream().<List<Token>>map(span -> List.of()).toList();
            return new AnnotatedText(text, lang, spans, none, List.of(), List.of());
        }
        List<List<Token>> tokens = tagged(text, spans);
        EntityClusterer.Result found = entities.recognize(text, tokens);
        return new AnnotatedText(text, lang, spans, tokens, found.entities(), found.clusters());
    }

    private List<List<Token>> tagged(String text, List<TextSpan> sentenceSpans) {
        List<List<TextSpan>> tokenSpans = new ArrayList<>(sentenceSpans.size());
        List<List<String>> words = new ArrayList<>(sentenceSpans.size());
        for (TextSpan sentence : sentenceSpans) {
            List<TextSpan> spans = tokenizer.tokenize(text, sentence);
            List<String> sentenceWords = new ArrayList<>(spans.size());
            for (TextSpan span : spans) {
                sentenceWords.add(span.of(text));
            }
            tokenSpans.add(spans);
            words.add(sentenceWords);
        }
        List<List<String>> tags = tagger.tagDocument(words);
        List<List<Token>> tokens = new ArrayList<>(sentenceSpans.size());
        for (int s = 0; s < sentenceSpans.size(); s++) {
            List<TextSpan> spans = tokenSpans.get(s);
            List<Token> sentenceTokens = new ArrayList<>(spans.size());
            for (int i = 0; i < spans.size(); i++) {
                sentenceTokens.add(new Token(spans.get(i).start(), spans.get(i).end(), words.get(s).get(i),
                        tags.get(s).get(i)));
            }
            tokens.add(sentenceTokens);
        }
        return tokens;
    }
}
