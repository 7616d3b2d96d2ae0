package crosscheck.nlp.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

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
    /** Combining marks, left over from accented letters after canonical decomposition. */
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    static final int MAX_ENTRY_TOKENS = 8;
    private static final int PREFIX_BIT = 1 << 30;
    private static final int LISTS = NameList.values().length;

    /**
     * Entry (tokens joined by single spaces) → bit set of the lists holding it, plus {@link #PREFIX_BIT} for prefixes;
     * keyed by a 64-bit hash of the entry's characters, not the entry itself (see {@link HashTable}).
     */
    private final HashTable entries;

    private Gazetteer(HashTable entries) {
        this.entries = entries;
    }

    static Gazetteer load() {
        HashTable entries = new HashTable(1 << 19);
        for (NameList list : NameList.values()) {
            read(list.resource(), list, entries);
        }
        return new Gazetteer(entries);
    }

    /** A gazetteer of one list read from one class-path resource. */
    static Gazetteer loadResource(String resource, NameList list) {
        HashTable entries = new HashTable(1 << 8);
        read(resource, list, entries);
        return new Gazetteer(entries);
    }

    /** Reads one list: a line an entry; blank lines and lines starting with '#' are skipped. */
    private static void read(String resource, NameList list, HashTable entries) {
        String lines;
        try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
            Objects.requireNonNull(in, () -> "gazetteer missing from the class path: " + resource);
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer " + resource, e);
        }
        // one pass over the text without building a string per line: the city list alone has 155,784 lines
        for (int start = 0, n = lines.length(); start < n; ) {
            int end = lines.indexOf('\n', start);
            if (end < 0) {
                end = n;
            }
            int from = start;
            int to = end;
            while (from < to && Character.isWhitespace(lines.charAt(from))) {
                from++;
            }
            while (to > from && Character.isWhitespace(lines.charAt(to - 1))) {
                to--;
            }
            if (from < to && lines.charAt(from) != '#') {
                add(entries, lines, from, to, list.bit);
            }
            start = end + 1;
        }
    }

    /** A gazetteer over the given entries, for tests. */
    static Gazetteer of(Map<NameList, List<String>> lists) {
        HashTable entries = new HashTable(1 << 8);
        lists.forEach((list, names) -> names.forEach(name -> add(entries, name, 0, name.length(), list.bit)));
        return new Gazetteer(entries);
    }

    /** Adds the entry {@code text[from, to)} to {@code bit}'s list, and its prefixes that end before a space. */
    private static void add(HashTable entries, String text, int from, int to, int bit) {
        int spaces = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == ' ') {
                spaces++;
            }
        }
        if (spaces + 1 > MAX_ENTRY_TOKENS) {
            return;
        }
        long hash = HashTable.EMPTY_HASH;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                entries.orInto(hash, PREFIX_BIT);
            }
            hash = HashTable.extend(hash, c);
        }
        entries.orInto(hash, bit);
    }

    /**
     * Whether the lower-cased single token is an entry of {@code list}; a given name is found without its accents too,
     * since the name lists spell many without them ("Hélène" as "helene").
     */
    boolean contains(NameList list, String lowerToken) {
        if ((entries.bits(HashTable.extend(HashTable.EMPTY_HASH, lowerToken)) & list.bit) != 0) {
            return true;
        }
        if (list != NameList.GIVEN || lowerToken.chars().allMatch(c -> c < 128)) {
            return false;
        }
        String folded = MARKS.matcher(Normalizer.normalize(lowerToken, Normalizer.Form.NFD)).replaceAll("");
        return !folded.equals(lowerToken)
                && (entries.bits(HashTable.extend(HashTable.EMPTY_HASH, folded)) & list.bit) != 0;
    }

    /** Whether any of {@code lists} holds the lower-cased name ({@link #contains}). */
    boolean containsAny(String lowerName, NameList... lists) {
        for (NameList list : lists) {
            if (contains(list, lowerName)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the organization list holds the name (lower-cased, tokens one space apart) and no list of places, people
     * or common words does: "gazprom", "rosneft", not "jordan" or "shell".
     */
    boolean isOrganizationOnly(String lowerName) {
        int bits = entries.bits(HashTable.extend(HashTable.EMPTY_HASH, lowerName));
        int others = NameList.LOC.bit | NameList.CITY.bit | NameList.PER.bit | NameList.GIVEN.bit | NameList.SURNAME.bit
                | NameList.COMMON.bit;
        return (bits & NameList.ORG.bit) != 0 && (bits & others) == 0;
    }

    /**
     * Marks, per token, where the longest entry of each list begins ({@code bit}) and continues ({@code bit << LISTS}).
     * Entries of one list do not overlap; entries of different lists may.
     */
    int[] match(String[] lowerTokens) {
        int n = lowerTokens.length;
        int[] marks = new int[n];
        int[] coveredUntil = new int[LISTS];
        int[] longest = new int[LISTS];
        for (int start = 0; start < n; start++) {
            Arrays.fill(longest, 0);
            long hash = HashTable.EMPTY_HASH;
            for (int end = start; end < n && end - start < MAX_ENTRY_TOKENS; end++) {
                if (end > start) {
                    hash = HashTable.extend(hash, ' ');
                }
                hash = HashTable.extend(hash, lowerTokens[end]);
                int bits = entries.bits(hash);
                if (bits == 0) {
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
