package crosscheck.nlp.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Name lists (places, organizations, people, given names, surnames, demonyms, titles) matched against lower-cased
 * token sequences, longest match first. Loaded once from the class path. Thread-safe: immutable after loading.
 */
final class Gazetteer {
    /** The lists, in bit order; each is a resource {@code /crosscheck/ner/NAME.txt} of lower-cased, space-tokenized entries. */
    enum NameList {
        LOC, ORG, PER, GIVEN, SURNAME, DEMONYM, TITLE, COMMON, CITY;

        final int bit = 1 << ordinal();

        String resource() {
            return RESOURCE_DIR + name().toLowerCase() + ".txt";
        }
    }

    static final String RESOURCE_DIR = "/crosscheck/ner/";
    static final int MAX_ENTRY_TOKENS = 8;
    private static final int PREFIX_BIT = 1 << 30;
    private static final int LISTS = NameList.values().length;

    /** Entry (tokens joined by single spaces) → bit set of the lists holding it, plus {@link #PREFIX_BIT} for prefixes. */
    private final Map<String, Integer> entries;

    private Gazetteer(Map<String, Integer> entries) {
        this.entries = entries;
    }

    static Gazetteer load() {
        Map<String, Integer> entries = new HashMap<>(1 << 19);
        for (NameList list : NameList.values()) {
            read(list.resource(), list, entries);
        }
        return new Gazetteer(entries);
    }

    /** A gazetteer of one list read from one class-path resource. */
    static Gazetteer loadResource(String resource, NameList list) {
        Map<String, Integer> entries = new HashMap<>();
        read(resource, list, entries);
        return new Gazetteer(entries);
    }

    /** Reads one list: a line an entry; blank lines and lines starting with '#' are skipped. */
    private static void read(String resource, NameList list, Map<String, Integer> entries) {
        String lines;
        try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
            Objects.requireNonNull(in, () -> "gazetteer missing from the class path: " + resource);
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer " + resource, e);
        }
        // one pass over the text without a reader or splitting: the city list alone has 155,784 lines
        for (int start = 0, n = lines.length(); start < n; ) {
            int end = lines.indexOf('\n', start);
            if (end < 0) {
                end = n;
            }
            String line = lines.substring(start, end).strip();
            if (!line.isEmpty() && line.charAt(0) != '#') {
                add(entries, line, list.bit);
            }
            start = end + 1;
        }
    }

    /** A gazetteer over the given entries, for tests. */
    static Gazetteer of(Map<NameList, List<String>> lists) {
        Map<String, Integer> entries = new HashMap<>();
        lists.forEach((list, names) -> names.forEach(name -> add(entries, name, list.bit)));
        return new Gazetteer(entries);
    }

    private static void add(Map<String, Integer> entries, String entry, int bit) {
        int spaces = 0;
        for (int i = entry.indexOf(' '); i >= 0; i = entry.indexOf(' ', i + 1)) {
            spaces++;
        }
        if (spaces + 1 > MAX_ENTRY_TOKENS) {
            return;
        }
        orInto(entries, entry, bit);
        for (int i = entry.indexOf(' '); i >= 0; i = entry.indexOf(' ', i + 1)) {
            orInto(entries, entry.substring(0, i), PREFIX_BIT);
        }
    }

    private static void orInto(Map<String, Integer> entries, String key, int bit) {
        Integer bits = entries.get(key);
        entries.put(key, bits == null ? bit : bits | bit);
    }

    /** Whether the lower-cased single token is an entry of {@code list}. */
    boolean contains(NameList list, String lowerToken) {
        Integer bits = entries.get(lowerToken);
        return bits != null && (bits & list.bit) != 0;
    }

    /**
     * Marks, per token, where the longest entry of each list begins ({@code bit}) and continues ({@code bit << LISTS}).
     * Entries of one list do not overlap; entries of different lists may.
     */
    int[] match(String[] lowerTokens) {
        int n = lowerTokens.length;
        int[] marks = new int[n];
        int[] coveredUntil = new int[LISTS];
        StringBuilder key = new StringBuilder();
        int[] longest = new int[LISTS];
        for (int start = 0; start < n; start++) {
            Arrays.fill(longest, 0);
            key.setLength(0);
            for (int end = start; end < n && end - start < MAX_ENTRY_TOKENS; end++) {
                if (end > start) {
                    key.append(' ');
                }
                key.append(lowerTokens[end]);
                Integer bits = entries.get(key.toString());
                if (bits == null) {
                    break;
                }
                for (int list = 0; list < LISTS; list++) {
                    if ((bits & (1 << list)) != 0) {
                        longest[list] = end - start + 1;
                    }
                }
                if ((bits & PREFIX_BIT) == 0) {
                    break;
                }
            }
            for (int list = 0; list < LISTS; list++) {
                if (longest[list] > 0 && start >= coveredUntil[list]) {
                    marks[start] |= 1 << list;
                    for (int inside = start + 1; inside < start + longest[list]; inside++) {
                        marks[inside] |= 1 << (list + LISTS);
                    }
                    coveredUntil[list] = start + longest[list];
                }
            }
        }
        return marks;
    }

    static boolean begins(int mark, NameList list) {
        return (mark & list.bit) != 0;
    }

    static boolean continues(int mark, NameList list) {
        return (mark & (list.bit << LISTS)) != 0;
    }

    /** Splits a name into the tokens our tokenizer would produce, lower-cased (hyphens and possessive 's apart). */
    static List<String> tokenize(String name) {
        List<String> tokens = new ArrayList<>();
        for (String piece : name.strip().toLowerCase(Locale.ROOT).split("\\s+")) {
            if (piece.isEmpty()) {
                continue;
            }
            if (piece.endsWith(",")) {
                piece = piece.substring(0, piece.length() - 1);
            }
            String possessive = null;
            if (piece.endsWith("'s") && piece.length() > 2) {
                possessive = "'s";
                piece = piece.substring(0, piece.length() - 2);
            }
            int from = 0;
            for (int i = 0; i < piece.length(); i++) {
                if (piece.charAt(i) == '-' && piece.length() > 1) {
                    if (i > from) {
                        tokens.add(piece.substring(from, i));
                    }
                    tokens.add("-");
                    from = i + 1;
                }
            }
            if (from < piece.length()) {
                tokens.add(piece.substring(from));
            }
            if (possessive != null) {
                tokens.add(possessive);
            }
        }
        return tokens;
    }
}
