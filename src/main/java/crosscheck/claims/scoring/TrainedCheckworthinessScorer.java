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
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Check-worthiness from a trained model in two stages: two logistic models over the same hashed words, crude lemmas,
 * their n-grams and UPOS patterns (one for check-worthy, one for factual), trained on debate transcripts
 * (ClaimBuster, CheckThat! 2019), and a logistic model on the sentence's mean GloVe {@link WordVectors word vector}
 * (which knows that "unemployment" and "jobless" are alike), then a logistic blend of their logits with the
 * sentence's {@link Evidence} and its {@link Surroundings} (the neighbouring sentences' logits, and in transcripts the
 * speaker's turn), fitted on the same debates. News differs from debates (quotes, reported speech, a figure in nearly
 * every fact), so {@link NewsRules} follow the blend: a sentence that reports a figure, an event, an attribution or a
 * quote in the third person scores at least 0.52. Thread-safe (immutable; scoring allocates only small per-call
 * arrays) and fast (a few hundred array reads a sentence).
 */
public final class TrainedCheckworthinessScorer implements CheckworthinessScorer {
    /** The model shipped with Crosscheck, trained by {@code train-claims}. */
    public static final String MODEL_RESOURCE = "/crosscheck/claims/checkworthiness-en.bin.gz";

    private final CheckworthinessModel model;
    private final TextFeatures features;
    private final NewsRules newsRules;
    /** The sentence-vector model as a projection of each word; null for a model trained without vectors. */
    private final WordVectors.Projection sentenceVectorModel;

    /**
     * One sentence of a document as the model reads it. {@code followsPrevious}: it comes straight after the sentence
     * before it in the list (false when lines are missing in between); {@code speaker}: who says it in a transcript,
     * empty when unknown (articles).
     */
    record Line(String[] words, String[] tags, Evidence evidence, boolean followsPrevious, String speaker) {
        Line {
            Objects.requireNonNull(evidence, "evidence");
            Objects.requireNonNull(speaker, "speaker");
            if (words.length != tags.length) {
                throw new IllegalArgumentException("one tag per word: words=" + words.length + ", tags=" + tags.length);
            }
        }
    }

    /** @param vectors the word vectors the model learnt from; ignored (may be null) if it learnt from none */
    private TrainedCheckworthinessScorer(CheckworthinessModel model, WordVectors vectors) {
        this.model = model;
        this.features = new TextFeatures(model.hashBits);
        this.newsRules = NewsRules.load();
        if (!model.usesVectors()) {
            this.sentenceVectorModel = null;
        } else if (vectors == null || vectors.checksum() != model.vectorsChecksum) {
            throw new IllegalArgumentException("the check-worthiness model was trained with other word vectors than "
                    + (vectors == null ? "none" : "these (checksum " + Long.toHexString(vectors.checksum()) + ")")
                    + "; it needs those with checksum " + Long.toHexString(model.vectorsChecksum));
        } else {
            this.sentenceVectorModel = vectors.project(model.vectorWeights);
        }
    }

