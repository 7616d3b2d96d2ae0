package crosscheck.nlp;

import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The pre-trained OpenNLP models shipped on Maven Central, loaded once from the class path. {@link #load} reads the
 * sentence model and the POS tagger's tables on threads of their own, so that the caller can load other models
 * meanwhile; each accessor waits for its model. Three models are read only when first asked for: the tokenizer
 * model (the product tokenizes with {@link RuleBasedTokenizer}), OpenNLP's own form of the POS model (tests compare
 * our tagger with OpenNLP's) and the language model, the largest (about 0.4 s of CPU), which
 * {@link OpenNlpLanguageGuesser} needs only for a text that does not plainly read as English.
 * Thread-safe: models are immutable and shared; the {@code *ME} classes that use them are not and live per thread.
 */
public final class OpenNlpModels {
    static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    static final String LANGUAGE_MODEL = "/langdetect-183.bin";

    private final CompletableFuture<SentenceModel> sentenceModel;
    private final CompletableFuture<OpenNlpPosTagger> posTagger;
    private final OnFirstUse<POSModel> posModel = new OnFirstUse<>(() -> read(POS_MODEL, POSModel::new));
    private final OnFirstUse<TokenizerModel> tokenizerModel = new OnFirstUse<>(() -> read(TOKEN_MODEL, TokenizerModel::new));
    private final OnFirstUse<LanguageDetectorModel> languageModel =
            new OnFirstUse<>(() -> read(LANGUAGE_MODEL, LanguageDetectorModel::new));

    private OpenNlpModels(CompletableFuture<SentenceModel> sentenceModel, CompletableFuture<OpenNlpPosTagger> posTagger) {
        this.sentenceModel = sentenceModel;
        this.posTagger = posTagger;
    }

    /**
     * Starts reading every model from the class path and returns at once; the models take about a second on threads
     * of their own (see {@link #awaitLoaded}). Call once and share the result.
     */
    public static OpenNlpModels load() {
        CompletableFuture<OpenNlpPosTagger> tagger = Background.load("opennlp-pos-model-loader",
                () -> read(POS_MODEL, OpenNlpPosTagger::read));
        CompletableFuture<SentenceModel> sentence = Background.load("opennlp-sentence-model-loader",
                () -> read(SENTENCE_MODEL, SentenceModel::new));
        return new OpenNlpModels(sentence, tagger);
    }

    /** Waits until every model {@link #load} started has been read; throws if one could not be. */
    public OpenNlpModels awaitLoaded() {
        sentenceModel();
        posTagger();
        return this;
    }

    public SentenceModel sentenceModel() {
        return Background.join(sentenceModel);
    }

    /** OpenNLP's tokenizer model, read on first use. */
    public TokenizerModel tokenizerModel() {
        return tokenizerModel.get();
    }

    /** OpenNLP's own form of the POS model, read on first use (the product tags with {@link #posTagger}). */
    public POSModel posModel() {
        return posModel.get();
    }

    /** The tagger over the POS model, read once on the loading thread. */
    public OpenNlpPosTagger posTagger() {
        return Background.join(posTagger);
    }

    /** OpenNLP's language model, read on first use. */
    public LanguageDetectorModel languageModel() {
        return languageModel.get();
    }

    /** A model read by the first caller that asks for it; later callers share it. */
    private static final class OnFirstUse<M> {
        private final Supplier<M> reader;
        private volatile M model;

        OnFirstUse(Supplier<M> reader) {
            this.reader = reader;
        }

        M get() {
            M read = model;
            if (read == null) {
                synchronized (this) {
                    read = model;
                    if (read == null) {
                        read = reader.get();
                        model = read;
                    }
                }
            }
            return read;
        }
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
