package crosscheck.nlp.ner;

import crosscheck.nlp.FeatureWriter;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * All features of our name finder in one pass per sentence: words and shapes in a window of two, POS tags, affixes,
 * bigrams, sentence position, gazetteer membership (longest match, begin/inside), the {@link WordClusters} of the
 * word (at every level) and of the words within two of it (at the middle level), and a document-level map of the
 * last outcome seen for each word. Tokens arrive encoded by {@link NerTokens#encode}.
 * Not thread-safe (it caches the current sentence and keeps document state), like every OpenNLP generator:
 * each {@code NameFinderME} owns one.
 */
final class NerFeatureGenerator implements AdaptiveFeatureGenerator {
    static final int WINDOW = 2;
    private static final int MAX_SUFFIX = 4;
    private static final int MAX_PREFIX = 3;
    static final String START = "<s>";
    static final String END = "</s>";
    static final String[] WINDOW_WORD = {"w-2=", "w-1=", "w=", "w1=", "w2="};
    static final String[] WINDOW_SHAPE = {"s-2=", "s-1=", "s=", "s1=", "s2="};
    private static final String[] SUFFIX = {null, "suf1=", "suf2=", "suf3=", "suf4="};
    private static final String[] PREFIX = {null, "pre1=", "pre2=", "pre3="};
    /** The features of a word's cluster at each level, at offset 0. */
    private static final String[] CLUSTER = {"c0=", "c1=", "c2=", "c3="};
    private static final String[] NEIGHBOUR_CLUSTER = {"c-=2:", "c-=1:", null, "c+=1:", "c+=2:"};
    /** The level of the clusters of the words beside the token (of 64, 512, 2048 clusters: 512). */
    private static final int NEIGHBOUR_LEVEL = 1;

    private final Gazetteer gazetteer;
    private final WordClusters clusters;
    private final Map<String, String> previousOutcomes = new HashMap<>();

    private String[] cachedTokens;
    private String[] cachedLowerWords;
    private List<String>[] cachedFeatures;

    NerFeatureGenerator(Gazetteer gazetteer, WordClusters clusters) {
        this.gazetteer = gazetteer;
        this.clusters = clusters;
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        if (tokens != cachedTokens) {
            cachedLowerWords = new String[tokens.length];
            for (int i = 0; i < tokens.length; i++) {
                cachedLowerWords[i] = lowerWord(tokens[i]);
            }
            cachedFeatures = sentenceFeatures(gazetteer, clusters, tokens, cachedLowerWords);
            cachedTokens = tokens;
        }
        features.addAll(cachedFeatures[index]);
        if (this.previousOutcomes.isEmpty()) {
            return;
        }
        String previous = this.previousOutcomes.get(cachedLowerWords[index]);
        if (previous != null) {
            features.add("pd=" + previous);
        }
    }

    @Override
    public void updateAdaptiveData(String[] tokens, String[] outcomes) {
        for (int i = 0; i < tokens.length; i++) {
            previousOutcomes.put(lowerWord(tokens[i]), outcomes[i]);
        }
    }

    @Override
    public void clearAdaptiveData() {
        previousOutcomes.clear();
    }

    private static String lowerWord(String encoded) {
        return NerTokens.lower(NerTokens.word(encoded));
    }

    /** The features of each token of one sentence that do not depend on earlier decisions, as strings. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static List<String>[] sentenceFeatures(Gazetteer gazetteer, WordClusters clusters, String[] tokens,
                                           String[] lower) {
        List<String>[] result = new List[tokens.length];
        sentenceFeatures(gazetteer, clusters, tokens, lower, new FeatureWriter() {
            private List<String> features;

            @Override
            public void startToken(int index) {
                features = new ArrayList<>(64);
                result[index] = features;
            }

            @Override
            public void emit() {
                features.add(feature());
            }
        });
        return result;
    }

    /**
     * Writes the features of each token of one sentence that do not depend on earlier decisions to {@code out},
     * calling {@link FeatureWriter#startToken} before each token's.
     */
    static void sentenceFeatures(Gazetteer gazetteer, WordClusters clusters, String[] tokens, String[] lower,
                                 FeatureWriter out) {
        Sentence sentence = new Sentence(gazetteer, tokens, lower);
        for (int i = 0; i < tokens.length; i++) {
            out.startToken(i);
            for (int offset = -WINDOW; offset <= WINDOW; offset++) {
                wordFeatures(clusters, offset, sentence.word(i + offset), out);
                shapeFeatures(offset, sentence.shape(i + offset), out);
            }
            contextFeatures(sentence, i, out);
        }
    }

    /** A sentence prepared for feature generation: words, shapes, POS tags and gazetteer marks. */
    static final class Sentence {
        final String[] words;
        final String[] lower;
        final String[] shapes;
        final String[] pos;
        final int[] marks;
        final boolean lowerCase;
        final boolean upperCase;

        Sentence(Gazetteer gazetteer, String[] tokens, String[] lower) {
            int n = tokens.length;
            this.lower = lower;
            this.words = new String[n];
            this.shapes = new String[n];
            this.pos = new String[n];
            boolean lowerCaseSentence = true;
            boolean upperCaseSentence = n > 2;
            for (int i = 0; i < n; i++) {
                words[i] = NerTokens.word(tokens[i]);
                shapes[i] = NerTokens.shape(words[i]);
                pos[i] = NerTokens.pos(tokens[i]);
                lowerCaseSentence &= !NerTokens.isCapitalized(words[i]);
                upperCaseSentence &= words[i].equals(words[i].toUpperCase(Locale.ROOT));
            }
            this.lowerCase = lowerCaseSentence;
            this.upperCase = upperCaseSentence;
            this.marks = gazetteer.match(lower);
        }

        /** The lower-cased word at {@code j}, or the sentence-boundary marker outside the sentence. */
        String word(int j) {
            return j < 0 ? START : j >= lower.length ? END : lower[j];
        }

        String shape(int j) {
            return j < 0 ? START : j >= shapes.length ? END : shapes[j];
        }
    }

    /**
     * The features a lower-cased word (or a boundary marker) gives the token {@code offset} positions away from it;
     * at offset 0, the token's own: the word, its clusters, its suffixes and prefixes; beside it, the word and its
     * middle-level cluster.
     */
    static void wordFeatures(WordClusters clusters, int offset, String word, FeatureWriter out) {
        if (offset != 0) {
            out.begin(WINDOW_WORD[offset + WINDOW]).append(word).emit();
            int cluster = clusters.cluster(word, Math.min(NEIGHBOUR_LEVEL, clusters.levels() - 1));
            if (cluster >= 0) {
                out.begin(NEIGHBOUR_CLUSTER[offset + WINDOW]).append(cluster).emit();
            }
            return;
        }
        out.begin("w=").append(word).emit();
        int coarse = clusters.cluster(word, 0);
        if (coarse < 0) {
            out.begin("c=-").emit(); // a word outside the clusters' vocabulary, rare in news and Wikipedia
        } else {
            out.begin(CLUSTER[0]).append(coarse).emit();
            for (int level = 1; level < clusters.levels(); level++) {
                out.begin(CLUSTER[level]).append(clusters.cluster(word, level)).emit();
            }
        }
        for (int k = 1; k <= MAX_SUFFIX && k < word.length(); k++) {
            out.begin(SUFFIX[k]).append(word, word.length() - k, word.length()).emit();
        }
        for (int k = 1; k <= MAX_PREFIX && k < word.length(); k++) {
            out.begin(PREFIX[k]).append(word, 0, k).emit();
        }
    }

    /** The feature a word shape (or a boundary marker) gives the token {@code offset} positions away from it. */
    static void shapeFeatures(int offset, String shape, FeatureWriter out) {
        out.begin(WINDOW_SHAPE[offset + WINDOW]).append(shape).emit();
    }

    /** The other features of token {@code i}: POS tags, bigrams, position, case, gazetteer membership. */
    static void contextFeatures(Sentence sentence, int i, FeatureWriter out) {
        int n = sentence.words.length;
        String[] pos = sentence.pos;
        String word = sentence.lower[i];
        String shape = sentence.shapes[i];
        out.begin("p=").append(pos[i]).emit();
        out.begin("ps=").append(pos[i]).append(shape).emit();
        out.begin("p-1=").append(i > 0 ? pos[i - 1] : "-").emit();
        out.begin("p1=").append(i + 1 < n ? pos[i + 1] : "-").emit();
        String previousShape = sentence.shape(i - 1);
        String nextShape = sentence.shape(i + 1);
        out.begin("bw=").append(sentence.word(i - 1)).append('|').append(word).emit();
        out.begin("wb=").append(word).append('|').append(sentence.word(i + 1)).emit();
        out.begin("bs=").append(previousShape).append('|').append(shape).emit();
        out.begin("sb=").append(shape).append('|').append(nextShape).emit();
        out.begin("sss=").append(previousShape).append('|').append(shape).append('|').append(nextShape).emit();
        if (i == 0) {
            out.begin("bos").emit();
            out.begin("bos=").append(shape).emit();
        }
        if (sentence.lowerCase) {
            out.begin("lcs").emit();
        } else if (sentence.upperCase) {
            out.begin("ucs").emit();
        }
        String[] words = sentence.words;
        if (i > 0 && NerTokens.isCapitalized(words[i]) && NerTokens.isCapitalized(words[i - 1])) {
            out.begin("capseq-1").emit();
        }
        if (i + 1 < n && NerTokens.isCapitalized(words[i]) && NerTokens.isCapitalized(words[i + 1])) {
            out.begin("capseq+1").emit();
        }
        addGazetteer(out, sentence.marks, i, n, shape);
    }

    private static void addGazetteer(FeatureWriter out, int[] marks, int i, int n, String shape) {
        int mark = marks[i];
        int previous = i > 0 ? marks[i - 1] : 0;
        int next = i + 1 < n ? marks[i + 1] : 0;
        if (mark == 0 && previous == 0 && next == 0) {
            return;
        }
        for (Gazetteer.NameList list : Gazetteer.NameList.values()) {
            String name = list.name();
            if (Gazetteer.begins(mark, list)) {
                out.begin("g=").append(name).append('B').emit();
                out.begin("gs=").append(name).append('B').append(shape).emit();
            } else if (Gazetteer.continues(mark, list)) {
                out.begin("g=").append(name).append('I').emit();
                out.begin("gs=").append(name).append('I').append(shape).emit();
            }
            if (i > 0 && (Gazetteer.begins(previous, list) || Gazetteer.continues(previous, list))) {
                out.begin("g-1=").append(name).emit();
            }
            if (i + 1 < n && Gazetteer.begins(next, list)) {
                out.begin("g+1=").append(name).emit();
            }
        }
    }
}
