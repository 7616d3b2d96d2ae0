package crosscheck.nlp.ner;

import crosscheck.model.EntityType;
import crosscheck.model.Token;
import crosscheck.nlp.EntityClusterer;
import crosscheck.nlp.SpeechVerbs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The name finder's rules about organizations: institutions the model missed or cut up ("the Institute for the Study
 * of War", "the Stop the War Coalition", "the U.S. Department of Housing and Urban Development"), two institutions
 * joined by "and", companies of several words in our lists and companies with their legal form ("Enron Corp."),
 * acronyms defined in brackets or spelling the initials of an organization named in the document, and newspapers
 * whose name begins with "The" ("told The Times"). {@link TrainedNameFinder#find} runs the passes in its order; each
 * changes only the candidates and the coverage table it is given (see {@link NameCandidate}). Immutable and
 * thread-safe: it holds only the shared, immutable gazetteers and {@link PersonRules} and {@link PlaceRules}, so one
 * instance serves every thread.
 */
final class InstitutionRules {
    /** The small words inside a body's full name that its acronym leaves out. */
    private static final Set<String> FULL_FORM_SMALL_WORDS = Set.of("of", "the", "for", "and", "in", "on", "&", ",");
    /** The most words a full name before its acronym may have. */
    private static final int MAX_FULL_FORM_WORDS = 12;
    /** The last words of papers' names: "Sydney Morning Herald", "Jerusalem Post". */
    private static final Set<String> MASTHEADS = Set.of("Times", "Post", "Journal", "Herald", "Tribune", "Gazette",
            "Telegraph", "Guardian", "Observer", "Chronicle", "Standard", "Express", "Mail", "Monitor", "Inquirer",
            "Globe", "Courier", "Dispatch", "Independent");
    /** Words before "the" and a paper that is told something: "told the Jerusalem Post". */
    private static final Set<String> TOLD_PAPER = Set.of("told", "telling", "tells", "tell");
    /** Words before "the" and a paper that is read or writes: "in the Sydney Morning Herald", "wrote for the Globe". */
    private static final Set<String> READ_IN = Set.of("in", "to", "by", "for", "with");
    /** The verbs of {@link #STATING_DOCUMENT}. */
    private static final Set<String> STATING_VERBS = Set.of("said", "says", "stated");
    /** What a body says a document said: "said in a statement", "said in its application". */
    private static final Pattern STATING_DOCUMENT = Pattern.compile("(?:" + String.join("|", STATING_VERBS)
            + ")\\s+in\\s+(?:a|an|its|their)\\s+"
            + "(?:\\p{Ll}+\\s+)?(?:statement|note|filing|application|report|release|submission|letter|notice)\\b");
    /** The lists whose words are no one-word body's name: people's names, places, nationalities, common words. */
    private static final List<Gazetteer.NameList> NOT_A_BODY = List.of(Gazetteer.NameList.GIVEN,
            Gazetteer.NameList.SURNAME, Gazetteer.NameList.PER, Gazetteer.NameList.LOC, Gazetteer.NameList.CITY,
            Gazetteer.NameList.DEMONYM, Gazetteer.NameList.COMMON);
    /** An acronym: two to eight capitals, perhaps with small letters or an ampersand between ("HANO", "DoD", "AT&T"). */
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}[\\p{Lu}\\p{Ll}&]{0,6}\\p{Lu}");
    /**
     * An acronym written as a word, which counts only where it spells the initials of the full name before it: "the
     * National Energy Regulator of South Africa (Nersa)".
     */
    private static final Pattern ACRONYM_AS_A_WORD = Pattern.compile("\\p{Lu}\\p{Ll}{2,5}");
    /** Newspapers whose names begin with "The", which keep it when it is written with a capital inside a sentence
     * ("told The Times", "a column in The New York Times"). */
    private static final Set<String> THE_NEWSPAPERS = Set.of("times", "sunday times", "sun", "guardian", "observer",
            "telegraph", "daily telegraph", "sunday telegraph", "independent", "economist", "spectator", "atlantic",
            "hill", "new yorker", "new york times", "washington post", "wall street journal", "mail on sunday",
            "australian", "hindu", "age", "kyiv independent", "moscow times", "jerusalem post", "times of israel",
            "irish times", "globe and mail", "new statesman", "daily beast", "intercept", "financial times", "herald",
            "scotsman", "national", "post");
    /** Offices named after a body, which the body's name then only qualifies: "Armed Forces Minister". */
    private static final Set<String> OFFICES_OF_BODIES = Set.of("minister", "secretary");
    /** Closing quotation marks, after which a new clause begins ('…," Foreign Ministry spokesperson'). */
    private static final Set<String> CLOSING_QUOTES = Set.of("”", "\"", "’", "'");
    /** Parts of speech that open no name: "On the Treasury's own figures", "Join the People's Assembly march". */
    private static final Set<String> NOT_NAME_WORDS = Set.of("ADP", "DET", "PRON", "CCONJ", "SCONJ", "ADV", "AUX",
            "PART", "VERB", "NUM", "INTJ");
    /** Articles before an institution's name ("the Treasury", "a Labour Party source"). */
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    /** Last words that end an institution's name after "the" as well ("the Hamilton Center for Strategic Policy"). */
    private static final Set<String> CENTRES = Set.of("centre", "center", "group");
    /** Possessive pronouns before an institution's name ("its Finance Ministry", "their Defence Committee"). */
    private static final Set<String> OWNERS = Set.of("its", "their", "his", "her", "our", "my", "your");
    /** First words of institutions' names followed by what they are for or of ("Institute for Fiscal Studies"). */
    private static final Set<String> INSTITUTION_FIRST_WORDS = Set.of("institute", "institution", "university",
            "ministry", "department", "bureau", "office", "council", "committee", "commission", "agency", "board", "bank",
            "federation", "association", "league", "society", "foundation", "organisation", "organization", "fund",
            "service", "authority", "corporation", "academy", "court", "coalition", "alliance", "centre", "center",
            "assembly", "conference", "confederation", "chamber", "forum", "secretariat", "embassy", "consulate");
    /** The most items a list of portfolios in an institution's name runs to before its "and". */
    private static final int PORTFOLIO_LIST_ITEMS = 4;
    /** Last words of institutions' names ("the Stop the War Coalition", "the Senate Armed Services Committee"). */
    private static final Set<String> INSTITUTION_LAST_WORDS = Set.of("coalition", "alliance", "foundation", "institute",
            "institution", "campaign", "movement", "trust", "council", "union", "association", "society", "federation",
            "league", "corporation", "committee", "commission", "party", "agency", "fund", "network", "forum", "bank",
            "ministry", "department", "office", "bureau", "service", "authority", "army", "navy", "guard", "police",
            "forces", "court", "assembly", "parliament", "university", "college", "treasury", "embassy", "consulate", "diet",
            "cabinet", "command", "force", "tribunal");
    /** More last words of institutions' names, which open none ("the British Library", "Columbia University"). */
    private static final Set<String> INSTITUTION_ENDS_TOO = Set.of("library", "museum", "school", "hospital",
            "company", "group", "laboratory", "centre", "center", "times", "post", "journal");
    /** Last words that name an institution alone after "the" ("the Army"); the others need a word before them. */
    private static final Set<String> INSTITUTIONS_ALONE = Set.of("army", "navy", "treasury", "parliament", "police",
            "commission", "coalition", "diet", "cabinet");
    /** Legal forms of companies, written after their names without the full stop ("Corp.", "Inc", "L.P."). */
    private static final Set<String> LEGAL_FORMS = Set.of("Inc", "Corp", "Ltd", "LLC", "PLC", "plc", "Co", "L.P", "LP",
            "GmbH", "N.V", "S.A", "AG", "SE", "AB", "ASA", "SpA", "S.p.A", "Oyj", "NV", "BV", "B.V", "Pty", "PJSC", "JSC",
            "Bros");
    /** Last words of companies' names ("Arcadia Defense Systems", "General Dynamics", "Hindustan Aeronautics Limited"). */
    private static final Set<String> COMPANY_HEADS = Set.of("Systems", "Dynamics", "Industries", "Technologies",
            "Aerospace", "Holdings", "Shipbuilding", "Electronics", "Munitions", "Robotics", "Limited", "Securities",
            "Partners", "Management", "Capital", "Economics", "Advisory", "Consulting", "Analytics", "Project",
            "Wehrtechnik", "Logistics", "Shipping", "Terminals", "Shipyards", "Pharmaceuticals", "Airlines", "Motors",
            "Enterprises", "Ventures", "International", "Engineering", "Construction", "Vehicles");
    /**
     * Small words after which a capitalized word goes on the name before them ("Costs of War", "Location & Event"; and
     * "and" unless a company's last word stands before it).
     */
    private static final Set<String> NAME_GOES_ON_BEFORE = Set.of("of", "for", "&");
    /** Small words inside institutions' names, between capitalized words. */
    private static final Set<String> INSTITUTION_INNER_WORDS = Set.of("of", "for", "the", "and", "&", "on", "-");

    private final Gazetteer gazetteer;
    private final Gazetteer forcedOrganizations;
    private final PersonRules personRules;
    private final PlaceRules placeRules;

    InstitutionRules(Gazetteer gazetteer, Gazetteer forcedOrganizations, PersonRules personRules,
                     PlaceRules placeRules) {
        this.gazetteer = gazetteer;
        this.forcedOrganizations = forcedOrganizations;
        this.personRules = personRules;
        this.placeRules = placeRules;
    }

    /**
     * Two institutions joined by "and" are two names ("the British Library and Columbia University"): an organization
     * the model found across "and" splits there when both sides end in a word such as "Library" or "University", or
     * when our lists hold both sides and not the whole ("Saudi Aramco and Naftogaz"; not "Johnson & Johnson").
     * "Department of Housing and Urban Development" stays one: "Housing" ends no institution.
     */
    List<NameCandidate> splitConjoinedInstitutions(List<String[]> lowerSentences, List<NameCandidate> candidates) {
        List<NameCandidate> result = new ArrayList<>(candidates.size());
        for (NameCandidate candidate : candidates) {
            String[] lower = lowerSentences.get(candidate.sentence);
            int and = -1;
            if (candidate.type == EntityType.ORGANIZATION) {
                for (int i = candidate.start + 1; i < candidate.end - 1; i++) {
                    if (lower[i].equals("and") || lower[i].equals("&")) {
                        and = and < 0 ? i : -2; // only one "and"
                    }
                }
            }
            if (and > 0 && (endsAnInstitution(lower[and - 1]) && endsAnInstitution(lower[candidate.end - 1])
                    || isListedBody(NerTokens.key(lower, candidate.start, and))
                    && isListedBody(NerTokens.key(lower, and + 1, candidate.end))
                    && !isListedBody(NerTokens.key(lower, candidate.start, candidate.end)))) {
                result.add(new NameCandidate(candidate.sentence, candidate.start, and, candidate.type));
                result.add(new NameCandidate(candidate.sentence, and + 1, candidate.end, candidate.type));
            } else {
                result.add(candidate);
            }
        }
        return result;
    }

    private boolean isListedBody(String key) {
        return (forcedOrganizations.contains(Gazetteer.NameList.ORG, key)
                || gazetteer.contains(Gazetteer.NameList.ORG, key)) && !PersonRules.FUNCTION_WORDS.contains(key);
    }

    /** Whether a lower-case word can end an institution's name ("coalition", "library"). */
    static boolean endsAnInstitution(String lowerWord) {
        return INSTITUTION_LAST_WORDS.contains(lowerWord) || INSTITUTION_ENDS_TOO.contains(lowerWord);
    }

    /**
     * Institutions' names the model missed or cut up, as ORG: a first word such as "Institute" followed by what it is
     * for or of ("the Institute for the Study of War", "Office for Budget Responsibility"), or capitalized words after
     * "the" that end in a word such as "Coalition" ("the Stop the War Coalition", "the Kiel Institute for the World
     * Economy"). Names the model found inside such a span give way to it; a span that would cut a name apart, or that
     * our lists hold as a place ("the Soviet Union"), is left alone.
     */
    void addInstitutions(List<List<Token>> sentences, List<String[]> lowerSentences, List<NameCandidate> candidates,
                         boolean[][] covered) {
        for (int s = 0; s < sentences.size(); s++) {
            List<Token> tokens = sentences.get(s);
            String[] lower = lowerSentences.get(s);
            for (int i = 0; i < tokens.size(); i++) {
                int end = institutionEnd(tokens, lower, i);
                // "the U.S. Department of Housing and Urban Development": the country before it belongs to the name
                int start = end > i && INSTITUTION_FIRST_WORDS.contains(lower[i]) && isCountryBefore(tokens, lower, i) ? i - 1 : i;
                String name = end > i ? NerTokens.key(lower, start, end) : null;
                if (end > i && !placeRules.isKnownPlaceOnly(name)
                        && NameCandidate.clearInside(candidates, covered, s, start, end)) {
                    // a seat is a place where something happens there ("in the Oval Office")
                    EntityType type = forcedOrganizations.contains(Gazetteer.NameList.ORG, name)
                            ? PlaceRules.seatType(name, lower, start) : EntityType.ORGANIZATION;
                    NameCandidate.add(candidates, covered, new NameCandidate(s, start, end, type));
                    i = end - 1;
                }
            }
        }
    }

    /** Whether a capitalized place alone, after "the" or a small word, stands right before token {@code i}. */
    private boolean isCountryBefore(List<Token> tokens, String[] lower, int i) {
        // "the U.S. Department of ...", but not an owner: "Ukraine's Ministry of Defence"
        return i > 0 && NerTokens.isCapitalized(tokens.get(i - 1).text())
                && !NerTokens.endsWithPossessive(tokens.get(i - 1).text())
                && placeRules.isKnownPlaceOnly(lower[i - 1])
                && (i == 1 || !NerTokens.isCapitalized(tokens.get(i - 2).text()));
    }

    /** The end of an institution's name that begins at {@code start}, or -1 (see {@link #addInstitutions}). */
    private int institutionEnd(List<Token> tokens, String[] lower, int start) {
        if (!NerTokens.isCapitalized(tokens.get(start).text())) {
            return -1;
        }
        boolean afterOwner = start > 0 && (NerTokens.endsWithPossessive(tokens.get(start - 1).text())
                || NerTrainer.isPossessive(tokens.get(start - 1).text()));
        if (INSTITUTION_FIRST_WORDS.contains(lower[start]) && (start == 0 || lower[start - 1].equals("the")
                || !NerTokens.isCapitalized(tokens.get(start - 1).text()) || afterOwner
                || isCountryBefore(tokens, lower, start))) {
            int purpose = purposeEnd(tokens, lower, start + 1);
            if (purpose > 0) {
                return purpose;
            }
            // "the Coalition was": no purpose after it, but it may stand alone
        }
        // after "the", and after "a" or "an" too ("A Quinnipiac University poll", "a Labour Party source"), after an
        // owner ("Russia's Foreign Ministry", "its Finance Ministry"), or opening a sentence or the clause after a
        // quote ("Foreign Office confirms", '…," Foreign Ministry spokesperson Zhang Weiming told')
        boolean opensClause = start == 0 || start >= 1 && CLOSING_QUOTES.contains(tokens.get(start - 1).text());
        boolean opensSentence = opensClause && !ARTICLES.contains(lower[start])
                && !NerTokens.endsWithPossessive(tokens.get(start).text())
                && !NOT_NAME_WORDS.contains(tokens.get(start).pos()); // not "On the Treasury's figures", "Join the ..."
        if (!opensSentence && (start == 0 || !(ARTICLES.contains(lower[start - 1]) || afterOwner
                || OWNERS.contains(lower[start - 1])))) {
            return -1;
        }
        int lastWord = -1;
        for (int i = start; i < tokens.size(); i++) {
            if (NerTokens.isCapitalized(tokens.get(i).text())) {
                if (NerTokens.endsWithPossessive(tokens.get(i).text())
                        && gazetteer.contains(Gazetteer.NameList.LOC, NerTokens.key(lower, start, i + 1))) {
                    // "Saudi Arabia's Ministry of Defense": the country that owns it is no part of the name, unlike
                    // the office in "the Prime Minister's Office"
                    return -1;
                }
                if (INSTITUTION_LAST_WORDS.contains(lower[i]) || CENTRES.contains(lower[i])) {
                    lastWord = i;
                }
            } else if ((lower[i].equals("and") || lower[i].equals("&")) && !(lastWord < 0 && i + 1 < tokens.size()
                    && NerTokens.isCapitalized(tokens.get(i + 1).text())
                    && personRules.areOfficeWords(lower, start, i))) {
                // "the British Library and Columbia University" are two, but "the Foreign Affairs and National Defense
                // Committee" is one: the words before "and" name a portfolio
                break;
            } else if (!(i > start && INSTITUTION_INNER_WORDS.contains(lower[i]) && i + 1 < tokens.size()
                    && NerTokens.isCapitalized(tokens.get(i + 1).text()))) {
                break;
            }
        }
        if (lastWord < 0 || lastWord == start && !INSTITUTIONS_ALONE.contains(lower[start])) {
            return -1;
        }
        int purpose = purposeEnd(tokens, lower, lastWord + 1);
        int end = purpose > 0 ? purpose : lastWord + 1;
        if (opensSentence && (end == tokens.size() || !Character.isLowerCase(tokens.get(end).text().charAt(0))
                && !personRules.isTitle(lower[end]) || lower[end].equals("and") || lower[end].equals("or")
                || OFFICES_OF_BODIES.contains(lower[end]))) {
            // a heading or a review's title ("Great Service and hairstyles"), or an office named after the body
            // ("Armed Forces Minister Danny Fairweather"), not "Foreign Office confirms"
            return -1;
        }
        return end;
    }

    /**
     * The end of "for/of/on [the] Capitalized words" at {@code start} ("for the Study of War", "of Health and Human
     * Services"), stopping before a title or a given name (a person after the name), or -1 if there is none.
     */
    private int purposeEnd(List<Token> tokens, String[] lower, int start) {
        int n = tokens.size();
        if (start >= n || !(lower[start].equals("for") || lower[start].equals("of") || lower[start].equals("on"))) {
            return -1;
        }
        int i = start + 1;
        if (i < n && lower[i].equals("the")) {
            i++;
        }
        if (i >= n || !NerTokens.isCapitalized(tokens.get(i).text()) || isTitleBeforeName(tokens, lower, i)
                || PersonRules.CALENDAR.contains(lower[i])) {
            return -1; // not "the Army on Friday"
        }
        int end = ++i;
        while (i < n) {
            String word = tokens.get(i).text();
            if (NerTokens.isCapitalized(word)) {
                // a given name right after the name's last word begins a person ("... Fiscal Studies Paul Johnson");
                // after "and" it is a word of the name ("Department of Housing and Urban Development")
                boolean personAfter = !INSTITUTION_INNER_WORDS.contains(lower[i - 1])
                        && gazetteer.contains(Gazetteer.NameList.GIVEN, lower[i])
                        && !gazetteer.contains(Gazetteer.NameList.ORG, lower[i])
                        && !gazetteer.contains(Gazetteer.NameList.LOC, lower[i]);
                if (isTitleBeforeName(tokens, lower, i) || personAfter) {
                    break;
                }
                end = ++i;
            } else if (lower[i].equals("-") && i + 1 < n && Character.isLetter(tokens.get(i + 1).text().charAt(0))) {
                i += 2;
                end = i;
            } else if (lower[i].equals(",") && listEndsWithAnd(tokens, lower, i)) {
                i++; // "Ministry of Economy, Trade and Industry": a list of portfolios, the last after "and"
            } else if (INSTITUTION_INNER_WORDS.contains(lower[i])) {
                int next = i + 1;
                if (next < n && lower[next].equals("the")) {
                    if (lower[i].equals("and") || lower[i].equals("&")) {
                        break; // "the Bank of England and the Treasury" are two
                    }
                    next++;
                }
                if (next >= n || !NerTokens.isCapitalized(tokens.get(next).text())) {
                    break;
                }
                i = next;
            } else {
                break;
            }
        }
        return end;
    }

    /**
     * Whether the comma at {@code comma} goes on with a list of capitalized words, one to three per item and up to
     * {@value #PORTFOLIO_LIST_ITEMS} items, whose last item follows "and": "Ministry of Land[, Infrastructure and
     * Transport]", "Immigration[, Refugees and Citizenship] Canada"; not "the Ministry of Defence, which".
     */
    private boolean listEndsWithAnd(List<Token> tokens, String[] lower, int comma) {
        int i = comma;
        for (int items = 0; items < PORTFOLIO_LIST_ITEMS && i < tokens.size() && lower[i].equals(","); items++) {
            int words = 0;
            for (i++; i < tokens.size() && words < 3 && NerTokens.isCapitalized(tokens.get(i).text())
                    && !isTitleBeforeName(tokens, lower, i); i++) {
                words++;
            }
            if (words == 0 || !arePortfolioWords(lower, i - words, i)) {
                return false; // not "the Ministry of Defence, Airbus and Thales"
            }
            if (i + 1 < tokens.size() && lower[i].equals("and") && NerTokens.isCapitalized(tokens.get(i + 1).text())) {
                int last = i + 1;
                while (last < tokens.size() && last - i <= 3 && NerTokens.isCapitalized(tokens.get(last).text())) {
                    last++;
                }
                return arePortfolioWords(lower, i + 1, last);
            }
        }
        return false;
    }

    /** Whether every word is an office's word or one that no list of names holds ("Trade", "Infrastructure", "Land"). */
    private boolean arePortfolioWords(String[] lower, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!personRules.areOfficeWords(lower, i, i + 1) && gazetteer.containsAny(lower[i], Gazetteer.NameList.ORG,
                    Gazetteer.NameList.LOC, Gazetteer.NameList.CITY, Gazetteer.NameList.PER, Gazetteer.NameList.GIVEN,
                    Gazetteer.NameList.SURNAME)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether token {@code i} is a title before a person's name ("... Fiscal Studies Director Paul Johnson"), where an
     * institution's name ends; a title word inside a name goes on ("Ministry of Foreign Affairs and Trade").
     */
    private boolean isTitleBeforeName(List<Token> tokens, String[] lower, int i) {
        if (!personRules.isTitle(lower[i])) {
            return false;
        }
        int next = i + 1;
        return next >= tokens.size() || NerTokens.isCapitalized(tokens.get(next).text())
                && (gazetteer.contains(Gazetteer.NameList.GIVEN, lower[next])
                || gazetteer.contains(Gazetteer.NameList.SURNAME, lower[next]) || personRules.isTitle(lower[next]));
    }

    /**
     * The end of an organization of two or more words in our lists that starts at {@code start}, every word of it
     * capitalized but small inner words, that no list holds as a place or person; or -1.
     */
    int listedOrganizationEnd(List<Token> tokens, int[] marks, int start) {
        if (!Gazetteer.begins(marks[start], Gazetteer.NameList.ORG)) {
            return -1;
        }
        int end = start + 1;
        while (end < tokens.size() && Gazetteer.continues(marks[end], Gazetteer.NameList.ORG)) {
            end++;
        }
        if (end - start < 2) {
            return -1;
        }
        for (int i = start; i < end; i++) {
            String word = tokens.get(i).text();
            if (!NerTokens.isCapitalized(word) && !INSTITUTION_INNER_WORDS.contains(word)) {
                return -1;
            }
        }
        return Gazetteer.begins(marks[start], Gazetteer.NameList.LOC) || Gazetteer.begins(marks[start], Gazetteer.NameList.PER)
                ? -1 : end;
    }

    /**
     * A company's legal form after its capitalized name makes one organization of both, with the comma between them
     * ("Enron Corp.", "CCNG, Inc."), whatever the model made of the name.
     */
    static void addCompanySuffixes(List<List<Token>> sentences, List<String[]> coreSentences,
                                   List<NameCandidate> candidates, boolean[][] covered) {
        for (int s = 0; s < sentences.size(); s++) {
            List<Token> tokens = sentences.get(s);
            String[] cores = coreSentences.get(s);
            for (int k = 1; k < tokens.size(); k++) {
                boolean legalForm = LEGAL_FORMS.contains(stripStop(cores[k]));
                if (!legalForm && (!COMPANY_HEADS.contains(cores[k]) || k + 1 < tokens.size()
                        && NerTokens.isCapitalized(tokens.get(k + 1).text()))) {
                    continue; // not "the Australian Capital Territory"
                }
                int nameEnd = legalForm && cores[k - 1].equals(",") ? k - 1 : k;
                int start = nameEnd;
                while (start > 0 && nameEnd - start < 4 && NerTokens.isCapitalized(tokens.get(start - 1).text())
                        && !LEGAL_FORMS.contains(stripStop(cores[start - 1]))
                        && !NerTokens.endsWithPossessive(tokens.get(start - 1).text())) {
                    start--; // not past an owner: "Israel's Rafael Advanced Defense Systems"
                }
                while (start < nameEnd && cores[start].equalsIgnoreCase("the")) {
                    start++; // "The Arcadia Defense Systems board" opens a sentence
                }
                // "Costs of War Project": the name goes on before a small word, and is the model's to find; but not
                // "Shares of Arcadia …" at a sentence's start, nor "Hanseatic Capital and Vistula Economics"
                String before = start > 2 ? cores[start - 1].toLowerCase(Locale.ROOT) : "";
                boolean goesOn = NAME_GOES_ON_BEFORE.contains(before)
                        || before.equals("and") && !COMPANY_HEADS.contains(cores[start - 2]);
                if (!legalForm && goesOn && NerTokens.isCapitalized(tokens.get(start - 2).text())) {
                    continue;
                }
                if (start == nameEnd || PlaceRules.isHead(tokens.get(nameEnd - 1).text())) {
                    continue; // a legal form after "Corporation" is left out, as in GUM ("Atlantic Lottery Corporation")
                }
                if (NameCandidate.clearInside(candidates, covered, s, start, k + 1)) {
                    NameCandidate.add(candidates, covered, new NameCandidate(s, start, k + 1, EntityType.ORGANIZATION));
                }
            }
        }
    }

    private static String stripStop(String word) {
        return word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
    }

    /**
     * Capitalized words whose initials an acronym in brackets right after them spells are a body's full name, though
     * the model missed or split it ("Israel's Coordinator of Government Activities in the Territories (COGAT)", "the
     * UN Relief and Works Agency (UNRWA)"); what the model found inside gives way, and the acronym is the body too.
     */
    static void addFullFormsBeforeAcronyms(List<List<Token>> sentences, List<String[]> lowerSentences,
                                           List<NameCandidate> candidates, boolean[][] covered) {
        for (int s = 0; s < sentences.size(); s++) {
            List<Token> tokens = sentences.get(s);
            String[] lower = lowerSentences.get(s);
            for (int open = 2; open + 2 < tokens.size(); open++) {
                if (!tokens.get(open).text().equals("(") || !tokens.get(open + 2).text().equals(")")) {
                    continue;
                }
                String acronym = tokens.get(open + 1).text();
                if (!ACRONYM.matcher(acronym).matches() && !ACRONYM_AS_A_WORD.matcher(acronym).matches()) {
                    continue;
                }
                int start = fullFormStart(tokens, lower, open, acronym.toUpperCase(Locale.ROOT));
                // "Alexandria Ocasio-Cortez (AOC)": a person's initials leave the person alone; an acronym written as a
                // word is never a person's ("Petróleos Mexicanos (Pemex)")
                if (start < 0
                        || holdsAPerson(candidates, s, start, open) && !ACRONYM_AS_A_WORD.matcher(acronym).matches()
                        || !NameCandidate.clearInside(candidates, covered, s, start, open)) {
                    continue;
                }
                NameCandidate.add(candidates, covered, new NameCandidate(s, start, open, EntityType.ORGANIZATION));
                if (NameCandidate.clearInside(candidates, covered, s, open + 1, open + 2)) {
                    NameCandidate.add(candidates, covered, new NameCandidate(s, open + 1, open + 2, EntityType.ORGANIZATION));
                }
            }
        }
    }

    private static boolean holdsAPerson(List<NameCandidate> candidates, int sentence, int start, int end) {
        for (NameCandidate candidate : candidates) {
            if (candidate.sentence == sentence && candidate.type == EntityType.PERSON && candidate.start < end
                    && candidate.end > start) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the words before {@code open} begin that {@code letters} abbreviates, the longest such run: every word a
     * capitalized one, which gives the start of itself ("Coordinator" CO, "UN" UN), or a small word, which gives its
     * first letter or nothing ("Ministry of Defence", MOD; "Foreign, Commonwealth and Development Office", FCDO);
     * else -1.
     */
    private static int fullFormStart(List<Token> tokens, String[] lower, int open, String letters) {
        int found = -1;
        for (int start = open - 1; start >= 0 && open - start <= MAX_FULL_FORM_WORDS; start--) {
            String word = tokens.get(start).text();
            boolean capitalized = NerTokens.isCapitalized(word) && Character.isLetter(word.charAt(0))
                    && !NerTokens.endsWithPossessive(word) && !FULL_FORM_SMALL_WORDS.contains(lower[start]);
            if (!capitalized && !FULL_FORM_SMALL_WORDS.contains(lower[start])) {
                break;
            }
            if (capitalized && abbreviates(tokens, lower, start, open, letters, 0)) {
                found = start;
            }
        }
        return found;
    }

    /** Whether the words from {@code word} to {@code end} spell {@code letters} from {@code at} on, as above. */
    private static boolean abbreviates(List<Token> tokens, String[] lower, int word, int end, String letters, int at) {
        if (word == end) {
            return at == letters.length();
        }
        String upper = tokens.get(word).text().toUpperCase(Locale.ROOT);
        if (FULL_FORM_SMALL_WORDS.contains(lower[word])) {
            return abbreviates(tokens, lower, word + 1, end, letters, at)
                    || at < letters.length() && upper.charAt(0) == letters.charAt(at) && Character.isLetter(upper.charAt(0))
                    && abbreviates(tokens, lower, word + 1, end, letters, at + 1);
        }
        for (int k = 1; k <= upper.length() && at + k <= letters.length() && Character.isLetter(upper.charAt(k - 1)); k++) {
            if (upper.charAt(k - 1) != letters.charAt(at + k - 1)) {
                return false;
            }
            if (abbreviates(tokens, lower, word + 1, end, letters, at + k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether token {@code i} is a one-word body no list knows that issues a document: "Pemex said in a statement",
     * "Eskom said in its application". People speak "in a statement" too, but a person the text names alone by an
     * unknown word was named in full before, and so is already found.
     */
    boolean isBodyStating(List<Token> tokens, String[] lower, int i) {
        String word = tokens.get(i).text();
        // the words are joined for the pattern only after "said in" or the like: this runs for every capitalized word
        if (!NerTokens.isCapitalized(word) || word.length() < 3 || i > 0 && NerTokens.isCapitalized(tokens.get(i - 1).text())
                || i + 2 >= lower.length || !lower[i + 2].equals("in") || !STATING_VERBS.contains(lower[i + 1])
                || !STATING_DOCUMENT.matcher(String.join(" ", Arrays.asList(lower).subList(i + 1,
                Math.min(lower.length, i + 6)))).lookingAt()) {
            return false;
        }
        if (gazetteer.contains(Gazetteer.NameList.ORG, lower[i])) {
            return true; // "Pemex", though a town has its name too
        }
        for (Gazetteer.NameList list : NOT_A_BODY) {
            if (gazetteer.contains(list, lower[i])) {
                return false;
            }
        }
        return !personRules.isTitle(lower[i]);
    }

    /**
     * An acronym a name defines in brackets right after it is a name of the same type ("the Housing Authority of New
     * Orleans (HANO)", "the Institute for the Study of War (ISW)"), so later mentions of it are found too.
     */
    static void addAcronyms(List<List<Token>> sentences, List<NameCandidate> candidates, boolean[][] covered) {
        for (NameCandidate candidate : List.copyOf(candidates)) {
            List<Token> tokens = sentences.get(candidate.sentence);
            int open = candidate.end;
            if (candidate.type == EntityType.NATIONALITY || open + 2 >= tokens.size()
                    || !tokens.get(open).text().equals("(") || !tokens.get(open + 2).text().equals(")")) {
                continue;
            }
            String acronym = tokens.get(open + 1).text();
            if (!ACRONYM.matcher(acronym).matches()
                    || acronym.charAt(0) != Character.toUpperCase(tokens.get(candidate.start).text().charAt(0))) {
                continue;
            }
            if (!covered[candidate.sentence][open + 1]) {
                NameCandidate.add(candidates, covered,
                        new NameCandidate(candidate.sentence, open + 1, open + 2, candidate.type));
            } else {
                // "Hindustan Aeronautics Limited (HAL)": the model's guess at the acronym alone gives way
                for (NameCandidate other : candidates) {
                    if (other.sentence == candidate.sentence && other.start == open + 1 && other.end == open + 2) {
                        other.type = candidate.type;
                    }
                }
            }
        }
    }

    /**
     * An acronym in capitals that spells the initials of an organization named in the document is that organization
     * ("the Congressional Budget Office ... the CBO wrote"), though no brackets defined it.
     */
    static void addAcronymsOfOrganizations(List<List<Token>> sentences, List<String[]> lowerSentences,
                                           List<NameCandidate> candidates, boolean[][] covered) {
        Set<String> initials = new HashSet<>();
        for (NameCandidate candidate : candidates) {
            if (candidate.type == EntityType.ORGANIZATION && candidate.end - candidate.start > 1) {
                String[] lower = lowerSentences.get(candidate.sentence);
                String letters = EntityClusterer.initials(Arrays.stream(lower, candidate.start, candidate.end)
                        .filter(word -> Character.isLetter(word.charAt(0))).toList());
                if (letters.length() >= 2) {
                    initials.add(letters);
                }
            }
        }
        if (initials.isEmpty()) {
            return;
        }
        for (int s = 0; s < sentences.size(); s++) {
            List<Token> tokens = sentences.get(s);
            for (int i = 0; i < tokens.size(); i++) {
                if (!covered[s][i] && initials.contains(tokens.get(i).text())) {
                    NameCandidate.add(candidates, covered, new NameCandidate(s, i, i + 1, EntityType.ORGANIZATION));
                }
            }
        }
    }

    private static boolean allCapitalized(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!NerTokens.isCapitalized(tokens.get(i).text())) {
                return false;
            }
        }
        return true;
    }

    /**
     * A paper's name of capitalized words ending in a masthead word, after "the", where a paper is told, read or quoted:
     * "telling the Australian Financial Review", "in the Sydney Morning Herald", "the Jerusalem Post reported". A
     * "Review" counts only where it is told something: "the Defence Strategic Review" is a report.
     */
    static void addMastheads(List<List<Token>> sentences, List<String[]> lowerSentences, List<NameCandidate> candidates,
                             boolean[][] covered) {
        for (int s = 0; s < sentences.size(); s++) {
            List<Token> tokens = sentences.get(s);
            String[] lower = lowerSentences.get(s);
            for (int the = 0; the + 2 < tokens.size(); the++) {
                if (!lower[the].equals("the")) {
                    continue;
                }
                int end = the + 1;
                while (end < tokens.size() && end - the <= 4 && NerTokens.isCapitalized(tokens.get(end).text())) {
                    end++;
                }
                String last = tokens.get(end - 1).text();
                boolean told = the > 0 && TOLD_PAPER.contains(lower[the - 1]);
                boolean read = the > 0 && READ_IN.contains(lower[the - 1])
                        || end < tokens.size() && SpeechVerbs.isSpeechVerb(lower[end]);
                if (end - the < 3 || !(MASTHEADS.contains(last) && (told || read) || last.equals("Review") && told)
                        || end < tokens.size() && NerTokens.isCapitalized(tokens.get(end).text())) {
                    continue;
                }
                if (end < tokens.size() && lower[end].equals("of")
                        || !NameCandidate.clearInside(candidates, covered, s, the + 1, end)) {
                    continue; // "the Medical Journal of Australia": the name goes on
                }
                NameCandidate.add(candidates, covered, new NameCandidate(s, the + 1, end, EntityType.ORGANIZATION));
                the = end - 1;
            }
        }
    }

    /**
     * A newspaper whose name begins with "The", written with a capital "The" inside a sentence, is an organization
     * with its "The" ("told The Times", "a column in The New York Times"); what the model found inside gives way.
     */
    static void addNewspapersWithThe(List<List<Token>> sentences, List<String[]> lowerSentences,
                                     List<NameCandidate> candidates, boolean[][] covered) {
        for (int s = 0; s < sentences.size(); s++) {
            List<Token> tokens = sentences.get(s);
            String[] lower = lowerSentences.get(s);
            for (int i = 1; i + 1 < tokens.size(); i++) {
                if (!tokens.get(i).text().equals("The")) {
                    continue;
                }
                int end = -1;
                for (int j = i + 2; j <= Math.min(tokens.size(), i + 5); j++) {
                    boolean masthead = j >= i + 3 && (MASTHEADS.contains(tokens.get(j - 1).text())
                            || tokens.get(j - 1).text().equals("News")) && allCapitalized(tokens, i + 1, j);
                    if ((THE_NEWSPAPERS.contains(NerTokens.key(lower, i + 1, j)) || masthead)
                            && NerTokens.isCapitalized(tokens.get(j - 1).text())
                            && (j == tokens.size() || !NerTokens.isCapitalized(tokens.get(j).text()))) {
                        // the whole name: not "The National" of "The National Guard"; any paper's name of capitalized
                        // words that ends in a masthead word ("The Dallas Morning News", "The Columbus Dispatch")
                        end = j;
                    }
                }
                if (end < 0) {
                    continue;
                }
                NameCandidate.removeOverlapping(candidates, covered, s, i, end, null);
                NameCandidate.add(candidates, covered, new NameCandidate(s, i, end, EntityType.ORGANIZATION));
                i = end - 1;
            }
        }
    }
}
