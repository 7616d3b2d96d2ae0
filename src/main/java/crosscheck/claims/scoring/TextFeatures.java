package crosscheck.claims.scoring;

import java.util.Arrays;
import java.util.Locale;

/**
 * Hashes a tokenized sentence into sparse feature indices: lower-cased words and crude lemmas (plural, -ed and -ing
 * stripped; numbers as {@code <num>} or {@code <year>}), lemma bigrams and trigrams with sentence boundaries, UPOS
 * unigrams to trigrams, lemma/next-tag and previous-tag/lemma pairs, and a length bucket. Each feature's bucket
 * mixes the {@link String#hashCode()} of its parts (specified by the JDK, so stable across runs and machines) with
 * MurmurHash3's steps, masked to {@code bits}; no feature string is built. Thread-safe (stateless).
 */
final class TextFeatures {
    private static final String START = "<s>";
    private static final String END = "</s>";

    private final int bits;
    private final int mask;

    TextFeatures(int bits) {
        if (bits < 8 || bits > 26) {
            throw new IllegalArgumentException("hash bits must lie in [8, 26]: " + bits);
        }
        this.bits = bits;
        this.mask = (1 << bits) - 1;
    }

    int bits() {
        return bits;
    }

    int size() {
        return 1 << bits;
    }

    /** The feature indices of a sentence, one per feature occurrence (an index may repeat). */
    int[] extract(String[] words, String[] tags) {
        int n = words.length;
        int[] lemmas = new int[n + 2];
        int[] lowers = new int[n];
        int[] tagCodes = new int[n + 2];
        int boundary = START.hashCode();
        int end = END.hashCode();
        lemmas[0] = boundary;
        tagCodes[0] = boundary;
        for (int i = 0; i < n; i++) {
            String lower = normalize(words[i]);
            lowers[i] = lower.hashCode();
            lemmas[i + 1] = lemma(lower).hashCode();
            tagCodes[i + 1] = tags[i].hashCode();
        }
        lemmas[n + 1] = end;
        tagCodes[n + 1] = end;
        // position p in lemmas/tagCodes is token p - 1; 0 and n + 1 are the sentence boundaries
        int[] out = new int[9 * n + 8];
        int k = 0;
        out[k++] = index(combine(Kind.LENGTH, lengthBucket(n).hashCode(), 0, 0));
        for (int p = 1; p <= n + 1; p++) {
            if (p <= n) {
                out[k++] = index(combine(Kind.LEMMA, lemmas[p], 0, 0));
                out[k++] = index(combine(Kind.WORD, lowers[p - 1], 0, 0));
                out[k++] = index(combine(Kind.TAG, tagCodes[p], 0, 0));
                out[k++] = index(combine(Kind.TAG_LEMMA, tagCodes[p - 1], lemmas[p], 0));
                out[k++] = index(combine(Kind.LEMMA_TAG, lemmas[p], tagCodes[p + 1], 0));
            }
            out[k++] = index(combine(Kind.BIGRAM, lemmas[p - 1], lemmas[p], 0));
            out[k++] = index(combine(Kind.TAG_BIGRAM, tagCodes[p - 1], tagCodes[p], 0));
            out[k++] = index(combine(Kind.TAG_TRIGRAM, p > 1 ? tagCodes[p - 2] : boundary, tagCodes[p - 1], tagCodes[p]));
            if (p > 1) {
                out[k++] = index(combine(Kind.TRIGRAM, lemmas[p - 2], lemmas[p - 1], lemmas[p]));
            }
        }
        return Arrays.copyOf(out, k);
    }

    /** The kinds of feature; each mixes its parts under its own seed. */
    private enum Kind { LENGTH, LEMMA, WORD, TAG, TAG_LEMMA, LEMMA_TAG, BIGRAM, TAG_BIGRAM, TAG_TRIGRAM, TRIGRAM, NAMED }

    /** The hash bucket of one named feature (outside the sentence features, such as a corpus marker). */
    int index(String feature) {
        return index(combine(Kind.NAMED, feature.hashCode(), 0, 0));
    }

    private static int combine(Kind kind, int a, int b, int c) {
        int h = 0x9747b28c + kind.ordinal() * 0x61c88647;
        h = mixIn(h, a);
        h = mixIn(h, b);
        return mixIn(h, c);
    }

    private static int mixIn(int h, int part) {
        int k = part * 0xcc9e2d51;
        k = Integer.rotateLeft(k, 15) * 0x1b873593;
        h ^= k;
        return Integer.rotateLeft(h, 13) * 5 + 0xe6546b64;
    }

    private int index(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h & mask;
    }

    private static String lengthBucket(int n) {
        if (n <= 3) {
            return "3";
        } else if (n <= 6) {
            return "6";
        } else if (n <= 10) {
            return "10";
        } else if (n <= 15) {
            return "15";
        } else if (n <= 25) {
            return "25";
        } else if (n <= 40) {
            return "40";
        }
        return "long";
    }

    /** Lower case, curly apostrophes straightened, numbers reduced to their kind. */
    static String normalize(String word) {
        String lower = word.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'');
        boolean digit = false;
        for (int i = 0; i < lower.length() && !digit; i++) {
            digit = Character.isDigit(lower.charAt(i));
        }
        if (!digit) {
            return lower;
        }
        if (lower.length() == 4 && (lower.startsWith("19") || lower.startsWith("20"))) {
            return "<year>";
        }
        return lower.endsWith("%") ? "<num>%" : "<num>";
    }

    /** A crude lemma: good enough to share weight between "tax" and "taxes", "cut" and "cutting". */
    static String lemma(String lower) {
        int n = lower.length();
        if (n > 4 && lower.endsWith("ies")) {
            return lower.substring(0, n - 3) + "y";
        }
        if (n > 4 && lower.endsWith("sses")) {
            return lower.substring(0, n - 2);
        }
        if (n > 3 && lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us") && !lower.endsWith("is")
                && !lower.endsWith("'s")) {
            return lower.substring(0, n - 1);
        }
        if (n > 5 && lower.endsWith("ing")) {
            return lower.substring(0, n - 3);
        }
        if (n > 4 && lower.endsWith("ed")) {
            return lower.substring(0, n - 2);
        }
        return lower;
    }
}