    /**
     * Loads the shipped model and word vectors from the class path. Takes a fraction of a second; call once and share
     * the result.
     */
    public static TrainedCheckworthinessScorer load() {
        try (InputStream in = TrainedCheckworthinessScorer.class.getResourceAsStream(MODEL_RESOURCE)) {
            Objects.requireNonNull(in, () -> "check-worthiness model missing from the class path: " + MODEL_RESOURCE);
            return of(CheckworthinessModel.read(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the check-worthiness model " + MODEL_RESOURCE, e);
        }
    }

    /** Loads a model file written by {@code train-claims}; it reads the shipped word vectors if it needs any. */
    public static TrainedCheckworthinessScorer load(Path modelFile) throws IOException {
        try (InputStream in = Files.newInputStream(modelFile)) {
            return of(CheckworthinessModel.read(in));
        }
    }

    /** A scorer of {@code model}, with the shipped word vectors if it needs any. */
    static TrainedCheckworthinessScorer of(CheckworthinessModel model) {
        return new TrainedCheckworthinessScorer(model, model.usesVectors() ? WordVectors.load() : null);
    }

    /** A scorer of {@code model}, trained with {@code vectors} (null if without). */
    static TrainedCheckworthinessScorer of(CheckworthinessModel model, WordVectors vectors) {
        return new TrainedCheckworthinessScorer(model, vectors);
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

    /** The sentence alone, without its neighbours (see {@link #scoreAll}). */
    @Override
    public double score(SentenceContext sentence, Evidence evidence) {
        return scores(List.of(line(sentence, evidence, false)))[0];
    }

    /** The sentences of one document in order, each read with its neighbours. */
    @Override
    public double[] scoreAll(List<SentenceContext> sentences, List<Evidence> evidence) {
        if (sentences.size() != evidence.size()) {
            throw new IllegalArgumentException("one evidence per sentence: sentences=" + sentences.size() + ", evidence="
                    + evidence.size());
        }
        List<Line> lines = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            lines.add(line(sentences.get(i), evidence.get(i), true));
        }
        return scores(lines);
    }

    private static Line line(SentenceContext sentence, Evidence evidence, boolean followsPrevious) {
        List<Token> tokens = sentence.tokens();
        String[] words = new String[tokens.size()];
        String[] tags = new String[tokens.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = tokens.get(i).text();
            tags[i] = tokens.get(i).pos();
        }
        return new Line(words, tags, evidence, followsPrevious, "");
    }

    /** One sentence scored alone, news rules included. */
    double score(String[] words, String[] tags, Evidence evidence) {
        return scores(List.of(new Line(words, tags, evidence, false, "")))[0];
    }

    /** The scores of a document's lines, news rules included. */
    double[] scores(List<Line> document) {
        double[] probabilities = modelProbabilities(document);
        for (int i = 0; i < probabilities.length; i++) {
            Line line = document.get(i);
            probabilities[i] = newsRules.apply(probabilities[i], line.words(), line.evidence());
        }
        return probabilities;
    }

    /** The two-stage model's probabilities of a document's lines, before the news rules. */
    double[] modelProbabilities(List<Line> document) {
        int n = document.size();
        double[] textLogits = new double[n];
        double[] factualLogits = new double[n];
        boolean[] followsPrevious = new boolean[n];
        String[] speakers = new String[n];
        for (int i = 0; i < n; i++) {
            Line line = document.get(i);
            int[] indices = features.extract(line.words(), line.tags());
            textLogits[i] = logit(model.textWeights, model.textBias, indices);
            factualLogits[i] = logit(model.factualWeights, model.factualBias, indices);
            followsPrevious[i] = line.followsPrevious();
            speakers[i] = line.speaker();
        }
        double[][] surroundings = Surroundings.of(textLogits, followsPrevious, speakers);
        double[] x = new double[EvidenceFeatures.SIZE];
        double[] probabilities = new double[n];
        for (int i = 0; i < n; i++) {
            double sentenceVectorLogit = sentenceVectorModel == null ? 0
                    : model.vectorBias + sentenceVectorModel.of(document.get(i).words());
            EvidenceFeatures.fill(textLogits[i], factualLogits[i], sentenceVectorLogit, document.get(i).evidence(),
                    surroundings[i], false, x);
            double z = model.blendBias;
            for (int j = 0; j < x.length; j++) {
                z += model.blendWeights[j] * x[j];
            }
            probabilities[i] = SparseLogistic.sigmoid(z);
        }
        return probabilities;
    }

    /** The check-worthy text model's logit of one sentence. */
    double textLogit(String[] words, String[] tags) {
        return logit(model.textWeights, model.textBias, features.extract(words, tags));
    }

    private static double logit(float[] weights, double bias, int[] indices) {
        double z = 0;
        for (int index : indices) {
            z += weights[index];
        }
        return bias + z * SparseLogistic.scale(indices.length);
    }

    /** The score after the news rules ({@link NewsRules}). */
    double applyNewsRules(double probability, String[] words, Evidence evidence) {
        return newsRules.apply(probability, words, evidence);
    }
}
