package crosscheck.nlp.ner;

import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * All features of our name finder in one pass per sentence: words and shapes in a window of two, POS tags, affixes,
 * bigrams, sentence position, gazetteer membership (longest match, begin/inside) and a document-level map of the
 * last outcome seen for each word. Tokens arrive encoded by {@link NerTokens#encode}.
 * Not thread-safe (it caches the current sentence and keeps document state), like every OpenNLP generator:
 * each {@code NameFinderME} owns one.
 */
final class NerFeatureGenerator implements AdaptiveFeatureGenerator {
    private static final int WINDOW = 2;
    private static final int MAX_SUFFIX = 4;
    private static final int MAX_PREFIX = 3;

    private final Gazetteer gazetteer;
    private final Map<String, String> previousOutcomes = new HashMap<>();

    private String[] cachedTokens;
    private String[] cachedLowerWords;
    private List<String>[] cachedFeatures;

    NerFeatureGenerator(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        if (tokens != cachedTokens) {
            cachedLowerWords = new String[tokens.length];
            for (int i = 0; i < tokens.length; i++) {
                cachedLowerWords[i] = lowerWord(tokens[i]);
            }
            cachedFeatures = computeSentence(tokens, cachedLowerWords);
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

    @SuppressWarnings({"unchecked", "rawtypes"})
    private List<String>[] computeSentence(String[] tokens, String[] lower) {
        int n = tokens.length;
        String[] words = new String[n];
        String[] shapes = new String[n];
        String[] pos = new String[n];
        for (int i = 0; i < n; i++) {
            words[i] = NerTokens.word(tokens[i]);
            shapes[i] = NerTokens.shape(words[i]);
            pos[i] = NerTokens.pos(tokens[i]);
        }
        int[] marks = gazetteer.match(lower);
        boolean lowerCaseSentence = Arrays.stream(words).noneMatch(NerTokens::isCapitalized);
        boolean upperCaseSentence = n > 2 && Arrays.stream(words).allMatch(w -> w.equals(w.toUpperCase(Locale.ROOT)));
        List<String>[] result = new List[n];
        for (int i = 0; i < n; i++) {
            List<String> f = new ArrayList<>(64);
            String word = lower[i];
            String shape = shapes[i];
            f.add("w=" + word);
            f.add("s=" + shape);
            f.add("p=" + pos[i]);
            f.add("ps=" + pos[i] + shape);
            for (int offset = -WINDOW; offset <= WINDOW; offset++) {
                if (offset == 0) {
                    continue;
                }
                int j = i + offset;
                String w = j < 0 ? "<s>" : j >= n ? "</s>" : lower[j];
                String s = j < 0 ? "<s>" : j >= n ? "</s>" : shapes[j];
                f.add("w" + offset + "=" + w);
                f.add("s" + offset + "=" + s);
                if (offset == -1 || offset == 1) {
                    f.add("p" + offset + "=" + (j < 0 || j >= n ? "-" : pos[j]));
                }
            }
            String previousWord = i > 0 ? lower[i - 1] : "<s>";
            String nextWord = i + 1 < n ? lower[i + 1] : "</s>";
            f.add("bw=" + previousWord + "|" + word);
            f.add("wb=" + word + "|" + nextWord);
            f.add("bs=" + (i > 0 ? shapes[i - 1] : "<s>") + "|" + shape);
            f.add("sb=" + shape + "|" + (i + 1 < n ? shapes[i + 1] : "</s>"));
            f.add("sss=" + (i > 0 ? shapes[i - 1] : "<s>") + "|" + shape + "|" + (i + 1 < n ? shapes[i + 1] : "</s>"));
            for (int k = 1; k <= MAX_SUFFIX && k < word.length(); k++) {
                f.add("suf" + k + "=" + word.substring(word.length() - k));
            }
            for (int k = 1; k <= MAX_PREFIX && k < word.length(); k++) {
                f.add("pre" + k + "=" + word.substring(0, k));
            }
            if (i == 0) {
                f.add("bos");
                f.add("bos=" + shape);
            }
            if (lowerCaseSentence) {
                f.add("lcs");
            } else if (upperCaseSentence) {
                f.add("ucs");
            }
            if (i > 0 && NerTokens.isCapitalized(words[i]) && NerTokens.isCapitalized(words[i - 1])) {
                f.add("capseq-1");
            }
            if (i + 1 < n && NerTokens.isCapitalized(words[i]) && NerTokens.isCapitalized(words[i + 1])) {
                f.add("capseq+1");
            }
            addGazetteer(f, marks, i, n, shape);
            result[i] = f;
        }
        return result;
    }

    private static void addGazetteer(List<String> f, int[] marks, int i, int n, String shape) {
        int mark = marks[i];
        for (Gazetteer.NameList list : Gazetteer.NameList.values()) {
            String name = list.name();
            if (Gazetteer.begins(mark, list)) {
                f.add("g=" + name + "B");
                f.add("gs=" + name + "B" + shape);
            } else if (Gazetteer.continues(mark, list)) {
                f.add("g=" + name + "I");
                f.add("gs=" + name + "I" + shape);
            }
            if (i > 0 && (Gazetteer.begins(marks[i - 1], list) || Gazetteer.continues(marks[i - 1], list))) {
                f.add("g-1=" + name);
            }
            if (i + 1 < n && Gazetteer.begins(marks[i + 1], list)) {
                f.add("g+1=" + name);
            }
        }
    }
}
