package crosscheck.claims.scoring;

import crosscheck.claims.CheckworthinessScorer;
import crosscheck.claims.Evidence;
import crosscheck.claims.SentenceContext;
import crosscheck.model.Token;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Check-worthiness from a trained model in two stages: a logistic model over hashed words, crude lemmas, their
 * n-grams and UPOS patterns, trained on debate transcripts (ClaimBuster, CheckThat! 2019), then a logistic blend of
 * its logit with the sentence's {@link Evidence}, fitted on the same debates. News differs from debates (quotes,
 * reported speech, a figure in nearly every fact), so {@link NewsRules} follow the blend: a sentence that reports a
 * figure, an event, an attribution or a quote in the third person scores at least 0.52. Thread-safe (immutable;
 * scoring allocates only small per-call arrays) and fast (a few hundred array reads a sentence).
 */
public final class TrainedCheckworthinessScorer implements CheckworthinessScorer {
    /** The model shipped with Crosscheck, trained by {@code train-claims}. */
    public static final String MODEL_RESOURCE = "/crosscheck/claims/checkworthiness-en.bin.gz";

    private final CheckworthinessModel model;
    private final TextFeatures features;
    private final NewsRules newsRules;

    private TrainedCheckworthinessScorer(CheckworthinessModel model) {
        this.model = model;
        this.features = new TextFeatures(model.hashBits);
        this.newsRules = NewsRules.load();
    }

    /** Loads the shipped model from the class path. Takes a fraction of a second; call once and share the result. */
    public static TrainedCheckworthinessScorer load() {
        try (InputStream in = TrainedCheckworthinessScorer.class.getResourceAsStream(MODEL_RESOURCE)) {
            Objects.requireNonNull(in, () -> "check-worthiness model missing from the class path: " + MODEL_RESOURCE);
            return new TrainedCheckworthinessScorer(CheckworthinessModel.read(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the check-worthiness model " + MODEL_RESOURCE, e);
        }
    }

    /** Loads a model file written by {@code train-claims}. */
    public static TrainedCheckworthinessScorer load(Path modelFile) throws IOException {
        try (InputStream in = Files.newInputStream(modelFile)) {
            return new TrainedCheckworthinessScorer(CheckworthinessModel.read(in));
        }
    }

    static TrainedCheckworthinessScorer of(CheckworthinessModel model) {
        return new TrainedCheckworthinessScorer(model);
    }

    /**
     * The score above which a debate sentence counts as check-worthy in ClaimBuster's sense (F1-optimal on
     * out-of-fold scores of the training debates). Articles use the configured claim threshold instead.
     */
    public double debateThreshold() {
        return model.debateThreshold;
    }

    /** How the model was trained (data, split, settings), as recorded by {@code train-claims}. */
    public String provenance() {
        return model.provenance;
    }

    @Override
    public double score(SentenceContext sentence, Evidence evidence) {
        List<Token> tokens = sentence.tokens();
        String[] words = new String[tokens.size()];
        String[] tags = new String[tokens.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = tokens.get(i).text();
            tags[i] = tokens.get(i).pos();
        }
        return score(words, tags, evidence);
    }

    double score(String[] words, String[] tags, Evidence evidence) {
        return newsRules.apply(modelProbability(words, tags, evidence), words, evidence);
    }

    /** The two-stage model's probability, before the news rules. */
    double modelProbability(String[] words, String[] tags, Evidence evidence) {
        double textLogit = textLogit(words, tags);
        double[] x = new double[EvidenceFeatures.SIZE];
        EvidenceFeatures.fill(textLogit, evidence, false, x);
        double z = model.blendBias;
        for (int i = 0; i < x.length; i++) {
            z += model.blendWeights[i] * x[i];
        }
        return SparseLogistic.sigmoid(z);
    }

    double textLogit(String[] words, String[] tags) {
        int[] indices = features.extract(words, tags);
        double z = 0;
        for (int index : indices) {
            z += model.textWeights[index];
        }
        return model.textBias + z * SparseLogistic.scale(indices.length);
    }

    /** The score after the news rules ({@link NewsRules}). */
    double applyNewsRules(double probability, String[] words, Evidence evidence) {
        return newsRules.apply(probability, words, evidence);
    }
}
