package crosscheck.nlp.ner;

import crosscheck.nlp.FeatureWriter;
import crosscheck.nlp.MaxentTable;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Decodes our name-finder model the way OpenNLP's {@code NameFinderME} does (the same features, the same beam
 * search, the same sequence validation and document-level "previous decision" feature) with the same results up to
 * the rounding of sums ({@code NameDecoderTest} compares them), but faster: each token's features that do not depend
 * on earlier decisions are scored once, not once per beam hypothesis; the scores of the words and shapes the model
 * knows are computed once and shared ({@link WindowScores}); features are looked up in a {@link MaxentTable} without building
 * strings. Thread-safe: immutable; the per-document state lives in a {@link Document}.
 */
final class NameDecoder {
    static final String MAXENT_ARTIFACT = "nameFinder.model";
    static final String BEAM_SIZE_PROPERTY = "BeamSize";
    static final int DEFAULT_BEAM_SIZE = 3;
    private static final String OTHER = "other";
    private static final String CONTINUE_SUFFIX = "-cont";
    private static final String START_SUFFIX = "-start";
    /** OpenNLP's BeamSearch drops sequences scoring below this. */
    private static final double MIN_SEQUENCE_SCORE = -100_000;
    private static final int NOT_LOOKED_UP = Integer.MIN_VALUE;
    private static final BioCodec CODEC = new BioCodec();
    private static final int WINDOW = NerFeatureGenerator.WINDOW;

    private final MaxentTable model;
    private final Gazetteer gazetteer;
    private final int beamSize;
    private final int outcomes;
    private final int other;
    /** Feature ids of "po=", "ppo=" and "pd=" followed by each outcome. */
    private final int[] previousOutcome;
    private final int[] previousPreviousOutcome;
    private final int[] previousDecision;
    /** valid[previous + 1][outcome]: whether {@code outcome} may follow {@code previous} (-1: sentence start). */
    private final boolean[][] valid;
    /** What each word and each word shape gives the tokens around it, for every word and shape the model knows. */
    private final WindowScores wordScores;
    private final WindowScores shapeScores;

    NameDecoder(MaxentTable model, Gazetteer gazetteer, WordClusters clusters, int beamSize) {
        this.model = model;
        this.wordScores = new WindowScores(model,
                (offset, word, out) -> NerFeatureGenerator.wordFeatures(clusters, offset, word, out),
                NerFeatureGenerator.WINDOW_WORD);
        this.shapeScores = new WindowScores(model, NerFeatureGenerator::shapeFeatures, NerFeatureGenerator.WINDOW_SHAPE);
        this.gazetteer = gazetteer;
        this.beamSize = beamSize;
        this.outcomes = model.outcomeCount();
        this.other = model.outcomeIndex(OTHER);
        if (other < 0) {
            throw new IllegalArgumentException("name-finder model has no outcome '" + OTHER + "'");
        }
        this.previousOutcome = new int[outcomes];
        this.previousPreviousOutcome = new int[outcomes];
        this.previousDecision = new int[outcomes];
        for (int o = 0; o < outcomes; o++) {
            previousOutcome[o] = model.id("po=" + model.outcome(o));
            previousPreviousOutcome[o] = model.id("ppo=" + model.outcome(o));
            previousDecision[o] = model.id("pd=" + model.outcome(o));
        }
        this.valid = new boolean[outcomes + 1][outcomes];
        for (int previous = -1; previous < outcomes; previous++) {
            for (int o = 0; o < outcomes; o++) {
                valid[previous + 1][o] = isValid(previous < 0 ? null : model.outcome(previous), model.outcome(o));
            }
        }
    }

    /** A decoder of a model OpenNLP built (a freshly trained one), with the beam size in its manifest. */
    static NameDecoder of(TokenNameFinderModel nameModel, Gazetteer gazetteer, WordClusters clusters) {
        MaxentModel maxent = Objects.requireNonNull(nameModel.getArtifact(MAXENT_ARTIFACT),
                "name-finder model has no " + MAXENT_ARTIFACT);
        return new NameDecoder(MaxentTable.of(maxent), gazetteer, clusters,
                beamSizeOf(nameModel.getManifestProperty(BEAM_SIZE_PROPERTY)));
    }

    /** The beam size a model's manifest states (OpenNLP's default when it states none). */
    static int beamSizeOf(String manifestValue) {
        return manifestValue == null ? DEFAULT_BEAM_SIZE : Integer.parseInt(manifestValue);
    }

    /** OpenNLP's BIO rule: a {@code TYPE-cont} outcome must follow {@code TYPE-start} or {@code TYPE-cont}. */
    private static boolean isValid(String previous, String outcome) {
        if (!outcome.endsWith(CONTINUE_SUFFIX)) {
            return true;
        }
        if (previous == null || previous.equals(OTHER)) {
            return false;
        }
        String type = outcome.substring(0, outcome.length() - CONTINUE_SUFFIX.length());
        return previous.equals(type + START_SUFFIX) || previous.equals(type + CONTINUE_SUFFIX);
    }

    /** A new document's state. */
    Document newDocument() {
        return new Document(wordScores.new Cache(), shapeScores.new Cache());
    }

    /**
     * The state of one document: the decisions made so far (the last outcome of each lower-cased word), and the
     * scores of the words and shapes the model has no features for. Not thread-safe.
     */
    static final class Document {
        private final Map<String, Integer> lastOutcome = new HashMap<>();
        private final WindowScores.Cache words;
        private final WindowScores.Cache shapes;

        private Document(WindowScores.Cache words, WindowScores.Cache shapes) {
            this.words = words;
            this.shapes = shapes;
        }
    }

