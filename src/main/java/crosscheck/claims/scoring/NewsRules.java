package crosscheck.claims.scoring;

import crosscheck.claims.Evidence;
import crosscheck.model.ClaimType;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The rules that carry the debate-trained model over to news. In news, nearly every sentence that reports a figure,
 * an event, a quote or what a named party said is something a checker can verify, whereas the debate corpora label
 * many such sentences (a candidate's "we lost 800,000 jobs") by how interesting they are. So a sentence that
 * <em>reports</em> a figure, an event, an attribution, or a reaction with a verb from {@code reporting-verbs.txt},
 * and every sentence with a direct quote, scores at least {@link #FLOOR} plus a little of its model score (which
 * keeps their order), provided that outside its quotation marks it speaks in the third person (first and second
 * person are the speech of debates and opinion pieces) and, unless it quotes, does not urge ("should", "must"),
 * ask or judge. A view put in the mouths of unnamed critics, with no figure, date or event, stays below the article
 * threshold ({@link #VIEW_CEILING}). Thread-safe (immutable).
 */
final class NewsRules {
    static final String REPORTING_VERBS_RESOURCE = "/crosscheck/claims/reporting-verbs.txt";
    /** The least score of a sentence that reports a checkable fact. */
    static final double FLOOR = 0.52;
    /** The most a view of unnamed critics scores (less as the model doubts it, which keeps their order). */
    static final double VIEW_CEILING = 0.45;
    /** How much of the model score lifted sentences keep, so that their order survives. */
    static final double FLOOR_SLOPE = 0.2;
    private static final Set<String> FIRST_AND_SECOND_PERSON = Set.of("i", "me", "my", "mine", "myself", "we", "us",
            "our", "ours", "ourselves", "you", "your", "yours", "yourself", "yourselves", "let's");
    /** Modals that urge rather than report ("nobody should have to wait two years"). */
    private static final Set<String> URGING_MODALS = Set.of("should", "shouldn't", "must", "mustn't", "ought");
    /** Subjects that name no one: "critics", "opponents", "some". */
    private static final Set<String> UNNAMED_GROUPS = Set.of("critics", "opponents", "supporters", "sceptics",
            "skeptics", "detractors", "observers", "commentators", "some", "many", "others", "people", "everyone");
    private static final Set<String> QUOTE_MARKS = Set.of("\"", "“", "”", "``", "''", "‘", "’");
    /** Punctuation a closing quotation mark follows. */
    private static final Set<String> STOPS = Set.of(".", ",", "!", "?", ";", ":");

    private final Set<String> reportingVerbs;

    private NewsRules(Set<String> reportingVerbs) {
        this.reportingVerbs = Set.copyOf(reportingVerbs);
    }

    static NewsRules load() {
        try (InputStream in = NewsRules.class.getResourceAsStream(REPORTING_VERBS_RESOURCE)) {
            Objects.requireNonNull(in, () -> "lexicon missing from the class path: " + REPORTING_VERBS_RESOURCE);
            Set<String> verbs = new HashSet<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip().toLowerCase(Locale.ROOT);
                if (!word.isEmpty() && !word.startsWith("#")) {
                    verbs.add(word);
                }
            }
            return new NewsRules(verbs);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + REPORTING_VERBS_RESOURCE, e);
        }
    }

    double apply(double probability, String[] words, Evidence evidence) {
        boolean unnamedView = isUnnamedGroupsView(words, evidence);
        if (reportsCheckableFact(words, evidence, unnamedView)) {
            return Math.max(probability, FLOOR + FLOOR_SLOPE * probability);
        }
        return unnamedView ? Math.min(probability, VIEW_CEILING * (1 + probability) / 2) : probability;
    }

    private boolean reportsCheckableFact(String[] words, Evidence evidence, boolean unnamedView) {
        Narration narration = narration(words);
        if (narration.firstOrSecondPerson) {
            return false;
        }
        if (evidence.types().contains(ClaimType.QUOTE)) {
            return true;
        }
        if (evidence.callToAction() || evidence.question() || evidence.opinion() || unnamedView) {
            return false;
        }
        if (narration.urging && !narration.reportingVerb && !evidence.types().contains(ClaimType.ATTRIBUTION)) {
            return false;
        }
        return evidence.types().contains(ClaimType.STATISTIC) || evidence.types().contains(ClaimType.EVENT)
                || evidence.types().contains(ClaimType.ATTRIBUTION) || narration.reportingVerb;
    }

    /**
     * "Critics say the pledge is meaningless", "Critics say Washington has given Israel a free hand": a view put in
     * the mouths of an unnamed group, with no figure, date or event a checker could hold it to. Reporting it does not
     * make it checkable.
     */
    static boolean isUnnamedGroupsView(String[] words, Evidence evidence) {
        if (evidence.types().contains(ClaimType.EVENT) || evidence.amounts() > 0 || evidence.dates() > 0
                || words.length == 0) {
            return false;
        }
        int first = words[0].equalsIgnoreCase("the") || words[0].equalsIgnoreCase("some") && words.length > 1 ? 1 : 0;
        return first < words.length && UNNAMED_GROUPS.contains(words[first].toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the sentence begins inside a quotation that an earlier sentence opened ("I am asking for the tools."
     * after "\"I am not asking for charity."): its marks do not pair up and the first of them closes, after a stop
     * or at the end, rather than opens before a word.
     */
    static boolean continuesAQuote(String[] words) {
        int first = -1;
        int marks = 0;
        for (int i = 0; i < words.length; i++) {
            if (QUOTE_MARKS.contains(words[i])) {
                marks++;
                if (first < 0) {
                    first = i;
                }
            }
        }
        if (marks % 2 == 0 || first <= 0) {
            return false;
        }
        String mark = words[first];
        return mark.equals("”") || mark.equals("’") || mark.equals("''") || first == words.length - 1
                || STOPS.contains(words[first - 1]);
    }

    private record Narration(boolean firstOrSecondPerson, boolean reportingVerb, boolean urging) {
    }

    /** What the words outside quotation marks show: a first- or second-person speaker, a reporting verb, urging. */
    private Narration narration(String[] words) {
        boolean person = false;
        boolean reporting = false;
        boolean urging = false;
        // a straight single mark is a quotation mark when they pair up; alone it is a plural's apostrophe ("voters'")
        boolean straightSinglesPair = java.util.Arrays.stream(words).filter("'"::equals).count() % 2 == 0;
        boolean inside = continuesAQuote(words);
        for (String word : words) {
            if (QUOTE_MARKS.contains(word) || straightSinglesPair && word.equals("'")) {
                inside = !inside;
                continue;
            }
            if (!inside) {
                String lower = word.toLowerCase(Locale.ROOT).replace('’', '\'');
                int apostrophe = lower.indexOf('\'');
                String pronoun = apostrophe > 0 ? lower.substring(0, apostrophe) : lower; // "we've", "I'm"
                person |= FIRST_AND_SECOND_PERSON.contains(lower) || FIRST_AND_SECOND_PERSON.contains(pronoun);
                reporting |= reportingVerbs.contains(lower);
                urging |= URGING_MODALS.contains(lower);
            }
        }
        return new Narration(person, reporting, urging);
    }
}
