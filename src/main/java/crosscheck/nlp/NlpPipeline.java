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

    /** The OpenNLP stages with the given name finder; loads the shared models once. */
    public static NlpPipeline openNlp(OpenNlpModels models, NameFinder names) {
        return new NlpPipeline(new OpenNlpLanguageGuesser(models), new OpenNlpSentenceSplitter(models),
                new OpenNlpTokenizer(models), new OpenNlpPosTagger(models), new EntityRecognizer(names));
    }

    /** Annotates {@code text}; {@code bodyStart} is where the body starts (the language is guessed from the body). */
    public AnnotatedText annotate(String text, int bodyStart) {
        String lang = language.guess(text.substring(bodyStart));
        List<TextSpan> spans = sentences.split(text, 0, text.length());
        List<List<Token>> tokens = new ArrayList<>(spans.size());
        for (TextSpan sentence : spans) {
            tokens.add(LanguageGuesser.ENGLISH.equals(lang) ? tagged(text, sentence) : List.of());
        }
        if (!LanguageGuesser.ENGLISH.equals(lang)) {
            return new AnnotatedText(text, lang, spans, tokens, List.of(), List.of());
        }
        EntityClusterer.Result found = entities.recognize(text, tokens);
        return new AnnotatedText(text, lang, spans, tokens, found.entities(), found.clusters());
    }

    private List<Token> tagged(String text, TextSpan sentence) {
        List<TextSpan> spans = tokenizer.tokenize(text, sentence);
        List<String> words = new ArrayList<>(spans.size());
        for (TextSpan span : spans) {
            words.add(span.of(text));
        }
        List<String> tags = tagger.tag(words);
        List<Token> tokens = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            tokens.add(new Token(spans.get(i).start(), spans.get(i).end(), words.get(i), tags.get(i)));
        }
        return tokens;
    }
}