    /** One hypothesis of the beam: an outcome for each token so far, as a chain back to the first. */
    private record Hypothesis(Hypothesis parent, int outcome, int length, double score) {
    }

    /** The names in one sentence of {@code document}, tokens encoded by {@link NerTokens#encode}. */
    Span[] find(String[] tokens, Document document) {
        int n = tokens.length;
        if (n == 0) {
            return new Span[0];
        }
        String[] lower = new String[n];
        for (int i = 0; i < n; i++) {
            lower[i] = NerTokens.lower(NerTokens.word(tokens[i]));
        }
        NerFeatureGenerator.Sentence sentence = new NerFeatureGenerator.Sentence(gazetteer, tokens, lower);
        double[][] base = new double[n][outcomes];
        FeatureWriter scorer = model.scorer(base);
        // rows of the words and shapes of the sentence, with the boundary markers at both ends
        double[][] wordRows = new double[n + 2 * WINDOW][];
        double[][] shapeRows = new double[n + 2 * WINDOW][];
        for (int j = -WINDOW; j < n + WINDOW; j++) {
            wordRows[j + WINDOW] = document.words.row(sentence.word(j));
            shapeRows[j + WINDOW] = document.shapes.row(sentence.shape(j));
        }
        for (int i = 0; i < n; i++) {
            double[] scores = base[i];
            model.prior(scores);
            for (int offset = -WINDOW; offset <= WINDOW; offset++) {
                // what the word and shape at i + offset give a token that far from them
                int from = (offset + WINDOW) * outcomes;
                double[] word = wordRows[i + offset + WINDOW];
                double[] shape = shapeRows[i + offset + WINDOW];
                for (int o = 0; o < outcomes; o++) {
                    scores[o] += word[from + o] + shape[from + o];
                }
            }
            scorer.startToken(i);
            NerFeatureGenerator.contextFeatures(sentence, i, scorer);
            if (!document.lastOutcome.isEmpty()) {
                Integer previous = document.lastOutcome.get(lower[i]);
                if (previous != null) {
                    model.add(previousDecision[previous], base[i]);
                }
            }
        }
        int[] outcomes = decode(tokens, base);
        List<String> names = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            names.add(model.outcome(outcomes[i]));
            document.lastOutcome.put(lower[i], outcomes[i]);
        }
        return CODEC.decode(names);
    }

    /** OpenNLP's beam search over the precomputed sentence-level scores, adding the previous-outcome features. */
    private int[] decode(String[] tokens, double[][] base) {
        int n = tokens.length;
        // "pow=" and "powf=" features of token i after outcome o, looked up when a hypothesis first needs them
        int[][] withPrevious = new int[n][];
        String[] tokenClasses = new String[n];
        double[] scores = new double[outcomes];
        double[] sorted = new double[outcomes];
        List<Hypothesis> beam = new ArrayList<>(List.of(new Hypothesis(null, -1, 0, 0)));
        List<Hypothesis> next = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            next.clear();
            int size = Math.min(beamSize, beam.size());
            for (int h = 0; h < size; h++) {
                Hypothesis top = beam.get(h);
                int po = i > 0 ? top.outcome : other;
                int ppo = i > 1 ? top.parent.outcome : other;
                System.arraycopy(base[i], 0, scores, 0, outcomes);
                model.add(previousOutcome[po], scores);
                if (withPrevious[i] == null) {
                    withPrevious[i] = new int[outcomes * 2];
                    Arrays.fill(withPrevious[i], NOT_LOOKED_UP);
                    tokenClasses[i] = FeatureGeneratorUtil.tokenFeature(tokens[i]);
                }
                if (withPrevious[i][2 * po] == NOT_LOOKED_UP) {
                    withPrevious[i][2 * po] = model.id("pow=", model.outcome(po), ',', tokens[i]);
                    withPrevious[i][2 * po + 1] = model.id("powf=", model.outcome(po), ',', tokenClasses[i]);
                }
                model.add(withPrevious[i][2 * po], scores);
                model.add(withPrevious[i][2 * po + 1], scores);
                model.add(previousPreviousOutcome[ppo], scores);
                // log probabilities: OpenNLP normalizes with exp and takes the log of each probability it keeps
                double max = scores[0];
                for (int o = 1; o < outcomes; o++) {
                    max = Math.max(max, scores[o]);
                }
                double sum = 0;
                for (int o = 0; o < outcomes; o++) {
                    sum += Math.exp(scores[o] - max);
                }
                double logTotal = max + Math.log(sum);
                System.arraycopy(scores, 0, sorted, 0, outcomes);
                Arrays.sort(sorted);
                double min = sorted[Math.max(0, outcomes - beamSize)];
                boolean[] allowed = valid[top.outcome + 1];
                for (int o = 0; o < outcomes; o++) {
                    if (scores[o] >= min && allowed[o]) {
                        double score = top.score + scores[o] - logTotal;
                        if (score > MIN_SEQUENCE_SCORE) {
                            next.add(new Hypothesis(top, o, i + 1, score));
                        }
                    }
                }
                if (next.isEmpty()) {
                    for (int o = 0; o < outcomes; o++) {
                        if (allowed[o]) {
                            next.add(new Hypothesis(top, o, i + 1, top.score + scores[o] - logTotal));
                        }
                    }
                }
            }
            next.sort((a, b) -> Double.compare(b.score, a.score));
            List<Hypothesis> swap = beam;
            beam = next;
            next = swap;
        }
        int[] best = new int[n];
        for (Hypothesis h = beam.get(0); h.length > 0; h = h.parent) {
            best[h.length - 1] = h.outcome;
        }
        return best;
    }
}
