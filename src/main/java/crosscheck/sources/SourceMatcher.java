package crosscheck.sources;

import crosscheck.model.ClaimType;
import crosscheck.model.Entity;
import crosscheck.model.EntityType;
import crosscheck.model.Quote;
import crosscheck.model.QuoteKind;
import crosscheck.model.SourceKind;
import crosscheck.model.SourceLink;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Picks the places to check a claim against, best first, at most {@value #MAX_LINKS}: the links the article cites
 * in that sentence, the wire agency a quote was given to, primary sources chosen by the claim's types, keywords,
 * named bodies and jurisdiction, and a fact-check archive last. Builds URLs only from the registry's templates
 * with encoded terms; performs no network call. Thread-safe.
 */
public final class SourceMatcher {
    public static final int MAX_LINKS = 6;
    static final int MAX_PRIMARY = 3;
    static final int MAX_QUERY_WORDS = 8;
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}$£€%.,'’-]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[.,'’]+|[.,'’]+$");
    private static final Pattern POSSESSIVE_END = Pattern.compile("['’]s$");
    private static final Pattern LEADING_THE = Pattern.compile("^(?i:the) ");
    private static final Pattern QUOTE_MARKS_AT_EDGES = Pattern.compile("^[\"“‘']+|[\"”’']+$");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[,.;:]+$");
    private static final Set<String> STOP = Set.of("the", "a", "an", "of", "to", "and", "or", "in", "on", "for", "by",
            "with", "that", "this", "it", "is", "was", "be", "we", "i", "our", "will", "would", "has", "have", "are",
            "they", "their", "not", "at", "as", "from", "but", "its", "he", "she", "his", "her", "you");

    private final SourceRegistry registry;
    /** Lower-case names that mark a jurisdiction ("washington", "britain", "congress"). */
    private final Set<String> markers;
    /** The same names by jurisdiction code. */
    private final Map<String, List<String>> lowerJurisdictionNames;
    /** The lower-cased aliases and keywords of the entries last matched against (the registry's team file may change). */
    private volatile LowerCased lowerCased = new LowerCased(List.of(), List.of());

    public SourceMatcher(SourceRegistry registry) {
        this.registry = registry;
        Map<String, List<String>> byJurisdiction = new LinkedHashMap<>();
        registry.jurisdictionNames().forEach((code, names) -> byJurisdiction.put(code, lower(names)));
        this.lowerJurisdictionNames = Collections.unmodifiableMap(byJurisdiction);
        Set<String> names = new HashSet<>();
        byJurisdiction.values().forEach(names::addAll);
        this.markers = Set.copyOf(names);
    }

    /** Lower-cased aliases and keywords, per entry in the order of {@code entries} (matching lower-cased them per claim). */
    private record LowerCased(List<SourceEntry> entries, List<Words> words) {
        record Words(List<String> aliases, List<String> keywords) {
        }
    }

    private LowerCased lowerCased(List<SourceEntry> entries) {
        LowerCased current = lowerCased;
        if (current.entries() != entries) {
            List<LowerCased.Words> words = new ArrayList<>(entries.size());
            for (SourceEntry entry : entries) {
                words.add(new LowerCased.Words(lower(entry.aliases()), lower(entry.keywords())));
            }
            current = new LowerCased(entries, words);
            lowerCased = current;
        }
        return current;
    }

    private static List<String> lower(List<String> words) {
        return words.stream().map(word -> word.toLowerCase(Locale.ROOT)).toList();
    }

    /** The jurisdictions an article speaks of (US, UK, EU, INT), from the names it contains. */
    public Set<String> jurisdictionsOf(String text) {
        Set<String> found = new HashSet<>();
        String lower = text.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, List<String>> jurisdiction : lowerJurisdictionNames.entrySet()) {
            for (String name : jurisdiction.getValue()) {
                if (indexOfWord(lower, name) >= 0) {
                    found.add(jurisdiction.getKey());
                    break;
                }
            }
        }
        return found;
    }

    /** The links to check one claim against. */
    public List<SourceLink> match(ClaimSources claim) {
        return match(List.of(claim)).get(0);
    }

    /**
     * The links to check each claim against, in the order of {@code claims}, all from one reading of the registry
     * (its team file is looked at once per call, not once per claim).
     */
    public List<List<SourceLink>> match(List<ClaimSources> claims) {
        List<SourceEntry> entries = registry.entries();
        List<List<SourceLink>> links = new ArrayList<>(claims.size());
        for (ClaimSources claim : claims) {
            links.add(match(entries, claim));
        }
        return links;
    }

    private List<SourceLink> match(List<SourceEntry> entries, ClaimSources claim) {
        String text = claim.claim().text();
        String lower = text.toLowerCase(Locale.ROOT);
        Set<String> claimJurisdictions = jurisdictionsOf(text);
        Set<String> jurisdictions = claimJurisdictions.isEmpty() ? claim.articleJurisdictions() : claimJurisdictions;
        String terms = queryTerms(claim);

        LinkedHashSet<SourceLink> links = new LinkedHashSet<>();
        for (String url : claim.citedUrls()) {
            if (url.startsWith("https://") || url.startsWith("http://")) {
                links.add(new SourceLink("Cited by the article: " + hostOf(url), url, SourceKind.CITED));
            }
        }
        addWireLinks(entries, claim, text, links);

        List<Scored> primary = new ArrayList<>();
        List<LowerCased.Words> words = lowerCased(entries).words();
        for (int i = 0; i < entries.size(); i++) {
            SourceEntry entry = entries.get(i);
            if (entry.kind() == SourceKind.PRIMARY) {
                double score = score(entry, words.get(i), claim, lower, jurisdictions, claimJurisdictions);
                if (score > 0) {
                    primary.add(new Scored(entry, score));
                }
            }
        }
        primary.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(s -> s.entry().id()));
        int added = 0;
        for (Scored scored : primary) {
            if (added == MAX_PRIMARY || links.size() >= MAX_LINKS - 1) {
                break;
            }
            links.add(link(scored.entry(), termsFor(claim, scored.entry(), markers)));
            added++;
        }
        addFactCheck(entries, jurisdictions, terms, links);
        return links.stream().limit(MAX_LINKS).toList();
    }

    private record Scored(SourceEntry entry, double score) {
    }

    private static double score(SourceEntry entry, LowerCased.Words words, ClaimSources claim, String lower,
                                Set<String> jurisdictions, Set<String> claimJurisdictions) {
        boolean jurisdictionFits = entry.servesAnyJurisdiction() || entry.jurisdiction().contains("INT")
                || entry.jurisdiction().stream().anyMatch(jurisdictions::contains);
        if (!jurisdictionFits) {
            return 0;
        }
        int aliasHits = 0;
        for (String alias : words.aliases()) {
            if (indexOfWord(lower, alias) >= 0) {
                aliasHits++;
            }
        }
        int keywordHits = 0;
        for (String keyword : words.keywords()) {
            if (indexOfWord(lower, keyword) >= 0) {
                keywordHits++;
            }
        }
        if (aliasHits == 0 && keywordHits == 0) {
            return 0;
        }
        double score = 3.0 * Math.min(aliasHits, 1) + 1.5 * Math.min(keywordHits, 3);
        if (entry.jurisdiction().stream().anyMatch(claimJurisdictions::contains)) {
            score += 1.5;
        } else if (entry.jurisdiction().stream().anyMatch(jurisdictions::contains)) {
            score += 1.0;
        }
        for (ClaimType type : claim.claim().types()) {
            if (entry.claimTypes().contains(type.wireName())) {
                score += 0.75;
            }
        }
        return score;
    }

    /** "told Reuters", "Reuters reported": the agency's own search for the quote's words. */
    private static void addWireLinks(List<SourceEntry> entries, ClaimSources claim, String text, Set<SourceLink> links) {
        for (SourceEntry entry : entries) {
            if (entry.kind() != SourceKind.WIRE) {
                continue;
            }
            boolean named = false;
            for (Quote quote : claim.quotes()) {
                named |= quote.medium() != null && entry.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(quote.medium()));
            }
            for (String alias : entry.aliases()) {
                named |= alias.length() > 2 ? mentions(text, alias) : mentionsCaseSensitive(text, alias);
            }
            if (named) {
                String words = quoteWords(claim);
                links.add(link(entry, words.isEmpty() ? queryTerms(claim) : words));
            }
        }
    }

    private static void addFactCheck(List<SourceEntry> entries, Set<String> jurisdictions, String terms,
                                     Set<SourceLink> links) {
        SourceEntry general = null;
        SourceEntry local = null;
        for (SourceEntry entry : entries) {
            if (entry.kind() != SourceKind.FACTCHECK) {
                continue;
            }
            if (entry.servesAnyJurisdiction()) {
                general = general == null ? entry : general;
            } else if (local == null && entry.jurisdiction().stream().anyMatch(jurisdictions::contains)) {
                local = entry;
            }
        }
        if (local != null && links.size() < MAX_LINKS) {
            links.add(link(local, terms));
        }
        if (general != null && links.size() < MAX_LINKS) {
            links.add(link(general, terms));
        }
    }

    private static SourceLink link(SourceEntry entry, String terms) {
        if (!QueryUrls.takesQuery(entry.search())) {
            return new SourceLink(entry.name() + ": " + entry.action(), entry.search(), entry.kind());
        }
        String action = entry.action().endsWith(" for") ? entry.action() : entry.action() + " for";
        return new SourceLink(entry.name() + ": " + action + " '" + terms + "'",
                QueryUrls.fill(entry.search(), terms), entry.kind());
    }

    /** The words to search with: a direct quote's words, else the claim's names, amounts and content words. */
    static String queryTerms(ClaimSources claim) {
        String quoted = quoteWords(claim);
        return quoted.isEmpty() ? termsFor(claim, null, Set.of()) : quoted;
    }

    /**
     * Terms for one source: a quote's words where the source holds what people said; otherwise the places and
     * bodies the claim names, the source's own keywords found in the claim ("supplemental appropriations"), and
     * the amounts: "Ukraine supplemental appropriations $61 billion".
     */
    static String termsFor(ClaimSources claim, SourceEntry entry, Set<String> jurisdictionMarkers) {
        if (entry != null && entry.claimTypes().contains("quote") && claim.claim().types().contains(ClaimType.QUOTE)) {
            String quoted = quoteWords(claim);
            if (!quoted.isEmpty()) {
                return quoted;
            }
        }
        LinkedHashSet<String> terms = new LinkedHashSet<>();
        // "Washington" or "Britain" only say whose record it is, which the source itself already says
        names(claim, entry, EntityType.LOCATION).stream()
                .filter(name -> entry == null || !jurisdictionMarkers.contains(name.toLowerCase(Locale.ROOT)))
                .limit(2).forEach(terms::add);
        if (entry != null) {
            String lower = claim.claim().text().toLowerCase(Locale.ROOT);
            List<String> found = entry.keywords().stream()
                    .filter(k -> k.length() > 2 && indexOfWord(lower, k.toLowerCase(Locale.ROOT)) >= 0)
                    .sorted(Comparator.comparingInt(k -> lower.indexOf(k.toLowerCase(Locale.ROOT))))
                    .toList();
            found.stream().filter(k -> found.stream().noneMatch(o -> !o.equals(k) && o.contains(k)))
                    .limit(3).forEach(terms::add);
        }
        claim.entities().stream().filter(e -> e.type() == EntityType.MONEY || e.type() == EntityType.PERCENT)
                .limit(1).forEach(e -> terms.add(e.text()));
        names(claim, entry, EntityType.ORGANIZATION).stream()
                .filter(name -> entry == null || !jurisdictionMarkers.contains(name.toLowerCase(Locale.ROOT)))
                .forEach(terms::add);
        names(claim, entry, EntityType.PERSON).forEach(terms::add);
        List<String> words = new ArrayList<>();
        for (String term : terms) {
            for (String word : SPACES.split(term)) {
                if (words.stream().noneMatch(word::equalsIgnoreCase)) {
                    words.add(word);
                }
            }
        }
        if (words.size() < 3) {
            for (String word : NON_WORD.split(claim.claim().text())) {
                String w = EDGE_PUNCTUATION.matcher(word).replaceAll("");
                if (w.length() > 3 && !STOP.contains(w.toLowerCase(Locale.ROOT)) && !words.contains(w)
                        && words.size() < MAX_QUERY_WORDS) {
                    words.add(w);
                }
            }
        }
        return String.join(" ", words.subList(0, Math.min(words.size(), MAX_QUERY_WORDS)));
    }

    private static List<String> names(ClaimSources claim, SourceEntry entry, EntityType type) {
        List<String> names = new ArrayList<>();
        for (Entity entity : claim.entities()) {
            String name = LEADING_THE.matcher(POSSESSIVE_END.matcher(entity.text()).replaceAll("")).replaceFirst("");
            if (entity.type() == type && !names.contains(name)
                    && (entry == null || entry.aliases().stream().noneMatch(name::equalsIgnoreCase))) {
                names.add(name);
            }
        }
        return names;
    }

    private static String quoteWords(ClaimSources claim) {
        for (Quote quote : claim.quotes()) {
            if (quote.kind() == QuoteKind.DIRECT) {
                String inner = QUOTE_MARKS_AT_EDGES.matcher(quote.text()).replaceAll("").strip();
                String[] words = SPACES.split(inner);
                return String.join(" ", List.of(words).subList(0, Math.min(words.length, MAX_QUERY_WORDS)))
                        .transform(text -> TRAILING_PUNCTUATION.matcher(text).replaceAll(""));
            }
        }
        return "";
    }

    static boolean mentions(String text, String name) {
        return indexOfWord(text.toLowerCase(Locale.ROOT), name.toLowerCase(Locale.ROOT)) >= 0;
    }

    private static boolean mentionsCaseSensitive(String text, String name) {
        return indexOfWord(text, name) >= 0;
    }

    private static int indexOfWord(String text, String word) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            boolean startOk = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            int end = at + word.length();
            boolean endOk = end >= text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (startOk && endOk) {
                return at;
            }
        }
        return -1;
    }

    private static String hostOf(String url) {
        try {
            String host = java.net.URI.create(url).getHost();
            return host == null ? url : host.replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return url;
        }
    }
}
