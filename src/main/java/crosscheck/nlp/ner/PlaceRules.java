package crosscheck.nlp.ner;

import crosscheck.model.EntityType;
import crosscheck.model.Token;
import crosscheck.nlp.UsStates;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The name finder's rules about places and the nationalities named after them: a place followed by the head word of
 * an organization's or a place's name ("US Marines", "Coron Island", "Kennedy Airport"), places our lists hold as
 * nothing else, a place before the party member it describes ("a Minnesota Democrat"), a place the model found
 * without its first or last word ("[South] Sudan"), institutions named after their seat ("the White House" is an
 * organization, but a place after "at"), and demonyms ("Britons"). {@link TrainedNameFinder#find} runs the passes in
 * its order; each changes only the candidates and the coverage table it is given (see {@link NameCandidate}).
 * Immutable and thread-safe: it holds only the shared, immutable gazetteers, so one instance serves every thread.
 */
final class PlaceRules {
    /** Last words of places' names that may follow a place's or a person's name ("Coron Island", "Kennedy Airport"). */
    private static final Set<String> PLACE_HEADS = Set.of("Airport", "Bridge", "Station", "Stadium", "Park", "Square",
            "Street", "Avenue", "Road", "Boulevard", "Hall", "Tower", "Palace", "Castle", "Cathedral", "Church", "Abbey",
            "Temple", "Mosque", "Museum", "Gallery", "Hospital", "Harbor", "Harbour", "Island", "Islands", "Lake",
            "River", "Mountains", "Mountain", "Bay", "Valley", "Canyon", "Beach", "Trail", "Memorial", "Monument",
            "County", "Province", "District", "Shoal", "Reef", "Strait", "Peninsula", "Atoll", "Sea", "Parish",
            "Township", "Borough");
    /**
     * Last words of a military or industrial site's name, a place ("Moody Air Force Base", "Scranton Army Ammunition
     * Plant").
     */
    private static final Set<String> FACILITY_HEADS = Set.of("Base", "Airfield", "Barracks", "Arsenal", "Depot",
            "Plant");
    /** First words of a site's or a palace's name ("Fort Bragg", "Joint Base Lewis-McChord", "Palazzo Chigi"). */
    private static final Set<String> FACILITY_OPENINGS = Set.of("Fort", "Camp", "Joint Base", "Naval Air Station",
            "Naval Station", "Air Station", "Palazzo", "Palais", "Château", "Schloss");
    /** The first words of {@link #FACILITY_OPENINGS}. */
    private static final Set<String> FACILITY_FIRST_WORDS = FACILITY_OPENINGS.stream()
            .map(opening -> opening.split(" ")[0]).collect(Collectors.toUnmodifiableSet());
    /** Words that open a region's name before a place's name ("Lower Juba", "Upper Nile"). */
    private static final Set<String> RELATIVE_PLACE_WORDS = Set.of("Lower", "Upper");
    /** Small words inside a town's hyphenated name ("Barrow-in-Furness", "Stoke-on-Trent"). */
    private static final Set<String> TOWN_JOINERS = Set.of("in", "on", "upon", "under", "le", "sur", "am", "en");
    /** The words of a county or its like, after its name ("Warren County", "Cameron Parish"). */
    private static final Set<String> COUNTY_WORDS = Set.of("County", "Parish", "Township", "Borough");
    /** Ordinals written as words that open a place's name before its head ("Second Thomas Shoal"). */
    private static final Set<String> ORDINAL_WORDS = Set.of("First", "Second", "Third", "Fourth", "Fifth");
    /** What a party's member is called ("a Texas Republican"): never the end of a place's name. */
    static final Set<String> PARTY_MEMBERS = Set.of("republican", "republicans", "democrat", "democrats",
            "conservative", "conservatives", "liberal", "liberals", "tory", "tories", "mp", "senator", "congressman",
            "congresswoman", "lawmaker", "lawmakers");
    /**
     * Party members' words that name people, not the party ("Senate Republicans", "a Tory rebellion"): their own type
     * beside nationalities, as the party's name ("Republican Party", "Labour") is an organization's.
     */
    static final Set<String> PARTY_MEMBER_WORDS = Set.of("republican", "republicans", "democrat", "democrats",
            "democratic", "tory", "tories", "conservative", "conservatives");
    /** Last words of organizations' names that may follow a place's name ("US Marines", "Aberdeen Grammar School"). */
    static final Set<String> ORGANIZATION_HEADS = Set.of("Marines", "Army", "Navy", "Police", "Party", "Council",
            "University", "College", "School", "Club", "Bank", "Court", "Committee", "Commission", "Department", "Ministry",
            "Agency", "Institute", "Corporation", "Company", "Association", "Federation", "Union", "League", "Senate",
            "Congress", "Parliament", "Assembly", "Government", "Airlines", "Airways", "Orchestra", "Society",
            "Foundation", "Inc.", "Corp.", "Ltd.", "Ltd", "Co.", "FC", "Guard", "Forces", "Legislature", "Authority",
            "Herald", "Times", "Post", "Tribune", "Journal", "Gazette", "Bulletin", "Chronicle", "Telegraph",
            "Examiner", "Inquirer", "Observer");
    /** Institutions named after the building they sit in (lower-cased, tokenized). */
    static final Set<String> SEATS = Set.of("white house", "kremlin", "pentagon", "downing street", "whitehall",
            "oval office", "holyrood", "stormont");
    /** Legislatures whose members sit for a constituency ("Member of the Senedd for Arfon"). */
    private static final Set<String> LEGISLATURES = Set.of("Senedd", "Parliament", "Assembly", "Dáil", "Congress");
    /** The most words of one constituency's name ("Na h-Eileanan an Iar" is hyphenated, "South Wales East" three). */
    private static final int MAX_CONSTITUENCY_WORDS = 4;
    /** Lawmakers who sit for a constituency ("MP for Gosport"). */
    private static final Set<String> CONSTITUENCY_HOLDERS = Set.of("MP", "MSP", "MLA", "MS", "TD", "MPP", "member",
            "Member");
    /** A party's letter before a lawmaker's state ("D-Mich."). */
    private static final Set<String> PARTY_LETTERS = Set.of("D", "R", "I");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("at", "in", "inside", "outside", "into", "near",
            "toward", "towards", "through", "around", "across", "within", "visited", "visit", "visiting");

    private final Gazetteer gazetteer;
    private final Gazetteer forcedOrganizations;

    PlaceRules(Gazetteer gazetteer, Gazetteer forcedOrganizations) {
        this.gazetteer = gazetteer;
        this.forcedOrganizations = forcedOrganizations;
    }

    /** Whether the word is a party's letter, as before a lawmaker's state ("R" in "R-Texas"). */
    static boolean isPartyLetter(String word) {
        return PARTY_LETTERS.contains(word);
    }

    /**
     * An institution named after its seat is an organization, except after a preposition of place, where it is the
     * building ("at the White House", "in the Kremlin").
     */
    static EntityType seatType(String name, String[] lower, int start) {
        if (!SEATS.contains(name)) {
            return EntityType.ORGANIZATION;
        }
        int before = start - 1;
        if (before >= 0 && lower[before].equals("the")) {
            before--;
        }
        return before >= 0 && PLACE_PREPOSITIONS.contains(lower[before]) ? EntityType.LOCATION : EntityType.ORGANIZATION;
    }

    /**
     * A place followed by an organization's name is one organization named after the place: "US Marines",
     * "United States Congress", "Aberdeen Grammar School", "Sydney Morning Herald" (the model often finds the place
     * alone); a place or a person followed by a few capitalized words ending with a word that heads names of places
     * is that place: "Coron Island", "Kennedy Airport".
     */
    static List<NameCandidate> placeOrganizations(List<List<Token>> sentences, List<NameCandidate> candidates) {
        candidates.sort(Comparator.<NameCandidate>comparingInt(c -> c.sentence).thenComparingInt(c -> c.start));
        List<NameCandidate> result = new ArrayList<>(candidates.size());
        for (int k = 0; k < candidates.size(); k++) {
            NameCandidate place = candidates.get(k);
            result.add(place);
            List<Token> tokens = sentences.get(place.sentence);
            if (place.type != EntityType.LOCATION && place.type != EntityType.PERSON
                    || NerTokens.endsWithPossessive(tokens.get(place.end - 1).text())) {
                continue;
            }
            if (place.type == EntityType.PERSON && place.end - place.start > 1
                    && PLACE_HEADS.contains(tokens.get(place.end - 1).text())) {
                place.type = EntityType.LOCATION; // "[Second] Thomas Shoal", "Frobisher Bay"
                continue;
            }
            NameCandidate next = k + 1 < candidates.size() && candidates.get(k + 1).sentence == place.sentence
                    ? candidates.get(k + 1) : null;
            if (next != null && next.start == place.end && next.type == EntityType.ORGANIZATION
                    && place.type == EntityType.LOCATION && NerTokens.isCapitalized(tokens.get(next.start).text())) {
                place.end = next.end;
                place.type = EntityType.ORGANIZATION;
                k++;
                continue;
            }
            int limit = next == null ? tokens.size() : next.start;
            int end = place.end;
            while (end < limit && end - place.end < 3 && NerTokens.isCapitalized(tokens.get(end).text())
                    && !isHead(tokens.get(end).text())) {
                end++;
            }
            if (end < limit && isHead(tokens.get(end).text())
                    && (end + 1 >= tokens.size() || !NerTokens.isCapitalized(tokens.get(end + 1).text())
                        && !TrainedNameFinder.CONTINUES_NAME.contains(tokens.get(end + 1).text())
                        || tokens.get(end + 1).text().equals("and") && !NerTokens.continuesName(tokens, end + 2))) {
                place.type = ORGANIZATION_HEADS.contains(tokens.get(end).text()) ? EntityType.ORGANIZATION
                        : EntityType.LOCATION;
                place.end = end + 1;
            }
        }
        return result;
    }

    /** A last word of an organization's or a place's name that may follow a place's name ("Marines", "Airport"). */
    static boolean isHead(String word) {
        return ORGANIZATION_HEADS.contains(word) || PLACE_HEADS.contains(word);
    }

    /** A country, region or major city in our lists that no list of organizations or people also holds. */
    boolean isKnownPlaceOnly(String lowerName) {
        return gazetteer.contains(Gazetteer.NameList.LOC, lowerName)
                && !gazetteer.contains(Gazetteer.NameList.ORG, lowerName)
                && !gazetteer.contains(Gazetteer.NameList.PER, lowerName)
                && !gazetteer.contains(Gazetteer.NameList.GIVEN, lowerName)
                && !gazetteer.contains(Gazetteer.NameList.SURNAME, lowerName)
                && !forcedOrganizations.contains(Gazetteer.NameList.ORG, lowerName);
    }

    /** A nationality, also in the plural ("Britons", "Malians"), but not a country so spelt ("Philippines"). */
    boolean isDemonym(String word, String lower) {
        return NerTokens.isCapitalized(word) && (gazetteer.contains(Gazetteer.NameList.DEMONYM, lower)
                || isPluralDemonym(lower) || PARTY_MEMBER_WORDS.contains(lower));
    }

    boolean isPluralDemonym(String lowerName) {
        return lowerName.endsWith("s") && !gazetteer.contains(Gazetteer.NameList.LOC, lowerName)
                && gazetteer.contains(Gazetteer.NameList.DEMONYM, lowerName.substring(0, lowerName.length() - 1));
    }

    /**
     * The end of the longest place name our lists hold as nothing else that starts at {@code start}, is written with
     * capitals and is free ("Now Iran wants...", "from India and China"), or -1: the model misses a known country
     * now and then, mostly in short or informal sentences.
     */
    static int placeEnd(List<Token> tokens, int[] places, boolean[] covered, int start) {
        if (!Gazetteer.begins(places[start], Gazetteer.NameList.LOC)) {
            return -1;
        }
        int end = start + 1;
        while (end < tokens.size() && Gazetteer.continues(places[end], Gazetteer.NameList.LOC)
                && NerTokens.isCapitalized(tokens.get(end).text())) {
            end++;
        }
        return NameCandidate.isFree(covered, start, end) ? end : -1;
    }

    /**
     * The end of a place of our list, of one or two words, right before a party member or lawmaker it describes ("a
     * [Minnesota] Democrat", "an [Ohio] Republican", "a [New Jersey] senator"), or -1.
     */
    int placeOfAMember(List<Token> tokens, String[] lower, boolean[] covered, int start) {
        for (int end = Math.min(start + 2, tokens.size() - 1); end > start; end--) {
            if (PARTY_MEMBERS.contains(lower[end]) && !PARTY_MEMBER_WORDS.contains(lower[start])
                    && NameCandidate.isFree(covered, start, end)
                    && NerTokens.isCapitalized(tokens.get(end - 1).text())
                    && gazetteer.contains(Gazetteer.NameList.LOC, NerTokens.key(lower, start, end))) {
                return end;
            }
        }
        return -1;
    }

    /**
     * The capitalized words after a lawmaker's "for" ("MLA for Upper Bann", "Member of the Senedd for Arfon") are one
     * place, their constituency, and so are several places joined by commas and "and" ("MP for Brecon, Radnor and Cwm
     * Tawe", "MP for Oxford West and Abingdon"); what the model found inside gives way, and a name it ran through "for"
     * ends before it. A list without "and" joins nothing ("MP for Bassetlaw, Sarah Cole"), nor do words after "and" in
     * lower case; a listed body after "for" is a party, no place ("a Bundestag member for Die Linke").
     */
    static void addConstituencies(List<List<Token>> sentences, List<String[]> lowerSentences,
                                  List<NameCandidate> candidates, boolean[][] covered, Predicate<String> listedBody) {
        for (int s = 0; s < sentences.size(); s++) {
            List<Token> tokens = sentences.get(s);
            for (int i = 2; i < tokens.size(); i++) {
                if (!tokens.get(i - 1).text().equals("for") || !CONSTITUENCY_HOLDERS.contains(tokens.get(i - 2).text())
                        && !isMemberOfLegislature(tokens, i - 2)) {
                    continue;
                }
                int end = capitalizedRunEnd(tokens, i);
                boolean joined = false;
                while (end > i && end + 1 < tokens.size()) {
                    String joiner = tokens.get(end).text();
                    int next = capitalizedRunEnd(tokens, end + 1);
                    if (!(joiner.equals(",") || joiner.equals("and")) || next == end + 1) {
                        break;
                    }
                    joined |= joiner.equals("and");
                    end = next;
                    if (joiner.equals("and")) {
                        break; // "and" joins the last place
                    }
                }
                if (!joined && end > i && end - i <= MAX_CONSTITUENCY_WORDS
                        && !listedBody.test(NerTokens.key(lowerSentences.get(s), i, end))) {
                    for (NameCandidate candidate : candidates) {
                        if (candidate.sentence == s && candidate.start < i - 1 && candidate.end > i - 1) {
                            Arrays.fill(covered[s], i - 1, candidate.end, false);
                            candidate.end = i - 1;
                        }
                    }
                    joined = true;
                }
                if (joined && NameCandidate.clearInside(candidates, covered, s, i, end)) {
                    NameCandidate.add(candidates, covered, new NameCandidate(s, i, end, EntityType.LOCATION));
                    i = end - 1;
                }
            }
        }
    }

    /** Whether the word at {@code at} is a legislature a member "of" sits in ("Member of the Senedd for Arfon"). */
    private static boolean isMemberOfLegislature(List<Token> tokens, int at) {
        if (!LEGISLATURES.contains(tokens.get(at).text())) {
            return false;
        }
        for (int k = Math.max(0, at - 4); k < at; k++) {
            if (tokens.get(k).text().equals("Member") && tokens.get(k + 1).text().equals("of")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The end of the capitalized words from {@code start} on (hyphens within: "Cork North-Central"), before any owner's
     * possessive ("and Labour's spokesman").
     */
    private static int capitalizedRunEnd(List<Token> tokens, int start) {
        int end = start;
        while (end < tokens.size() && (NerTokens.isCapitalized(tokens.get(end).text())
                && !NerTokens.endsWithPossessive(tokens.get(end).text())
                || end > start && end + 1 < tokens.size() && tokens.get(end).text().equals("-")
                && NerTokens.isCapitalized(tokens.get(end + 1).text()))) {
            end++;
        }
        return end;
    }

    /**
     * A US state's abbreviation after a party's letter ("Rep. Layla Haddad (D-Mich.)", "R-S.C.") or after a city and a
     * comma ("SCRANTON, Pa. —", "in Dayton, Ohio,") is a place.
     */
    static void addStateAbbreviations(List<List<Token>> sentences, List<NameCandidate> candidates, boolean[][] covered) {
        for (int s = 0; s < sentences.size(); s++) {
            List<Token> tokens = sentences.get(s);
            for (int i = 2; i < tokens.size(); i++) {
                if (!UsStates.isAbbreviation(tokens.get(i).text())) {
                    continue;
                }
                String before = tokens.get(i - 1).text();
                String word = tokens.get(i - 2).text();
                boolean afterParty = before.equals("-") && PARTY_LETTERS.contains(word);
                boolean afterCity = before.equals(",") && NerTokens.isCapitalized(word) && word.length() > 1;
                if (!afterParty && !afterCity) {
                    continue;
                }
                if (!covered[s][i]) {
                    NameCandidate.add(candidates, covered, new NameCandidate(s, i, i + 1, EntityType.LOCATION));
                    continue;
                }
                for (NameCandidate candidate : candidates) {
                    if (candidate.sentence == s && candidate.start == i && candidate.end == i + 1) {
                        candidate.type = EntityType.LOCATION; // "SCRANTON, [Pa.]": no person
                    }
                }
            }
        }
    }

    /**
     * Whether a name of two words or more is a military or industrial site's, a place: by its last word ("Moody Air
     * Force Base", "Scranton Army Ammunition Plant", "Pensacola Naval Air Station") or its first ("Fort Bragg", "Joint
     * Base Lewis-McChord").
     */
    static boolean isFacility(List<Token> tokens, NameCandidate candidate) {
        if (candidate.end - candidate.start < 2) {
            return false;
        }
        String last = tokens.get(candidate.end - 1).text();
        String beforeLast = tokens.get(candidate.end - 2).text();
        // "Norfolk Naval Shipyard" is a site, "Philly Shipyard" a company
        if (FACILITY_HEADS.contains(last) || last.equals("Station") && (beforeLast.equals("Air")
                || beforeLast.equals("Naval") || beforeLast.equals("Power"))
                || last.equals("Shipyard") && beforeLast.equals("Naval")) {
            return true;
        }
        return opensFacility(tokens, candidate);
    }

    /** Whether a name of two words or more opens with a site's first words ("Fort Bragg", "Joint Base Lewis-McChord"). */
    static boolean opensFacility(List<Token> tokens, NameCandidate candidate) {
        if (!FACILITY_FIRST_WORDS.contains(tokens.get(candidate.start).text())) {
            return false; // most names: no need to build their openings
        }
        StringBuilder opening = new StringBuilder();
        for (int i = candidate.start; i < Math.min(candidate.end - 1, candidate.start + 3); i++) {
            opening.append(i > candidate.start ? " " : "").append(tokens.get(i).text());
            if (FACILITY_OPENINGS.contains(opening.toString())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A one-word name the model took for a person or a place, right before "County", "Parish", "Township" or
     * "Borough" and no other capitalized word, is a county with it ("Warren County", "Cameron Parish").
     */
    static void addCounties(List<List<Token>> sentences, List<NameCandidate> candidates, boolean[][] covered) {
        for (NameCandidate candidate : candidates) {
            List<Token> tokens = sentences.get(candidate.sentence);
            int after = candidate.end;
            if ((candidate.type == EntityType.PERSON || candidate.type == EntityType.LOCATION)
                    && candidate.end - candidate.start == 1 && after < tokens.size() && !covered[candidate.sentence][after]
                    && COUNTY_WORDS.contains(tokens.get(after).text())
                    && (after + 1 == tokens.size() || !NerTokens.isCapitalized(tokens.get(after + 1).text()))) {
                candidate.end = after + 1;
                candidate.type = EntityType.LOCATION;
                covered[candidate.sentence][after] = true;
            }
        }
    }

    /**
     * A place the model found without its first or last word takes it in when our place list holds the whole ("a
     * [New] Mexico Democrat", "[South] Sudan", "Burkina [Faso]").
     */
    void extendPlaces(List<List<Token>> sentences, List<String[]> lowerSentences, List<NameCandidate> candidates,
                      boolean[][] covered) {
        List<NameCandidate> hyphenatedTowns = new ArrayList<>();
        for (NameCandidate candidate : candidates) {
            List<Token> tokens = sentences.get(candidate.sentence);
            String[] lower = lowerSentences.get(candidate.sentence);
            boolean[] taken = covered[candidate.sentence];
            if (candidate.type != EntityType.LOCATION && candidate.end - candidate.start == 1 && candidate.end < tokens.size()
                    && !taken[candidate.end] && NerTokens.isCapitalized(tokens.get(candidate.end).text())
                    && isKnownPlaceOnly(NerTokens.key(lower, candidate.start, candidate.end + 1))) {
                candidate.type = EntityType.LOCATION; // "[Burkina] Faso’s government": the model took half a country
            }
            if (candidate.type != EntityType.LOCATION) {
                continue;
            }
            int before = candidate.start - 1;
            if (before >= 0 && !taken[before] && NerTokens.isCapitalized(tokens.get(before).text())
                    && (gazetteer.contains(Gazetteer.NameList.LOC, NerTokens.key(lower, before, candidate.end))
                    || ORDINAL_WORDS.contains(tokens.get(before).text())
                    && PLACE_HEADS.contains(tokens.get(candidate.end - 1).text()))) {
                candidate.start = before; // "[South] Sudan", "[Second] Thomas Shoal"
                taken[before] = true;
            }
            if (before >= 0 && !taken[before] && RELATIVE_PLACE_WORDS.contains(tokens.get(before).text())
                    && (before == 0 || !NerTokens.isCapitalized(tokens.get(before - 1).text()))) {
                candidate.start = before; // "in Gedo and [Lower] Juba", "[Upper] Nile state"
                taken[before] = true;
            }
            int after = candidate.end;
            if (after < tokens.size() && !taken[after] && NerTokens.isCapitalized(tokens.get(after).text())
                    && gazetteer.contains(Gazetteer.NameList.LOC, NerTokens.key(lower, candidate.start, after + 1))) {
                candidate.end = after + 1;
                taken[after] = true;
            }
            // "at [Camp] Aguinaldo": a site's opening word the model found alone takes in the name after it
            while (candidate.end < tokens.size() && candidate.end - candidate.start < 3 && !taken[candidate.end]
                    && FACILITY_FIRST_WORDS.contains(tokens.get(candidate.start).text())
                    && NerTokens.isCapitalized(tokens.get(candidate.end).text())
                    && NerTokens.isProperNoun(tokens.get(candidate.end))) {
                taken[candidate.end] = true;
                candidate.end++;
            }
            // "Barrow-in-Furness", "Stoke-on-Trent", "Newcastle-upon-Tyne": a town's name joined by hyphens
            if (candidate.end + 2 < tokens.size() && NerTokens.isJoiningHyphen(tokens, candidate.end)
                    && TOWN_JOINERS.contains(tokens.get(candidate.end + 1).text())
                    && NerTokens.isJoiningHyphen(tokens, candidate.end + 2) && candidate.end + 3 < tokens.size()
                    && NerTokens.isCapitalized(tokens.get(candidate.end + 3).text())) {
                hyphenatedTowns.add(candidate);
            }
        }
        for (NameCandidate town : hyphenatedTowns) {
            NameCandidate.removeOverlapping(candidates, covered, town.sentence, town.end, town.end + 4, town);
            Arrays.fill(covered[town.sentence], town.end, town.end + 4, true);
            town.end += 4;
        }
    }
}
