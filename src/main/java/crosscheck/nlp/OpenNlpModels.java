package crosscheck.nlp;

import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * The pre-trained OpenNLP models shipped on Maven Central, loaded once from the class path.
 * Thread-safe: models are immutable and shared; the {@code *ME} classes that use them are not and live per thread.
 */
public final class OpenNlpModels {
    static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    static final String LANGUAGE_MODEL = "/langdetect-183.bin";

    private final SentenceModel sentenceModel;
    private final TokenizerModel tokenizerModel;
    private final POSModel posModel;
    private final LanguageDetectorModel languageModel;

    private OpenNlpModels(SentenceModel sentenceModel, TokenizerModel tokenizerModel, POSModel posModel,
                          LanguageDetectorModel languageModel) {
        this.sentenceModel = sentenceModel;
        this.tokenizerModel = tokenizerModel;
        this.posModel = posModel;
        this.languageModel = languageModel;
    }

    /** Loads every model from the class path. Takes about a second; call once and share the result. */
    public static OpenNlpModels load() {
        return new OpenNlpModels(
                read(SENTENCE_MODEL, SentenceModel::new),
                read(TOKEN_MODEL, TokenizerModel::new),
                read(POS_MODEL, POSModel::new),
                read(LANGUAGE_MODEL, LanguageDetectorModel::new));
    }

    public SentenceModel sentenceModel() {
        return sentenceModel;
    }

    public TokenizerModel tokenizerModel() {
        return tokenizerModel;
    }

    public POSModel posModel() {
        return posModel;
    }

    public LanguageDetectorModel languageModel() {
        return languageModel;
    }

    interface ModelReader<M> {
        M read(InputStream in) throws IOException;
    }

    static <M> M read(String resource, ModelReader<M> reader) {
        try (InputStream in = OpenNlpModels.class.getResourceAsStream(resource)) {
            Objects.requireNonNull(in, () -> "model resource missing from the class path: " + resource);
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model " + resource, e);
        }
    }
}
