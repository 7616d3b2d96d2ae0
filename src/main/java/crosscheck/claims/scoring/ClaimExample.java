package crosscheck.claims.scoring;

import crosscheck.claims.Evidence;
import crosscheck.model.ClaimType;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One labelled sentence of a training or evaluation corpus, already analysed: its tokens with their UPOS tags and the
 * evidence the claim stage found in it. {@code group} is the debate it comes from (for splits and per-debate ranking),
 * {@code line} its place there; {@code speaker} is empty unless the corpus records turns (see
 * {@link ClaimCorpora.RawSentence}); {@code factual} is ClaimBuster's factual/non-factual label, null elsewhere.
 * Immutable; the arrays are not copied and must not be changed.
 */
record ClaimExample(Corpus corpus, String group, int line, String text, boolean positive, String[] words,
                    String[] tags, Evidence evidence, String speaker, Boolean factual) {
    /** Where an example comes from: the two corpora label check-worthiness at different base rates. */
    enum Corpus { CLAIMBUSTER, CHECKTHAT }

    private static final char TOKEN_SEPARATOR = '\u0001';
    private static final int FIELDS = 17;

    ClaimExample {
        Objects.requireNonNull(corpus, "corpus");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(speaker, "speaker");
        if (words.length != tags.length) {
            throw new IllegalArgumentException("one tag per word: words=" + words.length + ", tags=" + tags.length);
        }
    }

    /** One tab-separated line for the feature cache; {@link #fromCacheLine} reads it back. */
    String toCacheLine() {
        List<String> types = new ArrayList<>();
        for (ClaimType type : evidence.types()) {
            types.add(type.name());
        }
        return String.join("\t", corpus.name(), group, Integer.toString(line), clean(text), positive ? "1" : "0",
                String.join(String.valueOf(TOKEN_SEPARATOR), words), String.join(String.valueOf(TOKEN_SEPARATOR), tags),
                String.join(",", types), Integer.toString(evidence.amounts()), Integer.toString(evidence.dates()),
                Integer.toString(evidence.names()), flag(evidence.opinion()), flag(evidence.callToAction()),
                flag(evidence.question()), Integer.toString(evidence.wordCount()), clean(speaker),
                factual == null ? "" : flag(factual));
    }

    static ClaimExample fromCacheLine(String line) {
        String[] f = line.split("\t", -1);
        if (f.length != FIELDS) {
            throw new IllegalArgumentException("a cache line has " + FIELDS + " fields, found " + f.length
                    + " (a cache from an older version? delete it to rebuild it): " + line);
        }
        Set<ClaimType> types = EnumSet.noneOf(ClaimType.class);
        if (!f[7].isEmpty()) {
            for (String type : f[7].split(",")) {
                types.add(ClaimType.valueOf(type));
            }
        }
        Evidence evidence = new Evidence(types, List.of(), Integer.parseInt(f[8]), Integer.parseInt(f[9]),
                Integer.parseInt(f[10]), "1".equals(f[11]), "1".equals(f[12]), "1".equals(f[13]), Integer.parseInt(f[14]));
        String separator = String.valueOf(TOKEN_SEPARATOR);
        String[] words = f[5].isEmpty() ? new String[0] : f[5].split(separator, -1);
        String[] tags = f[6].isEmpty() ? new String[0] : f[6].split(separator, -1);
        Boolean factual = f[16].isEmpty() ? null : "1".equals(f[16]);
        return new ClaimExample(Corpus.valueOf(f[0]), f[1], Integer.parseInt(f[2]), f[3], "1".equals(f[4]), words, tags,
                evidence, f[15], factual);
    }

    private static String flag(boolean value) {
        return value ? "1" : "0";
    }

    private static String clean(String value) {
        return value.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
