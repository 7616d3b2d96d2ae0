package crosscheck.nlp;

import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Part-of-speech tagging with OpenNLP's English UD model (Universal POS tags), decoded greedily: the model ships
 * with a beam of 3, which costs 1.4 times as much for no difference we could find (the two agreed on all 18,882
 * tokens of the sample article and GUM's dev documents).
 * <p>
 * The model's features (its descriptor: affixes, the words in a window of two, sentence start, token class, the two
 * previous tags) are generated here rather than by OpenNLP's configurable generator, with the same strings, and
 * looked up in a {@link MaxentTable}; the features of a word itself are scored once per document. Same tags as
 * OpenNLP's tagger with a beam of one, up to the rounding of sums ({@code OpenNlpPosTaggerTest} compares them).
 * Thread-safe: immutable.
 */
public final class OpenNlpPosTagger implements PosTagger {
    static final String POS_ARTIFACT = "pos.model";
    private static final int AFFIX_LENGTH = 4;
    private static final int WINDOW = 2;
    /** Words whose own features are scored once per document; beyond this many, once per occurrence. */
    private static final int MAX_CACHED_WORDS = 20_000;
    /** The features a lower-cased word gives the tokens 2 and 1 after it, itself, and the tokens 1 and 2 before it. */
    private static final String[] WINDOW_WORD = {"n2w=", "n1w=", "w=", "p1w=", "p2w="};
    private static final int ROLES = WINDOW_WORD.length;

    private final MaxentTable model;
    /** The scores every token starts from: the prior and the constant feature "def". */
    private final double[] start;
    /** Feature ids of "t=" + each tag, and of "t2=" + each pair of tags (row: the tag before the previous). */
    private final int[] previousTag;
    private final int[][] previousTags;
    /** Feature ids of "S=begin", "p1S=begin", "p2S=begin": the sentence start seen from the first three tokens. */
    private final int[] sentenceBegin;
    /**
     * Per lower-cased word the model has features for: the scores of the features it gives the token two after it,
     * one after it, itself, one before and two before ({@link #WINDOW_WORD}), computed the first time any document
     * meets the word. Other words give none ({@link #noWindowRow}).
     */
    private final Map<String, double[]> windowRows = new ConcurrentHashMap<>();
    private final double[] noWindowRow;

    /** A tagger over {@code models}' POS model; {@link OpenNlpModels#posTagger} shares one already built. */
    public OpenNlpPosTagger(OpenNlpModels models) {
        this(MaxentTable.of(Objects.requireNonNull(models.posModel().getArtifact(POS_ARTIFACT),
                "POS model has no " + POS_ARTIFACT)));
    }

    /** Reads a POS model file (an OpenNLP model archive) straight into a tagger, without OpenNLP's model objects. */
    static OpenNlpPosTagger read(InputStream modelFile) throws IOException {
        return new OpenNlpPosTagger(MaxentTable.readModelFile(modelFile, POS_ARTIFACT).table());
    }

    private OpenNlpPosTagger(MaxentTable model) {
        this.model = model;
        int tags = model.outcomeCount();
        this.previousTag = new int[tags];
        this.previousTags = new int[tags][tags];
        for (int t = 0; t < tags; t++) {
            previousTag[t] = model.id("t=" + model.outcome(t));
            for (int u = 0; u < tags; u++) {
                previousTags[t][u] = model.id("t2=" + model.outcome(t) + "," + model.outcome(u));
            }
        }
        this.sentenceBegin = new int[]{model.id("S=begin"), model.id("p1S=begin"), model.id("p2S=begin")};
        this.start = new double[tags];
        model.prior(start);
        model.add(model.id("def"), start);
        this.noWindowRow = new double[ROLES * tags];
    }

    private double[] windowRowOf(String lower) {
        double[] row = windowRows.get(lower);
        if (row != null) {
            return row;
        }
        for (String prefix : WINDOW_WORD) {
            if (model.id(prefix, lower) != MaxentTable.UNKNOWN) {
                return windowRows.computeIfAbsent(lower, this::windowRow);
            }
        }
        return noWindowRow;
    }

    private double[] windowRow(String lower) {
        int tags = model.outcomeCount();
        double[] row = new double[ROLES * tags];
        double[] scores = new double[tags];
        for (int role = 0; role < ROLES; role++) {
            Arrays.fill(scores, 0);
            model.add(model.id(WINDOW_WORD[role], lower), scores);
            System.arraycopy(scores, 0, row, role * tags, tags);
        }
        return row;
    }

    @Override
    public List<String> tag(List<String> tokens) {
        return tag(tokens, new HashMap<>());
    }

    /** Tags the sentences of one document, scoring each distinct word's own features once for all of them. */
    @Override
    public List<List<String>> tagDocument(List<List<String>> sentences) {
        Map<String, double[]> wordScores = new HashMap<>();
        List<List<String>> tags = new ArrayList<>(sentences.size());
        for (List<String> sentence : sentences) {
            tags.add(tag(sentence, wordScores));
        }
        return tags;
    }

    private List<String> tag(List<String> tokens, Map<String, double[]> wordScores) {
        int n = tokens.size();
        if (n == 0) {
            return List.of();
        }
        String[] words = tokens.toArray(String[]::new);
        String[] lower = new String[n];
        for (int i = 0; i < n; i++) {
            lower[i] = StringUtil.toLowerCase(words[i]);
        }
        int outcomes = model.outcomeCount();
        double[][] rows = new double[n][];
        for (int i = 0; i < n; i++) {
            rows[i] = windowRowOf(lower[i]);
        }
        double[] scores = new double[outcomes];
        int[] tags = new int[n];
        List<String> result = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            System.arraycopy(start, 0, scores, 0, outcomes);
            double[] own = wordScores.get(words[i]);
            if (own == null) {
                own = new double[outcomes];
                addWordFeatures(words[i], lower[i], own);
                if (wordScores.size() < MAX_CACHED_WORDS) {
                    wordScores.put(words[i], own);
                }
            }
            for (int o = 0; o < outcomes; o++) {
                scores[o] += own[o];
            }
            for (int j = Math.max(0, i - WINDOW); j <= Math.min(n - 1, i + WINDOW); j++) {
                // what word j gives a token at i - j from it
                double[] row = rows[j];
                int from = (i - j + WINDOW) * outcomes;
                for (int o = 0; o < outcomes; o++) {
                    scores[o] += row[from + o];
                }
            }
            if (i < sentenceBegin.length) {
                model.add(sentenceBegin[i], scores);
            }
            if (i > 0) {
                model.add(previousTag[tags[i - 1]], scores);
                if (i > 1) {
                    model.add(previousTags[tags[i - 2]][tags[i - 1]], scores);
                }
            }
            tags[i] = model.best(scores);
            result.add(model.outcome(tags[i]));
        }
        return result;
    }

    /** The case-sensitive features of a word itself: affixes and its token class. */
    private void addWordFeatures(String word, String lower, double[] scores) {
        int length = word.length();
        for (int k = 1; k <= Math.min(AFFIX_LENGTH, length); k++) {
            model.add(model.id("suf=", word, length - k, length), scores);
        }
        for (int k = 1; k <= Math.min(AFFIX_LENGTH, length); k++) {
            model.add(model.id("pre=", word, 0, k), scores);
        }
        String tokenClass = FeatureGeneratorUtil.tokenFeature(word);
        model.add(model.id("wc=", tokenClass), scores);
        model.add(model.id("w&c=", lower, ',', tokenClass), scores);
    }
}
