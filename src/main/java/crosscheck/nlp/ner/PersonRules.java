package crosscheck.nlp.ner;

import crosscheck.model.EntityType;
import crosscheck.model.Token;
import crosscheck.nlp.GivenNameSex;
import crosscheck.nlp.SpeechVerbs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The name finder's rules about people: titles and the offices they name ("Prime Minister", "Minister of Foreign
 * Affairs"), names after a title ("Senator Hatfield") or from a given name in our lists ("Debra Perlingiere"), the
 * surname a given name left out, speakers before or after a speech verb, hyphenated and East Asian names ("Kim
 * Jong-un", "Jean-Luc Mélenchon", "Oh Sung-min"), surname particles and initials ("Ursula von der Leyen", "W.H.S.
 * Koerner"), and a person the model ran into the body before the title ("Senate Appropriations Committee Vice Chair
 * Eleanor Voss"). {@link TrainedNameFinder#find} runs the passes in its order; each changes only the candidates and the
 * coverage table it is given (see {@link NameCandidate}). Immutable and thread-safe: it holds only the shared,
 * immutable gazetteers and {@link PlaceRules}, so one instance serves every thread.
 */
final class PersonRules {
    /** Lines this short are signatures or bylines: a given name alone there is a person. */
    private static final int SHORT_LINE_TOKENS = 3;
    private static final int MAX_TITLE_TOKENS = 4;
    /** What may follow the writer's name in a byline. */
    private static final Set<String> BYLINE_ENDS = Set.of(",", "and", "|", "in", "—", "-", ".");
    /** One-word titles that only people bear (longer titles from our list all do). */
    private static final Set<String> PERSON_TITLES = Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.",
            "prof", "prof.", "professor", "sir", "senator", "sen.", "rep.", "representative", "congressman",
            "congresswoman", "governor", "gov.", "mayor", "judge", "president", "minister", "secretary", "chancellor",
            "ayatollah", "sheikh", "imam", "rabbi", "reverend", "rev.", "pastor", "archbishop", "pope", "sultan", "emir",
            "ambassador", "envoy", "gen.", "col.", "sgt.", "capt.", "lt.", "maj.", "adm.", "gen", "col", "sgt", "capt",
            "lt", "maj", "adm", "brig", "lieutenant", "sergeant",
            "colonel", "councillor", "councilman", "councilwoman", "commissioner", "premier", "king", "queen", "prince",
            "princess", "justice", "lord", "lady", "baroness", "baron", "viscount", "countess", "dame", "mp", "mep",
            "mla", "msp", "td", "treasurer", "spokesman", "spokeswoman",
            "spokesperson", "chairman", "chairwoman", "taoiseach", "tánaiste", "shri", "shrimati", "smt", "smt.", "sri",
            "barrister", "alhaji", "alhaja", "hajiya", "begum", "mallam", "engr", "engr.", "advocate", "pandit", "sardar",
            "sheikha", "comrade");
    /** Adverbs that open a sentence before a comma, whatever the tagger makes of a name there ("Meanwhile,"). */
    private static final Set<String> LINKING_ADVERBS = Set.of("meanwhile", "however", "moreover", "furthermore",
            "nevertheless", "nonetheless", "instead", "elsewhere", "overall", "besides", "likewise", "otherwise",
            "therefore", "indeed", "still", "also");
    /** Words between an office's words ("Minister of Electricity and Energy", "Secretary of Health & Social Care"). */
    private static final Set<String> OFFICE_JOINERS = Set.of("and", "&", ",");
    /**
     * Words of the offices that follow a title ("Minister of Foreign Affairs", "Secretary of Health and Human
     * Services").
     */
    private static final Set<String> OFFICE_WORDS = Set.of("defense", "defence", "state", "foreign", "affairs",
            "interior", "justice", "health", "finance", "economy", "economic", "trade", "industry", "education", "labor",
            "labour", "agriculture", "energy", "transport", "transportation", "environment", "home", "war", "human",
            "services", "commerce", "housing", "urban", "development", "veterans", "homeland", "security", "treasury",
            "culture", "digital", "science", "technology", "work", "pensions", "communities", "department", "office",
            "internal", "external", "european", "national", "social", "public", "information", "immigration", "works",
            "relations", "resources", "infrastructure", "water", "irrigation", "mines", "mining", "petroleum", "oil",
            "gas", "fisheries", "forestry", "tourism", "sport", "sports", "youth", "women", "family", "communications",
            "telecommunications", "aviation", "maritime", "customs", "revenue", "budget", "planning", "regional",
            "local", "government", "cooperation", "integration", "reconstruction", "land", "lands", "climate",
            "electricity", "power", "heritage", "arts", "media", "welfare", "solidarity", "equality", "food", "rural");
    /** One to three initials with their full stops ("A.", "W.H.S."). */
    private static final Pattern INITIALS = Pattern.compile("\\p{Lu}\\.(?:\\p{Lu}\\.){0,2}");
    /** First halves of compound adjectives of nations ("Franco-German", "Anglo-American", "Sino-Russian"). */
    private static final Set<String> COMBINING_FORMS = Set.of("franco", "anglo", "sino", "russo", "indo", "italo",
            "greco", "austro", "germano", "judeo", "afro", "euro", "hispano", "luso", "nippo", "turco", "polono", "serbo");
    /** Family names that come before a hyphenated Korean or Taiwanese given name ("Oh Sung-min", "Lai Ching-te"). */
    static final Set<String> EAST_ASIAN_FAMILY_NAMES = Set.of("Kim", "Lee", "Park", "Choi", "Jung", "Chung",
            "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Oh", "Seo", "Shin", "Kwon", "Hwang", "Ahn", "Song", "Yoo",
            "Hong", "Moon", "Ko", "Bae", "Baek", "Nam", "Noh", "Ryu", "Yang", "Son", "Cha", "Ha", "Jeon", "Jo", "Yu",
            "Won", "Byun", "Chae", "Go", "Hyun", "Im", "Ji", "Joo", "Kwak", "Min", "Na", "Seok", "Sung", "Woo", "Yun",
            "Lai", "Hsiao", "Chen", "Lin", "Wang", "Huang", "Chang", "Liu", "Tsai", "Wu", "Cheng", "Hsu", "Kuo", "Ho",
            "Lu", "Hou", "Ma", "Su", "Yeh", "Chiang", "Chou", "Hung", "Kao", "Shih", "Tseng", "Hsieh", "Chu", "Lo");
    /** Words after a hyphen that make a compound, not a given name's second syllable ("Cold War-era", "Year-end"). */
    private static final Set<String> HYPHEN_SUFFIXES = Set.of("era", "style", "led", "based", "run", "end", "like",
            "free", "wide", "long", "old", "backed", "owned", "made", "born", "linked", "level", "scale", "term",
            "type", "class", "grade", "held", "tier", "up", "off", "in", "out", "over", "fold", "plus", "only",
            "listed", "bound", "area", "zone", "rich", "poor", "heavy", "light", "sized", "wise", "proof", "ready",
            "bred", "hit", "torn");
    /** Chinese family names, which come first and are used alone after the full name ("Xie Haoyu ... Xie said"). */
    static final Set<String> CHINESE_FAMILY_NAMES = Set.of("Zhang", "Wang", "Li", "Zhao", "Liu", "Chen", "Yang",
            "Huang", "Zhou", "Wu", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Luo", "Gao", "Zheng", "Liang",
            "Xie", "Song", "Tang", "Han", "Feng", "Deng", "Cao", "Peng", "Zeng", "Xiao", "Tian", "Dong", "Pan", "Yuan",
            "Cai", "Jiang", "Yu", "Du", "Ye", "Cheng", "Wei", "Su", "Lu", "Ding", "Ren", "Shen", "Yao", "Cui", "Zhong",
            "Tan", "Fu", "Fan", "Jin", "Qin", "Xi", "Bai", "Kong", "Qian", "Mao", "Wen", "Fang", "Shi", "Qiu", "Hou");
    /** Numbers that follow a ruler's name. */
    private static final Set<String> REGNAL_NUMBERS = Set.of("II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X",
            "XI", "XII", "XIII", "XIV", "XV", "XVI");
    /**
     * The longest apposition between a speaker's name and the speech verb, in tokens: "Nvidia, whose sales to China
     * fell to about 13% of revenue in the fiscal year that ended in January, said".
     */
    private static final int APPOSITION_TOKENS = 24;
    /** Verbs of speaking before a speaker's name ("said Iryna Bondar"). */
    static final Set<String> TOLD = Set.of("told", "telling", "tells");
    /** Verbs by which someone judges in public, like a speech verb: "spokesperson Meenakshi Raghavan accused". */
    private static final Set<String> JUDGING_VERBS = Set.of("accused", "accuses", "called", "calls", "described",
            "describes", "branded", "dismissed", "dismisses", "welcomed", "welcomes", "criticised", "criticized",
            "slammed", "slams", "praised", "condemned", "rejected", "rejects", "attacked", "attacks", "blasted",
            "blasts");
    /** Words of time and greetings that open sentences before a name and that no name list holds. */
    private static final Set<String> OPENERS_BEFORE_NAMES = Set.of("yesterday", "today", "tomorrow", "tonight",
            "meanwhile", "earlier", "later", "now", "then", "still", "instead", "separately", "overnight", "dear", "hi",
            "hello", "hey", "thanks", "congratulations", "welcome", "sorry");
    /** Conjunctions a sentence opens with, which the model sometimes takes into the name after them. */
    private static final Set<String> LEADING_CONJUNCTIONS = Set.of("but", "and", "yet", "so", "or", "nor");
    /** The letters of a parliament's members in the plural ("Labour MPs", "Opposition TDs"). */
    private static final Set<String> MEMBERS_PLURAL = Set.of("mps", "tds", "mlas", "msps", "meps", "mss");
    /** The letters of a parliament's members, one or more, which follow their party's name ("Sinn Féin TD"). */
    static final Set<String> MEMBER_LETTERS = union(Set.of("mp", "td", "mla", "msp", "mep", "ms"), MEMBERS_PLURAL);
    /** Letters after a name: honours, degrees, a seat, a silk ("KC"). */
    private static final Set<String> POST_NOMINALS = Set.of("kc", "qc", "sc", "mp", "msp", "mla", "mep", "obe", "cbe",
            "mbe", "kbe", "dbe", "phd", "td");
    private static final Set<String> SAID = Set.of("said", "says", "added", "wrote", "warned", "according");
    /** What a person leads or stands for, which is no surname ("the Davis Administration"). */
    private static final Set<String> LED_BY_A_PERSON = Set.of("administration", "government", "cabinet", "presidency",
            "campaign", "doctrine", "era");
    /** Small words inside people's surnames: "Ursula von der Leyen", "Vincent van Gogh", "Luiz Inácio Lula da Silva". */
    private static final Set<String> NAME_PARTICLES = Set.of("von", "van", "der", "den", "de", "da", "di", "del",
            "della", "dos", "das", "du", "la", "le", "ter", "ten", "bin", "ibn");
    /** Last words of titles that stand right before a person's name ("Vice Chair", "Defence Minister"). */
    private static final Set<String> TITLE_HEADS = Set.of("minister", "secretary", "chair", "chairman", "chairwoman",
            "chairperson", "president", "spokesman", "spokeswoman", "spokesperson", "senator", "governor", "director",
            "commissioner", "ambassador", "general", "admiral", "chief", "leader", "speaker", "whip", "mayor", "envoy",
            "adviser", "advisor", "representative", "member", "mp", "mla", "msp", "mep");
    /** The words that open an apposition saying who someone is: "Amara Okafor, a senior fellow at Chatham House". */
    private static final Set<String> APPOSITION_OPENERS = Set.of("a", "an", "the", "its", "his", "her", "their");
    /** Words that open a relative clause, after which an apposition's role words may be anyone's. */
    private static final Set<String> RELATIVES = Set.of("who", "whose", "which", "where", "that", "when");
    /**
     * Words of grammar, which the tagger's odd tags for names (an auxiliary, a conjunction) never make a name word, and
     * which a company list may hold as a brand's name ("The").
     */
    static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "this", "these", "those", "if", "when",
            "while", "as", "but", "and", "so", "then",
            "after", "before", "although", "though", "because", "unless", "since", "once", "until", "yet", "or", "nor",
            "of", "in", "on", "at", "to", "for", "with", "by", "from", "into", "over", "under", "about", "is", "are",
            "was", "were", "will", "would", "can", "could", "may", "might", "must", "shall", "should", "has", "have",
            "had", "do", "does", "did", "be", "been", "that", "than", "whether", "where");
    /** The small words inside a body's name: "Economic Freedom Fighters", "Institute for the Study of War". */
    private static final Set<String> BODY_SMALL_WORDS = Set.of("of", "for", "the", "and", "&", "on", "in");
    /** Words for what a person is or does, as an apposition names them ("a Law and Justice MP"). */
    private static final Set<String> PERSON_ROLES = Set.of("member", "mp", "mep", "mla", "msp", "lawmaker",
            "legislator", "senator", "congressman", "congresswoman", "minister", "official", "spokesperson", "spokesman",
            "spokeswoman", "analyst", "researcher", "professor", "economist", "fellow", "director", "head", "chief",
            "leader", "president", "representative", "adviser", "advisor", "deputy", "chair", "chairman",
            "chairwoman", "commander", "ambassador", "envoy", "activist", "mayor", "governor", "candidate", "veteran",
            "journalist", "lawyer", "doctor", "nurse", "farmer", "resident", "executive", "founder", "strategist",
            "historian", "scientist", "campaigner", "negotiator", "diplomat", "officer", "colonel", "secretary",
            "manager", "correspondent", "editor", "commentator", "pollster", "councillor", "councilor", "aide",
            "coordinator", "specialist", "lecturer", "surgeon", "mother", "father", "widow", "owner",
            "organiser", "organizer", "expert", "consultant", "partner", "trader", "investor", "engineer", "pilot",
            "soldier", "sergeant", "priest", "teacher", "student", "rapporteur", "commissioner");
    /** "son of" and "daughter of" between a given name and the father's name: "Hamad bin Nasser", "Mariam bint Khalifa". */
    static final Set<String> CHAIN_PARTICLES = Set.of("bin", "bint", "ibn", "binti");
    /** Particles that begin a surname written without the given name ("van Dam", "de Gaulle", "von der Leyen"). */
    private static final Set<String> PARTICLES_BEFORE_SURNAME = Set.of("van", "von", "de", "da", "di", "del", "der",
            "den", "bin", "ibn");
    /** The tags the POS tagger gives some names: "Alice Weidel" a noun, "Anita Desrosiers" a verb in -s. */
    private static final Set<String> NAME_WORD_TAGS = Set.of("NOUN", "VERB", "ADJ");
    /**
     * Inside a sentence the tagger also calls a name an adverb ("left-winger Clive Barraclough"), a foreign word, a
     * pronoun, an auxiliary, a conjunction or a preposition ("Tāmati Kōhere", "Kiri Te Awhe").
     */
    private static final Set<String> INNER_NAME_WORD_TAGS = Set.of("NOUN", "VERB", "ADJ", "ADV", "X", "INTJ", "PRON",
            "AUX", "SCONJ", "ADP");
    /** The particles of Irish surnames: "Ní" and "Nic" (daughter of), "Ó" and "Mac" (son of), "Uí", "Mhic". */
    private static final Set<String> GAELIC_PARTICLES = Set.of("Ní", "Nic", "Ó", "Ua", "Uí", "Mac", "Mhic");
    /** Welsh patronymic particles, after a given name only ("Rhiannon ap Gwilym"). */
    private static final Set<String> WELSH_PARTICLES = Set.of("ap", "ab", "ferch", "verch");
    /** "Servant (of)", which a Gaelic surname puts between its particle and the saint's name ("Mac Giolla Bhríde"). */
    private static final Set<String> GAELIC_SERVANT = Set.of("Giolla", "Gille", "Ghiolla");
    private static final Set<String> APOSTROPHES = Set.of("'", "’");
    /** The longest word taken as a name's first word at a sentence's start before a person of two words. */
    private static final int SHORT_NAME_WORD = 4;
    /** The names every Sikh woman or man bears between their given name and their surname ("Harjit Kaur Dhillon"). */
    private static final Set<String> SIKH_NAMES = Set.of("Kaur", "Singh");
    /** A number in a channel's or a paper's name ("Rossiya 24", "Il Sole 24 Ore"). */
    static final Pattern OUTLET_NUMBER = Pattern.compile("[0-9]{1,3}");
    /** The middle names of Vietnamese women and men, written with or without their accent. */
    private static final Set<String> VIETNAMESE_MIDDLE_NAMES = Set.of("Thi", "Thị", "Van", "Văn");
    /** A person's age in years, as an apposition writes it. */
    private static final Pattern AGE = Pattern.compile("(?:1[6-9]|[2-9][0-9]|10[0-9])");
    /** Words that open an Arabic patronym or kunya ("bin Salman", "ibn Saud", "abu Mazen"). */
    private static final Set<String> ARABIC_PATRONYMS = Set.of("bin", "ibn", "bint");
    /** An acronym of three to six capitals. */
    private static final Pattern SPEAKING_ACRONYM = Pattern.compile("[A-Z]{3,6}");
    /** Months and days of the week, and their abbreviations: capitalized words that are no part of a name. */
    static final Set<String> CALENDAR = Set.of("january", "february", "march", "april", "may",
            "june", "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
            "oct", "nov", "dec");

    private final Gazetteer gazetteer;
    private final Gazetteer forcedOrganizations;
    private final PlaceRules placeRules;

    PersonRules(Gazetteer gazetteer, Gazetteer forcedOrganizations, PlaceRules placeRules) {
        this.gazetteer = gazetteer;
        this.forcedOrganizations = forcedOrganizations;
        this.placeRules = placeRules;
    }

    /** Whether tokens {@code [start, end)} are all words of an office's portfolio ("Foreign Affairs", "Trade"). */
    boolean areOfficeWords(String[] lower, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!OFFICE_WORDS.contains(lower[i])) {
                return false;
            }
        }
        return end > start;
    }

    /** Whether a lower-case word is a title from our list, with or without a full stop ("gen", "gen."). */
    boolean isTitle(String lower) {
        return gazetteer.contains(Gazetteer.NameList.TITLE, lower)
                || (lower.endsWith(".") && gazetteer.contains(Gazetteer.NameList.TITLE, lower.substring(0, lower.length() - 1)))
                // "Vice-Premier" as one token: the list holds the tokenized "vice - premier"
                || lower.indexOf('-') > 0 && gazetteer.contains(Gazetteer.NameList.TITLE, lower.replace("-", " - "));
    }

    /**
     * The number of tokens of the longest title (of up to {@value #MAX_TITLE_TOKENS} words) starting at {@code start}
     * and ending before {@code end}, or 0.
     */
    int titleLength(String[] lower, int start, int end) {
        for (int length = Math.min(MAX_TITLE_TOKENS, end - start); length > 1; length--) {
            if (isTitle(NerTokens.key(lower, start, start + length))) {
                return length;
            }
        }
        return isTitle(lower[start]) ? 1 : 0;
    }

    /** The length of a title that only people bear ("Senator", "Prime Minister") at {@code start}, or 0. */
    int personTitleLength(String[] lower, int start, int end) {
        int length = titleLength(lower, start, end);
        if (length > 1 || length == 1 && (PERSON_TITLES.contains(lower[start]) || lower[start].indexOf('-') > 0)) {
            return length;
        }
        return 0;
    }

    /**
     * The end of the office a title names at {@code start} ("Minister [of Defense]", "Secretary [for the Home
     * Department]"), made of capitalized office words; {@code start} itself when there is none.
     */
    static int officeEnd(List<Token> tokens, String[] lower, int start) {
        int n = tokens.size();
        if (start >= n || !(lower[start].equals("of") || lower[start].equals("for"))) {
            return start;
        }
        int i = start + 1;
        if (i < n && lower[i].equals("the")) {
            i++;
        }
        int end = start;
        while (i < n) {
            if (OFFICE_WORDS.contains(lower[i]) && NerTokens.isCapitalized(tokens.get(i).text())) {
                end = ++i;
            } else if ((lower[i].equals("and") || lower[i].equals("&")) && end == i) {
                i++;
            } else {
                break;
            }
        }
        return end;
    }

    /**
     * An organization the model ran on through a title into a person's name is the body and the person
     * ("[Senate Appropriations Committee] Vice Chair [Eleanor Voss]"; "Turkish Defence Minister [Kemal Aydemir]"); one
     * that starts with the title is the person ("Finnish MEP [Aino Heikkilä-Virtanen]").
     */
    List<NameCandidate> splitTitledPeople(List<List<Token>> sentences, List<String[]> lowerSentences,
                                          List<NameCandidate> candidates) {
        List<NameCandidate> result = new ArrayList<>(candidates.size());
        for (NameCandidate candidate : candidates) {
            result.add(candidate);
            if (candidate.type != EntityType.ORGANIZATION) {
                continue;
            }
            List<Token> tokens = sentences.get(candidate.sentence);
            String[] lower = lowerSentences.get(candidate.sentence);
            // "Minister of Electricity and [Energy Sibusiso Dlamini]": the office's first words may stand before
            int of = candidate.start - 1;
            while (of > 1 && candidate.start - of < 6 && (OFFICE_WORDS.contains(lower[of])
                    || OFFICE_JOINERS.contains(lower[of]) || NerTokens.isCapitalized(tokens.get(of).text())
                    && !isTitle(lower[of]))) {
                of--;
            }
            if (of >= 1 && lower[of].equals("of") && isTitle(lower[of - 1])) {
                // "Deputy Minister of [Economic Affairs Chiang Wen]-li": the office's words, then the person
                int nameStart = candidate.start;
                while (nameStart < candidate.end && OFFICE_WORDS.contains(lower[nameStart])) {
                    nameStart++;
                }
                if (nameStart > candidate.start && nameStart < candidate.end && isNameWord(tokens, lower, nameStart)) {
                    candidate.start = nameStart;
                    candidate.type = EntityType.PERSON;
                    continue;
                }
            }
            // "Sinn Féin MLA [Orlaith] Devlin": a given name the body took in, whose surname the model found after it
            boolean surnameAfter = candidate.end < tokens.size() && NameCandidate.startsCandidate(candidates,
                    candidate.sentence, candidate.end) && NerTokens.isCapitalized(tokens.get(candidate.end).text());
            for (int i = candidate.start; i < candidate.end - 1; i++) {
                int nameStart = i;
                for (int title; nameStart < candidate.end && (title = titleLength(lower, nameStart, candidate.end)) > 0; ) {
                    nameStart += title; // "Vice Chair", "Defence Minister"
                }
                if (nameStart == i || candidate.end - nameStart < (surnameAfter ? 1 : 2)
                        || !TITLE_HEADS.contains(lower[nameStart - 1]) && !PERSON_TITLES.contains(lower[nameStart - 1])
                        || !isNameWord(tokens, lower, nameStart)) {
                    continue; // not "World [Health] Organisation": a title that heads a person's name, then two names
                }
                if (i == candidate.start) {
                    candidate.start = nameStart; // "Finnish [MEP Aino Heikkilä-Virtanen]": a title, then the person
                    candidate.type = EntityType.PERSON;
                    break;
                }
                int bodyEnd = i;
                result.add(new NameCandidate(candidate.sentence, nameStart, candidate.end, EntityType.PERSON));
                candidate.end = bodyEnd;
                if (candidate.end - candidate.start == 1
                        && placeRules.isDemonym(tokens.get(candidate.start).text(), lower[candidate.start])) {
                    candidate.type = EntityType.NATIONALITY;
                }
                break;
            }
        }
        return result;
    }

    /**
     * The end of the name after a title ("Senator [Hatfield]", "Reverend [Moomaw]"): one to three {@link #isNameWord
     * name words} no name list holds as a place (a company list may: "Senator Baker"), not yet part of a name; or -1.
     */
    int titledNameEnd(List<Token> tokens, String[] lower, boolean[] covered, int start) {
        int end = start;
        int longest = start < tokens.size() && gazetteer.contains(Gazetteer.NameList.GIVEN, lower[start]) ? 4 : 3;
        while (end < tokens.size() && end - start < longest && !covered[end] && isNameWord(tokens, lower, end)
                && !isTitle(lower[end]) && !CALENDAR.contains(lower[end])
                && !PlaceRules.ORGANIZATION_HEADS.contains(tokens.get(end).text())
                // a place's name stops the name, but a given name after the title opens it ("Minister Sabine Hollerbach")
                && (!gazetteer.contains(Gazetteer.NameList.LOC, lower[end])
                || end == start && gazetteer.contains(Gazetteer.NameList.GIVEN, lower[end]))
                && !gazetteer.contains(Gazetteer.NameList.DEMONYM, lower[end])) {
            end++;
        }
        if (end > start && end < tokens.size() && REGNAL_NUMBERS.contains(tokens.get(end).text())) {
            end++; // "King [Abdullah II]", "Pope [Benedict XVI]"
        }
        if (end < tokens.size() && lower[end].equals("of") && end + 1 < tokens.size()
                && (gazetteer.contains(Gazetteer.NameList.LOC, lower[end + 1]) || lower[end + 1].equals("the"))) {
            return end; // "King [Abdullah II] of Jordan", "Finance Minister [Jörg Feldhaus] of the Free Democrats"
        }
        if (end < tokens.size() && (lower[end].equals("of") || isNameWord(tokens, lower, end))) {
            return -1;
        }
        return end;
    }

    /**
     * A given name from our list followed by one or two capitalized proper nouns ("Debra Perlingiere"), none of them
     * already part of a name: the end of that person's name, or -1.
     */
    int fullNameEnd(List<Token> tokens, String[] lower, boolean[] covered, int start) {
        if (!gazetteer.contains(Gazetteer.NameList.GIVEN, lower[start]) || !isNameWord(tokens, lower, start)
                || CALENDAR.contains(lower[start])
                || gazetteer.contains(Gazetteer.NameList.LOC, lower[start])) {
            return -1;
        }
        int arabic = arabicSurnameEnd(tokens, lower, covered, start + 1);
        if (arabic > start + 1) {
            return arabic; // "Faisal al-Otaibi", "Mohammed bin Salman"
        }
        int end = surnamesEnd(tokens, lower, covered, start + 1, start + 3);
        if (end - start >= 2 && isTitle(lower[start]) && end < tokens.size() && TITLE_HEADS.contains(lower[end])
                && areOfficeWords(lower, start + 1, end)) {
            return -1; // "[Shadow Development] Minister Priya Raghunathan": a title, its portfolio, then its head
        }
        if (end - start >= 2) {
            return end;
        }
        boolean alone = start > 0 || tokens.size() <= SHORT_LINE_TOKENS;
        boolean ambiguous = gazetteer.contains(Gazetteer.NameList.ORG, lower[start])
                || gazetteer.contains(Gazetteer.NameList.COMMON, lower[start])
                || gazetteer.contains(Gazetteer.NameList.DEMONYM, lower[start]) || isTitle(lower[start]);
        return alone && !ambiguous ? start + 1 : -1;
    }

    /**
     * An Irish particle and the capitalized word after it are a surname ("Ó Súilleabháin told the Dáil"), with the given
     * name before them when there is one ("Colm Ó Riordáin", "[Eoghan] Mac Cárthaigh"): a person, whatever the model
     * made of the words.
     */
    void addGaelicNames(List<List<Token>> sentences, List<String[]> lowerSentences, List<NameCandidate> candidates,
                        boolean[][] covered) {
        for (int s = 0; s < sentences.size(); s++) {
            List<Token> tokens = sentences.get(s);
            String[] lower = lowerSentences.get(s);
            for (int i = 0; i + 1 < tokens.size(); i++) {
                String particle = tokens.get(i).text();
                boolean welsh = WELSH_PARTICLES.contains(particle);
                if (!GAELIC_PARTICLES.contains(particle) && !welsh) {
                    continue;
                }
                int word = i + 1;
                if (!welsh && word + 2 < tokens.size() && lower[word].equals("a") && APOSTROPHES.contains(lower[word + 1])) {
                    word += 2; // "Mac a' Phearsain"
                } else if (!welsh && word + 1 < tokens.size() && (lower[word].equals("an") || lower[word].equals("na"))) {
                    word++; // "Mac an t-Saoir"
                }
                if (!isParticleNameWord(tokens.get(word).text())) {
                    continue;
                }
                if (!welsh && word + 1 < tokens.size() && GAELIC_SERVANT.contains(tokens.get(word).text())
                        && isParticleNameWord(tokens.get(word + 1).text())) {
                    word++; // "Mac Giolla Bhríde"
                }
                int start = i;
                if (i > 0 && NerTokens.isCapitalized(tokens.get(i - 1).text()) && !isTitle(lower[i - 1])
                        && (gazetteer.contains(Gazetteer.NameList.GIVEN, lower[i - 1]) || isUnknownNameWord(tokens, lower, i - 1))) {
                    start = i - 1;
                }
                if (welsh && start == i) {
                    continue; // "ap" alone opens no name
                }
                NameCandidate.removeOverlapping(candidates, covered, s, start, word + 1, null);
                NameCandidate.add(candidates, covered, new NameCandidate(s, start, word + 1, EntityType.PERSON));
                i = word;
            }
        }
    }

    /**
     * A capitalized name word after a particle or a middle name, also after an article's "t-" or "h-" ("t-Saoir"); no
     * acronym.
     */
    private static boolean isParticleNameWord(String word) {
        String name = word.length() > 2 && (word.startsWith("t-") || word.startsWith("h-")) ? word.substring(2) : word;
        return NerTokens.isCapitalized(name) && Character.isLetter(name.charAt(0))
                && !name.equals(name.toUpperCase(Locale.ROOT));
    }

    /** Whether a name of three capitalized words has an Irish particle in the middle ("Máire Ní Fhlatharta"). */
    static boolean hasGaelicParticle(List<Token> tokens, int start, int end) {
        return end - start == 3 && GAELIC_PARTICLES.contains(tokens.get(start + 1).text())
                && NerTokens.isCapitalized(tokens.get(start).text()) && NerTokens.isCapitalized(tokens.get(start + 2).text());
    }

    /**
     * Whether two words are a given name of our lists that is no place, word, nationality or organization, and a
     * surname that ends no organization's name ("Nour Khalil", not "Morgan Stanley" or "Jordan Aviation").
     */
    boolean isGivenNameAndSurname(List<Token> tokens, String[] lower, int start, int end) {
        return end - start == 2 && gazetteer.contains(Gazetteer.NameList.GIVEN, lower[start])
                && !gazetteer.contains(Gazetteer.NameList.LOC, lower[start])
                && !gazetteer.contains(Gazetteer.NameList.COMMON, lower[start])
                && !gazetteer.contains(Gazetteer.NameList.ORG, lower[start])
                && !gazetteer.contains(Gazetteer.NameList.DEMONYM, lower[start]) && isNameWord(tokens, lower, start)
                && canBeSurname(tokens, lower, start + 1)
                && !PlaceRules.isHead(tokens.get(start + 1).text())
                && !PlaceRules.ORGANIZATION_HEADS.contains(tokens.get(start + 1).text())
                && !InstitutionRules.endsAnInstitution(lower[start + 1])
                && !tokens.get(start + 1).text().equals(tokens.get(start + 1).text().toUpperCase(Locale.ROOT));
    }

    /**
     * The end of an Arabic surname at {@code from}: an article joined by a hyphen to a capitalized word ("al-Otaibi",
     * "el-Sisi"), or "bin", "ibn" or "abu" before one ("bin Salman"); else {@code from}.
     */
    private static int arabicSurnameEnd(List<Token> tokens, String[] lower, boolean[] covered, int from) {
        if (from + 2 < tokens.size() && TrainedNameFinder.ARABIC_ARTICLES.contains(lower[from]) && NerTokens.isJoiningHyphen(tokens, from + 1)
                && NerTokens.isCapitalized(tokens.get(from + 2).text()) && NameCandidate.isFree(covered, from, from + 3)) {
            return from + 3;
        }
        if (from + 1 < tokens.size() && ARABIC_PATRONYMS.contains(lower[from])
                && NerTokens.isCapitalized(tokens.get(from + 1).text()) && NameCandidate.isFree(covered, from, from + 2)) {
            return from + 2;
        }
        return from;
    }

    /**
     * The end of the run of name words from {@code from} (at most up to {@code limit}) that can follow a given name
     * as its surnames: not yet part of a name, no title, nationality, listed organization, organization's last word
     * ("Royal Navy") or month.
     */
    private int surnamesEnd(List<Token> tokens, String[] lower, boolean[] covered, int from, int limit) {
        int end = from;
        while (end < tokens.size() && end < limit && !covered[end] && canBeSurname(tokens, lower, end)) {
            end++;
        }
        return end;
    }

    /** Whether token {@code i} can follow a given name as a surname (see {@link #surnamesEnd}). */
    private boolean canBeSurname(List<Token> tokens, String[] lower, int i) {
        return isNameWord(tokens, lower, i) && !isTitle(lower[i]) && !gazetteer.contains(Gazetteer.NameList.DEMONYM, lower[i])
                && !gazetteer.contains(Gazetteer.NameList.ORG, lower[i]) && !CALENDAR.contains(lower[i])
                && !TrainedNameFinder.HEADS_OF_ORGANIZATIONS_ONLY.contains(tokens.get(i).text()); // "Royal Navy"
    }

    /**
     * A byline names its writer: a line "By" and two or three capitalized words, then its end, a comma, "and" or a bar
     * ("By Priya Ramaswamy", "By Hiroshi Tanabe, Associated Press").
     */
    static void addBylines(List<List<Token>> sentences, List<NameCandidate> candidates, boolean[][] covered) {
        for (int s = 0; s < sentences.size(); s++) {
            List<Token> tokens = sentences.get(s);
            if (tokens.size() < 3 || !tokens.get(0).text().equals("By")) {
                continue;
            }
            int end = 1;
            while (end < tokens.size() && end <= 3 && !covered[s][end] && NerTokens.isCapitalized(tokens.get(end).text())
                    && Character.isLetter(tokens.get(end).text().charAt(0))) {
                end++;
            }
            boolean closes = end == tokens.size() || BYLINE_ENDS.contains(tokens.get(end).text());
            if (end >= 3 && closes) {
                NameCandidate.add(candidates, covered, new NameCandidate(s, 1, end, EntityType.PERSON));
            }
        }
    }

    /**
     * A person the model found as a given name alone, or as a name word no list knows, takes in the one surname it left
     * out ("[Devin] Thurlow", "[Yuko] Harada"), when that next word could follow a given name in {@link #fullNameEnd}
     * and no capitalized word follows it; a person
     * of two words takes in a given name right before it ("Harish [Chandra Mehta]").
     */
    void extendGivenNames(List<List<Token>> sentences, List<String[]> lowerSentences,
                          List<NameCandidate> candidates, boolean[][] covered) {
        for (NameCandidate candidate : candidates) {
            String[] lower = lowerSentences.get(candidate.sentence);
            if (candidate.type != EntityType.PERSON || candidate.end - candidate.start != 1
                    || !gazetteer.contains(Gazetteer.NameList.GIVEN, lower[candidate.start])
                    && !isUnknownNameWord(sentences.get(candidate.sentence), lower, candidate.start)) {
                continue; // a given name of our lists, or a name word no list knows ("[Yuko] Harada")
            }
            List<Token> tokens = sentences.get(candidate.sentence);
            int end = surnamesEnd(tokens, lower, covered[candidate.sentence], candidate.end, candidate.end + 1);
            if (end == candidate.end || PlaceRules.isHead(tokens.get(candidate.end).text())
                    || InstitutionRules.endsAnInstitution(lower[candidate.end])
                    || LED_BY_A_PERSON.contains(lower[candidate.end])
                    || end < tokens.size() && NerTokens.isCapitalized(tokens.get(end).text())
                    && (end = twoSurnamesEnd(tokens, lower, covered[candidate.sentence], candidate.end)) < 0) {
                continue; // one surname, not the start of a longer name ("Lee Stochastic Processes")
            }
            Arrays.fill(covered[candidate.sentence], candidate.end, end, true);
            candidate.end = end;
        }
        extendTitledNames(sentences, lowerSentences, candidates, covered);
        extendBackToGivenNames(sentences, lowerSentences, candidates, covered);
    }

    /**
     * A person of two or three words right after a title takes in the surnames no list knows that end the name, up to
     * four words in all ("Energy Secretary [Luz María Arellano] Basave hailed", "Ministra [María José] Undurraga
     * Fuenzalida told"): Spanish and Portuguese names carry two surnames.
     */
    private void extendTitledNames(List<List<Token>> sentences, List<String[]> lowerSentences,
                                   List<NameCandidate> candidates, boolean[][] covered) {
        for (NameCandidate candidate : candidates) {
            List<Token> tokens = sentences.get(candidate.sentence);
            String[] lower = lowerSentences.get(candidate.sentence);
            int length = candidate.end - candidate.start;
            if (candidate.type != EntityType.PERSON || length < 2 || length > 3 || candidate.start == 0
                    || !isTitle(lower[candidate.start - 1])) {
                continue;
            }
            int end = candidate.end;
            while (end < tokens.size() && end - candidate.start < 4 && !covered[candidate.sentence][end]
                    && isUnknownNameWord(tokens, lower, end)) {
                end++;
            }
            if (end > candidate.end && (end == tokens.size() || !NerTokens.isCapitalized(tokens.get(end).text()))) {
                Arrays.fill(covered[candidate.sentence], candidate.end, end, true);
                candidate.end = end;
            }
        }
    }

    /**
     * The end of two surnames no list knows at {@code from}, followed by a comma or a speech verb ("Amani [Rashid Mzee],
     * a security researcher", "Doan [Thi Minh]"), else -1.
     */
    private int twoSurnamesEnd(List<Token> tokens, String[] lower, boolean[] covered, int from) {
        int end = from + 2;
        if (end > tokens.size() || covered[from] || covered[from + 1] || !isUnknownNameWord(tokens, lower, from)
                || !isUnknownNameWord(tokens, lower, from + 1)) {
            return -1;
        }
        return end == tokens.size() || lower[end].equals(",") || SpeechVerbs.isSpeechVerb(lower[end]) ? end : -1;
    }

    /**
     * A given name right before a person found without it takes them in; run again once the lists and the speaker
     * rules have found surnames the model missed ("Sophie [Laurent], an analyst at Kestrel Capital, said").
     */
    void extendBackToGivenNames(List<List<Token>> sentences, List<String[]> lowerSentences,
                                List<NameCandidate> candidates, boolean[][] covered) {
        for (NameCandidate candidate : candidates) {
            // "Harish [Chandra Mehta]": a given name of our lists, or a name word no list knows after a title or a
            // lower-case word ("Minister Harish", not "Security Adviser"), right before a person of two words is theirs
            String[] lower = lowerSentences.get(candidate.sentence);
            List<Token> tokens = sentences.get(candidate.sentence);
            int before = candidate.start - 1;
            int length = candidate.end - candidate.start;
            if (length == 3 && NerTokens.isJoiningHyphen(tokens, candidate.start + 1)) {
                length = 1; // "[Romilly] Okonjo-Hart, chief executive of Bond": a double surname is one
            }
            // a surname alone speaks or is described right after: "Wanjiru [Kamau], a defence analyst", "[Tanabe] said"
            boolean speaksAfter = candidate.end < tokens.size() && (lower[candidate.end].equals(",")
                    || lower[candidate.end].equals("(") || SpeechVerbs.isSpeechVerb(lower[candidate.end]));
            boolean speaks = length == 1 && speaksAfter;
            if (candidate.type == EntityType.PERSON && (length == 2 || speaks) && before >= 0
                    && !covered[candidate.sentence][before] && NerTokens.isCapitalized(tokens.get(before).text())
                    && (gazetteer.contains(Gazetteer.NameList.GIVEN, lower[before])
                    || isUnknownNameWord(tokens, lower, before) && !OFFICE_WORDS.contains(lower[before])
                    // at a sentence's start, only a short word ("Wan Ahmad Faiz", "Dos Santos Albuquerque", not
                    // "Magistrate Lorenzo Bassi") or a Sikh's given name ("Harjit Kaur Dhillon")
                    && (before == 0 ? speaks || speaksAfter && tokens.get(before).text().length() <= SHORT_NAME_WORD
                    || SIKH_NAMES.contains(tokens.get(candidate.start).text())
                    : isTitle(lower[before - 1])
                    || !NerTokens.isCapitalized(tokens.get(before - 1).text())))
                    // "Zainab [Kabir Dambatta], a human rights lawyer": the tagger reads a sentence's first word poorly
                    && (isNameWord(tokens, lower, before) || before == 0 && speaksAfter && isOpeningNameWord(tokens, lower))
                    && !isTitle(lower[before]) && !gazetteer.contains(Gazetteer.NameList.COMMON, lower[before])
                    && !gazetteer.contains(Gazetteer.NameList.LOC, lower[before]) && !CALENDAR.contains(lower[before])) {
                candidate.start = before;
                covered[candidate.sentence][before] = true;
            } else if (candidate.type == EntityType.PERSON && length == 2 && speaksAfter && before >= 1
                    && !covered[candidate.sentence][before] && !covered[candidate.sentence][before - 1]
                    && gazetteer.contains(Gazetteer.NameList.GIVEN, lower[before - 1])
                    && NerTokens.isCapitalized(tokens.get(before - 1).text())
                    && isUnknownNameWord(tokens, lower, before) && !OFFICE_WORDS.contains(lower[before])
                    && (before == 1 || isTitle(lower[before - 2])
                    || !NerTokens.isCapitalized(tokens.get(before - 2).text()))) {
                // "Syed Ahsan [Raza Bukhari], a PTI lawmaker": a given name of our lists and a name word no list
                // knows before a person of two words who is described or speaks
                candidate.start = before - 1;
                covered[candidate.sentence][before - 1] = true;
                covered[candidate.sentence][before] = true;
            }
        }
    }

    /**
     * Whether the first word of a sentence, which the tagger reads poorly ("Sophie" an adverb, "Aoife" a noun), can
     * be a given name: one of our lists, or a word no list knows that the tagger calls a noun, adjective or verb and
     * that is no time word or greeting ("Yesterday Brennan said", "Dear Nina").
     */
    private boolean isOpeningNameWord(List<Token> tokens, String[] lower) {
        return gazetteer.contains(Gazetteer.NameList.GIVEN, lower[0])
                || (NAME_WORD_TAGS.contains(tokens.get(0).pos()) || NerTokens.isProperNoun(tokens.get(0)))
                && !OPENERS_BEFORE_NAMES.contains(lower[0]);
    }

    /**
     * A proper noun, or a capitalized word inside a sentence that no list holds as a common word: the POS tagger
     * sometimes calls the name in "The co-leader Alice Weidel called..." a noun, and "Desrosiers" a verb.
     */
    private boolean isNameWord(List<Token> tokens, String[] lower, int i) {
        Token token = tokens.get(i);
        return NerTokens.isProperNoun(token)
                || i > 0 && INNER_NAME_WORD_TAGS.contains(token.pos()) && NerTokens.isCapitalized(token.text())
                && !FUNCTION_WORDS.contains(lower[i]) // "“If Wade Burkett had his way”"
                && !token.text().equals(token.text().toUpperCase(Locale.ROOT))
                && !gazetteer.contains(Gazetteer.NameList.COMMON, lower[i]);
    }

    /** An age between commas after a name of two words or more makes it a person's ("Grace Yoon-Park, 41, is"). */
    static void retypeNamesWithAges(List<List<Token>> sentences, List<NameCandidate> candidates) {
        for (NameCandidate candidate : candidates) {
            List<Token> tokens = sentences.get(candidate.sentence);
            int comma = candidate.end;
            if (candidate.type != EntityType.PERSON && candidate.type != EntityType.NATIONALITY
                    && candidate.end - candidate.start >= 2 && comma + 2 < tokens.size()
                    && tokens.get(comma).text().equals(",") && AGE.matcher(tokens.get(comma + 1).text()).matches()
                    && tokens.get(comma + 2).text().equals(",")) {
                candidate.type = EntityType.PERSON;
            }
        }
    }

    /**
     * A place of two or three words the model found that opens with a given name, or whose words no list knows, and
     * that no list holds as a place is a person when they speak (a constituency in brackets may come first) or an
     * apposition says what they are ("Ingrid Haugland Berg, the UNHCR representative in Spain, said"); a given name
     * the model placed alone takes in an unknown surname after it first.
     */
    void retypeSpeakingPlaces(List<List<Token>> sentences, List<String[]> lowerSentences, List<NameCandidate> candidates,
                              boolean[][] covered) {
        for (NameCandidate candidate : candidates) {
            if (candidate.type != EntityType.LOCATION) {
                continue;
            }
            List<Token> tokens = sentences.get(candidate.sentence);
            String[] lower = lowerSentences.get(candidate.sentence);
            boolean given = gazetteer.contains(Gazetteer.NameList.GIVEN, lower[candidate.start])
                    || GivenNameSex.of(tokens.get(candidate.start).text()) != GivenNameSex.Sex.UNKNOWN
                    || candidate.end - candidate.start > 1 && allUnknownNameWords(tokens, lower, candidate);
            // "Victoria Hale, a defense budget analyst": a given name that is also a place's may still open a person
            if (!given || gazetteer.contains(Gazetteer.NameList.LOC, lower[candidate.start])
                    && candidate.end - candidate.start == 1) {
                continue;
            }
            // "Ukraine's ambassador in Bucharest, [Yulia] Horobets, said": a given name the model placed alone takes
            // in the unknown surname after it
            int end = candidate.end;
            if (end - candidate.start == 1 && end + 1 < tokens.size() && !covered[candidate.sentence][end]
                    && isUnknownNameWord(tokens, lower, end)) {
                end++;
            }
            int length = end - candidate.start;
            if (length < 2 || length > 3 || end >= tokens.size()
                    || gazetteer.contains(Gazetteer.NameList.LOC, NerTokens.key(lower, candidate.start, end))
                    || gazetteer.contains(Gazetteer.NameList.CITY, NerTokens.key(lower, candidate.start, end))) {
                continue;
            }
            // "Labour backbencher [Tariq Hussainzada] (Bradford East) said": a constituency in brackets before the verb
            int verb = afterBrackets(lower, end);
            if (SpeechVerbs.isSpeechVerb(lower[end]) || JUDGING_VERBS.contains(lower[end])
                    || verb > end && verb < lower.length && SpeechVerbs.isSpeechVerb(lower[verb])
                    || describes(tokens, lower, end, PERSON_ROLES) || lower[end].equals(",") && end > candidate.end
                    && (speaksAfterApposition(tokens, lower, end)
                    || end + 1 < tokens.size() && SpeechVerbs.isSpeechVerb(lower[end + 1]))) {
                Arrays.fill(covered[candidate.sentence], candidate.start, end, true);
                candidate.end = end;
                candidate.type = EntityType.PERSON;
            }
        }
    }

    /**
     * Two or three capitalized words no list knows, right before a speech verb ("Iryna Bondar told the BBC") or
     * right after "said" and before a comma or the end ("said Iryna Bondar, an adviser"), name a person: speakers
     * are people unless our lists say otherwise.
     */
    void addSpeakers(List<List<Token>> sentences, List<String[]> lowerSentences, List<NameCandidate> candidates,
                     boolean[][] covered) {
        for (int s = 0; s < sentences.size(); s++) {
            List<Token> tokens = sentences.get(s);
            String[] lower = lowerSentences.get(s);
            for (int i = 0; i + 1 < tokens.size(); i++) {
                if (!covered[s][i] && SPEAKING_ACRONYM.matcher(tokens.get(i).text()).matches()
                        && !TrainedNameFinder.MEASURES.contains(tokens.get(i).text())
                        && (SpeechVerbs.isSpeechVerb(lower[i + 1]) || speaksAfterApposition(tokens, lower, i + 1)
                        || i > 0 && TOLD.contains(lower[i - 1]))) {
                    // "AIPAC said in a statement", "told VRT", "telling NOS": an acronym that speaks or is told is a body
                    NameCandidate.add(candidates, covered, new NameCandidate(s, i, i + 1, EntityType.ORGANIZATION));
                    continue;
                }
                if (!covered[s][i] && i > 0 && TOLD.contains(lower[i - 1]) && isOutletWord(tokens, lower, i)) {
                    // "told Euractiv", "telling Haaretz": a word no list knows that is told something is an outlet;
                    // a person told something was named in full before, and is found already
                    NameCandidate.add(candidates, covered, new NameCandidate(s, i, i + 1, EntityType.ORGANIZATION));
                    continue;
                }
                if (!covered[s][i] && gazetteer.isOrganizationOnly(lower[i]) && !FUNCTION_WORDS.contains(lower[i])
                        && NerTokens.isCapitalized(tokens.get(i).text())
                        && (i == 0 || !NerTokens.isCapitalized(tokens.get(i - 1).text()))
                        && (SpeechVerbs.isSpeechVerb(lower[i + 1]) || describes(tokens, lower, i + 1,
                        TrainedNameFinder.COMPANY_NOUNS) || speaksAfterApposition(tokens, lower, i + 1))) {
                    // "Rosneft, the state oil giant, declined to comment", "Nvidia, whose sales to China fell …, said":
                    // a listed body the model missed (the company list holds "The" too: not "The promised “fiscal
                    // space”")
                    NameCandidate.add(candidates, covered, new NameCandidate(s, i, i + 1, EntityType.ORGANIZATION));
                    continue;
                }
                if (!covered[s][i] && !covered[s][i + 1] && i + 2 < tokens.size()
                        && NAME_PARTICLES.contains(tokens.get(i).text())
                        && (i == 0 || !NerTokens.isCapitalized(tokens.get(i - 1).text()))
                        && NerTokens.isCapitalized(tokens.get(i + 1).text()) && !isTitle(lower[i + 1])
                        && SpeechVerbs.isSpeechVerb(lower[i + 2])) {
                    // "“It is a risk,” van Dam told Al Jazeera": a surname and its particle speak, whatever the
                    // word
                    NameCandidate.add(candidates, covered, new NameCandidate(s, i, i + 2, EntityType.PERSON));
                    continue;
                }
                int end = i;
                if (!covered[s][i] && CHINESE_FAMILY_NAMES.contains(tokens.get(i).text())) {
                    end++; // "said Sun Chenglin": a family name our lists also hold as a word
                }
                int hyphenated = 0; // "said Ming-hua Liao": a given name of two syllables counts as one word
                if (end == i && !covered[s][i] && NerTokens.isCapitalized(tokens.get(i).text()) && i + 2 < tokens.size()
                        && isSyllableAfterHyphen(tokens, i + 1) && !covered[s][i + 2]) {
                    end = i + 1; // whatever our lists make of "Ming", "Ming-hua" is a given name
                }
                if (end > i && secondHalfEnd(tokens, lower, covered[s], end, false) > end) {
                    end += 2;
                    hyphenated += 2;
                }
                while (end < tokens.size() && end - i - hyphenated < 3 && !covered[s][end]
                        && isUnknownNameWord(tokens, lower, end)) {
                    end++;
                    if (secondHalfEnd(tokens, lower, covered[s], end, true) > end) {
                        end += 2; // "Ming-hua", "Bakare-Wells": two halves, one word
                        hyphenated += 2;
                    }
                }
                if (end > i) {
                    end = arabicSurnameEnd(tokens, lower, covered[s], end); // "Faisal al-Otaibi, a deputy governor"
                }
                int words = end - i - hyphenated;
                int particleEnd = end > i ? particleSurnameEnd(tokens, lower, covered[s], end) : end;
                if (particleEnd > end) {
                    end = particleEnd; // "Pieter van der Berg, a Dutch member of the European Parliament"
                    words++;
                }
                // "State grid operator Ukrenergo said": a body's noun before a single word makes it that body
                boolean nounBefore = i > 0 && TrainedNameFinder.COMPANY_NOUNS.contains(tokens.get(i - 1).text());
                boolean body = nounBefore || words == 1 && end < tokens.size()
                        && describes(tokens, lower, end, TrainedNameFinder.COMPANY_NOUNS);
                if (words < (body ? 1 : 2)) {
                    continue;
                }
                boolean opensClause = i == 0 || !NerTokens.isCapitalized(tokens.get(i - 1).text()) || isTitle(lower[i - 1]);
                // "Kwame Asante MP, who chairs …, blasted": letters after the name stand between it and its verb
                int verbAt = end < tokens.size() && POST_NOMINALS.contains(lower[end]) ? end + 1 : end;
                verbAt = afterBrackets(lower, verbAt); // "Imran Siddiqui (Bradford East) said"
                boolean before = opensClause && verbAt < tokens.size() && (SpeechVerbs.isSpeechVerb(lower[verbAt])
                        || JUDGING_VERBS.contains(lower[verbAt]) || speaksAfterApposition(tokens, lower, verbAt)
                        || describes(tokens, lower, verbAt, body ? TrainedNameFinder.COMPANY_NOUNS : PERSON_ROLES)
                        || !body && speaksAfterBody(tokens, lower, verbAt)
                        || !body && isNamedRole(tokens, lower, i, verbAt));
                // "said Iryna Bondar, an adviser", "says Hiroshi Tanabe of the Kasumigaseki Policy Forum"
                boolean after = i > 0 && SAID.contains(lower[i - 1]) && (end == tokens.size() || lower[end].equals(",")
                        || lower[end].equals(".") || lower[end].equals("of") && end + 1 < tokens.size()
                        && (lower[end + 1].equals("the") || NerTokens.isCapitalized(tokens.get(end + 1).text())));
                // "output at state miner Codelco fell": a company's noun before a name no list knows makes it a body
                boolean namedBody = nounBefore && (end == tokens.size() || !NerTokens.isCapitalized(tokens.get(end).text()));
                if (nounBefore) {
                    end = outletNumberEnd(tokens, end); // "the channel Rossiya 24", "the newspaper Il Sole 24 Ore"
                }
                if (before || after || namedBody) {
                    // "the aid charity Open Hands Relief said": a body's noun before the speaker makes it that body
                    NameCandidate.add(candidates, covered,
                            new NameCandidate(s, i, end, body ? EntityType.ORGANIZATION : EntityType.PERSON));
                    i = end - 1;
                }
            }
        }
    }

    /**
     * Whether a body's name of capitalized words follows "of" at {@code of}, then a speech verb: "Lerato Mokoena[ of
     * the Economic Freedom Fighters] said".
     */
    private static boolean speaksAfterBody(List<Token> tokens, String[] lower, int of) {
        if (!lower[of].equals("of")) {
            return false;
        }
        int i = of + 1;
        if (i < tokens.size() && lower[i].equals("the")) {
            i++;
        }
        int words = 0;
        while (i < tokens.size() && i <= of + APPOSITION_TOKENS && (NerTokens.isCapitalized(tokens.get(i).text())
                || words > 0 && BODY_SMALL_WORDS.contains(lower[i]))) {
            words++;
            i++;
        }
        return words > 0 && i < tokens.size() && SpeechVerbs.isSpeechVerb(lower[i]);
    }

    /**
     * Whether the name between {@code start} and {@code comma} stands in commas after a person's role and before a
     * verb: "Eskom's chief executive[, Themba Mkhize,] said", "Its deputy leader[, Cornel Vîlcu,] accused".
     */
    private static boolean isNamedRole(List<Token> tokens, String[] lower, int start, int comma) {
        return start >= 2 && lower[start - 1].equals(",") && PERSON_ROLES.contains(lower[start - 2])
                && comma + 1 < tokens.size() && lower[comma].equals(",") && (SpeechVerbs.isSpeechVerb(lower[comma + 1])
                || tokens.get(comma + 1).pos().equals("VERB") && !NerTokens.isCapitalized(tokens.get(comma + 1).text()));
    }

    /**
     * Whether token {@code i} is one capitalized word that no list of people, places or common words holds and that no
     * capitalized word follows: an outlet's name where something is told to it.
     */
    private boolean isOutletWord(List<Token> tokens, String[] lower, int i) {
        String singular = lower[i].endsWith("s") ? lower[i].substring(0, lower[i].length() - 1) : lower[i];
        return isUnknownNameWord(tokens, lower, i) && !gazetteer.contains(Gazetteer.NameList.GIVEN, lower[i])
                && !PERSON_ROLES.contains(singular) && !isTitle(singular) // "told MPs"
                && !gazetteer.contains(Gazetteer.NameList.SURNAME, lower[i])
                && !gazetteer.contains(Gazetteer.NameList.PER, lower[i])
                && !gazetteer.contains(Gazetteer.NameList.CITY, lower[i])
                && (i + 1 == tokens.size() || !NerTokens.isCapitalized(tokens.get(i + 1).text())
                && !Character.isDigit(tokens.get(i + 1).text().charAt(0))); // not "told Radio 10"
    }

    /**
     * Whether a speech verb follows an apposition that starts at {@code comma}: "Iryna Bondar[, a lawmaker from the
     * opposition party who sits on the defence committee,] said".
     */
    private static boolean speaksAfterApposition(List<Token> tokens, String[] lower, int comma) {
        if (!lower[comma].equals(",")) {
            return false;
        }
        for (int i = comma + 1; i < tokens.size() - 1 && i <= comma + APPOSITION_TOKENS; i++) {
            if (lower[i].equals(",")) {
                return SpeechVerbs.isSpeechVerb(lower[i + 1]) || JUDGING_VERBS.contains(lower[i + 1]);
            }
        }
        return false;
    }

    private static Set<String> union(Set<String> one, Set<String> other) {
        Set<String> all = new HashSet<>(one);
        all.addAll(other);
        return Set.copyOf(all);
    }

    /**
     * The end of a name word's second half joined by a hyphen at {@code hyphen}: a lower-case syllable ("Ming-hua") or,
     * when {@code capitalized}, a capitalized word that is no title ("Bakare-Wells"); else {@code hyphen}.
     */
    private int secondHalfEnd(List<Token> tokens, String[] lower, boolean[] covered, int hyphen, boolean capitalized) {
        boolean joined = hyphen + 1 < tokens.size() && !covered[hyphen + 1] && (isSyllableAfterHyphen(tokens, hyphen)
                || capitalized && NerTokens.isJoiningHyphen(tokens, hyphen)
                && NerTokens.isCapitalized(tokens.get(hyphen + 1).text()) && !isTitle(lower[hyphen + 1]));
        return joined ? hyphen + 2 : hyphen;
    }

    /** The token after a short bracketed remark that opens at {@code open} ("(Bradford East)", "(R-Texas)"), else {@code open}. */
    private static int afterBrackets(String[] lower, int open) {
        if (open >= lower.length || !lower[open].equals("(")) {
            return open;
        }
        for (int i = open + 1; i < lower.length && i <= open + 6; i++) {
            if (lower[i].equals(")")) {
                return i + 1;
            }
        }
        return open;
    }

    /**
     * Whether an apposition that starts at {@code comma} says what someone or something is: an article or an owner and
     * then, before the next comma, one of {@code nouns}, say a person's role ("Krzysztof Wróbel[, a Law and Justice
     * MP from the Podkarpackie region,]", "Rakesh Tiwari[, the Bharatiya Janata Party member for Gorakhpur,]") or a
     * company's ("Rosoboronexport[, Russia's state arms exporter,]"); a place is described otherwise ("Kakuma, a town
     * in the north-west").
     */
    private static boolean describes(List<Token> tokens, String[] lower, int comma, Set<String> nouns) {
        if (comma + 2 >= lower.length || !lower[comma].equals(",")) {
            return false;
        }
        if (nouns.contains(lower[comma + 1]) && lower[comma + 2].equals("of")) {
            return true; // "Vasile Tudose, head of the farmers' association"
        }
        if (!APPOSITION_OPENERS.contains(lower[comma + 1]) && !NerTokens.endsWithPossessive(tokens.get(comma + 1).text())) {
            return false;
        }
        for (int i = comma + 2; i < lower.length && i <= comma + APPOSITION_TOKENS && !lower[i].equals(",")
                && !RELATIVES.contains(lower[i]); i++) {
            if (nouns.contains(lower[i])) {
                return true;
            }
        }
        return false;
    }

    /**
     * The end of a surname of small words and a capitalized word at {@code from} ("van der Berg", "de la Cruz"), else
     * {@code from}.
     */
    private static int particleSurnameEnd(List<Token> tokens, String[] lower, boolean[] covered, int from) {
        int end = from;
        while (end < tokens.size() && end - from < 3 && NAME_PARTICLES.contains(lower[end])
                && !NerTokens.isCapitalized(tokens.get(end).text())) {
            end++;
        }
        if (end == from || end >= tokens.size() || !NerTokens.isCapitalized(tokens.get(end).text())
                || !NameCandidate.isFree(covered, from, end + 1)) {
            return from;
        }
        return end + 1;
    }

    /**
     * A Vietnamese name goes on through its middle name, Thị or Văn, to the given names after it ("[Doan] Thi Lan Anh",
     * "[Le] Thi Hong", "[Le Thi] Thu Hang"): the model often stops at the family name or the middle name.
     */
    static void extendVietnameseNames(List<List<Token>> sentences, List<NameCandidate> candidates, boolean[][] covered) {
        for (NameCandidate candidate : candidates) {
            List<Token> tokens = sentences.get(candidate.sentence);
            // "[Le Thi] Thu Hang": the model may stop right after the middle name too
            boolean afterMiddle = candidate.end - candidate.start > 1
                    && VIETNAMESE_MIDDLE_NAMES.contains(tokens.get(candidate.end - 1).text());
            int middle = afterMiddle ? candidate.end - 1 : candidate.end;
            if (candidate.type != EntityType.PERSON || middle + 1 >= tokens.size()
                    || !VIETNAMESE_MIDDLE_NAMES.contains(tokens.get(middle).text())
                    || middle == candidate.end && covered[candidate.sentence][middle]) {
                continue;
            }
            int end = middle + 1;
            while (end < tokens.size() && end - middle <= 2 && !covered[candidate.sentence][end]
                    && isParticleNameWord(tokens.get(end).text()) && !tokens.get(end).text().contains("-")) {
                end++;
            }
            if (end > middle + 1) {
                Arrays.fill(covered[candidate.sentence], candidate.end, end, true);
                candidate.end = end;
            }
        }
    }

    /**
     * "Rumsfeld, [Wolfowitz] and [Feith]": one or two capitalized words that no list knows, in a list of three or more
     * joined by commas and "and" or "or" whose other members are all people (two at least), name a person too.
     */
    void addPeopleInLists(List<List<Token>> sentences, List<String[]> lowerSentences, List<NameCandidate> candidates,
                          boolean[][] covered) {
        Map<Integer, Map<Integer, NameCandidate>> startingBySentence = new HashMap<>();
        for (NameCandidate candidate : candidates) {
            startingBySentence.computeIfAbsent(candidate.sentence, k -> new HashMap<>()).put(candidate.start, candidate);
        }
        for (int s = 0; s < sentences.size(); s++) {
            List<Token> tokens = sentences.get(s);
            String[] lower = lowerSentences.get(s);
            Map<Integer, NameCandidate> starting = startingBySentence.getOrDefault(s, Map.of());
            int i = 0;
            while (i < tokens.size()) {
                List<int[]> unknown = new ArrayList<>();
                int people = 0;
                boolean others = false; // a place or a body among them: not a list of people
                int members = 0;
                int at = i;
                while (true) {
                    NameCandidate candidate = starting.get(at);
                    int end;
                    if (candidate != null) {
                        if (candidate.type == EntityType.PERSON) {
                            people++;
                        } else {
                            others = true;
                        }
                        end = candidate.end;
                    } else {
                        end = at;
                        while (end < tokens.size() && end - at < 2 && !covered[s][end]
                                && isUnknownNameWord(tokens, lower, end) && !lower[end].equals("and")
                                && !lower[end].equals("or")) {
                            end++;
                        }
                        if (end == at) {
                            break;
                        }
                        unknown.add(new int[] {at, end});
                    }
                    members++;
                    int next = end;
                    if (next < tokens.size() && lower[next].equals(",")) {
                        next++;
                    }
                    if (next < tokens.size() && (lower[next].equals("and") || lower[next].equals("or"))) {
                        next++;
                    }
                    if (next == end || next >= tokens.size()) {
                        at = end;
                        break;
                    }
                    at = next;
                }
                if (members >= 3 && people >= 2 && !others) {
                    for (int[] name : unknown) {
                        NameCandidate.add(candidates, covered, new NameCandidate(s, name[0], name[1], EntityType.PERSON));
                    }
                }
                i = Math.max(at, i + 1);
            }
        }
    }

    /**
     * The end of a body's name that goes on with a number and perhaps capitalized words after it ("Rossiya 24", "Il
     * Sole 24 Ore"), from {@code end}, the end of its words before the number.
     */
    private static int outletNumberEnd(List<Token> tokens, int end) {
        if (end >= tokens.size() || !OUTLET_NUMBER.matcher(tokens.get(end).text()).matches()) {
            return end;
        }
        int after = end + 1;
        while (after < tokens.size() && NerTokens.isCapitalized(tokens.get(after).text())
                && !NerTokens.endsWithPossessive(tokens.get(after).text())) {
            after++;
        }
        return after;
    }

    /** Whether no list knows any word of a name, the list of towns included ("Tariq Hussainzada"). */
    private boolean allUnknownNameWords(List<Token> tokens, String[] lower, NameCandidate candidate) {
        for (int i = candidate.start; i < candidate.end; i++) {
            if (!isUnknownNameWord(tokens, lower, i) || gazetteer.contains(Gazetteer.NameList.CITY, lower[i])) {
                return false;
            }
        }
        return true;
    }

    /** A capitalized word that could be part of a person's name and that none of our lists holds as anything else. */
    private boolean isUnknownNameWord(List<Token> tokens, String[] lower, int i) {
        String text = tokens.get(i).text();
        // "Meanwhile, the ministry fined a supplier": an adverb opening a sentence names no one
        boolean adverb = "ADV".equals(tokens.get(i).pos())
                && (lower[i].endsWith("ly") || LINKING_ADVERBS.contains(lower[i]));
        return NerTokens.isCapitalized(text) && !adverb && !text.equals(text.toUpperCase(Locale.ROOT))
                && !isTitle(lower[i])
                && !CALENDAR.contains(lower[i]) && !PlaceRules.isHead(text)
                && !gazetteer.contains(Gazetteer.NameList.COMMON, lower[i])
                && !gazetteer.contains(Gazetteer.NameList.DEMONYM, lower[i])
                && !gazetteer.contains(Gazetteer.NameList.ORG, lower[i])
                && !gazetteer.contains(Gazetteer.NameList.LOC, lower[i])
                && !forcedOrganizations.contains(Gazetteer.NameList.ORG, lower[i]);
    }

    /**
     * A person's name goes on into a person's name right after it ("[Volodymyr] [Zelensky]"), and through the small
     * words of a surname to its capitalized end ("[Ursula] von der Leyen" → "[Ursula von der Leyen]"), taking in a
     * name found there.
     */
    static void joinParticles(List<List<Token>> sentences, List<String[]> lowerSentences,
                              List<NameCandidate> candidates, boolean[][] covered) {
        for (NameCandidate candidate : List.copyOf(candidates)) {
            if (candidate.type != EntityType.PERSON || !candidates.contains(candidate)) {
                continue;
            }
            // "[Volodymyr] [Zelensky]": the model, remembering "Zelensky" alone from the headline, began it anew
            for (NameCandidate next = NameCandidate.following(candidates, candidate);
                 next != null && next.type == EntityType.PERSON; next = NameCandidate.following(candidates, candidate)) {
                candidates.remove(next);
                candidate.end = next.end;
            }
            List<Token> tokens = sentences.get(candidate.sentence);
            String[] lower = lowerSentences.get(candidate.sentence);
            // "A. Noel Anketell Kramer", "W.H.S. Koerner": initials before a name belong to it
            while (candidate.start > 0 && !covered[candidate.sentence][candidate.start - 1]
                    && INITIALS.matcher(tokens.get(candidate.start - 1).text()).matches()) {
                candidate.start--;
                covered[candidate.sentence][candidate.start] = true;
            }
            int end = candidate.end;
            while (end < tokens.size() && NAME_PARTICLES.contains(lower[end]) && !NerTokens.isCapitalized(tokens.get(end).text())) {
                end++;
            }
            if (end == candidate.end || end >= tokens.size() || !NerTokens.isCapitalized(tokens.get(end).text())) {
                continue;
            }
            int last = end + 1;
            for (NameCandidate other : candidates) {
                if (other != candidate && other.sentence == candidate.sentence && other.start == end) {
                    last = Math.max(last, other.end);
                }
            }
            int from = candidate.end;
            int to = last;
            if (NameCandidate.clearInside(candidates, covered, candidate.sentence, from, to)) {
                candidate.end = to;
                Arrays.fill(covered[candidate.sentence], candidate.start, to, true);
            }
        }
    }

    /** A person the model found right after a surname's particle takes it in ("van [Dam] told Al Jazeera"). */
    static void addParticlesBefore(List<List<Token>> sentences, List<String[]> lowerSentences,
                                   List<NameCandidate> candidates, boolean[][] covered) {
        for (NameCandidate candidate : List.copyOf(candidates)) {
            if (!candidates.contains(candidate)) {
                continue;
            }
            int before = candidate.start - 1;
            String[] lower = lowerSentences.get(candidate.sentence);
            List<Token> tokens = sentences.get(candidate.sentence);
            if (candidate.type != EntityType.PERSON || before < 0 || covered[candidate.sentence][before]
                    || !PARTICLES_BEFORE_SURNAME.contains(tokens.get(before).text())
                    && !CHAIN_PARTICLES.contains(tokens.get(before).text())) {
                continue;
            }
            if (before == 0 || !NerTokens.isCapitalized(tokens.get(before - 1).text())) {
                if (PARTICLES_BEFORE_SURNAME.contains(tokens.get(before).text())) {
                    candidate.start = before;
                    covered[candidate.sentence][before] = true;
                }
            } else if (CHAIN_PARTICLES.contains(tokens.get(before).text())
                    && Character.isLetter(tokens.get(before - 1).text().charAt(0))) {
                // "Hamad bin Nasser al-Suwaidi", "[Mariam] bint Khalifa al-Ketbi": son or daughter of the name after
                NameCandidate given = null;
                for (NameCandidate other : candidates) {
                    if (other.sentence == candidate.sentence && other.end == before && other.type == EntityType.PERSON) {
                        given = other;
                    }
                }
                if (given == null && covered[candidate.sentence][before - 1]) {
                    continue; // the word before belongs to another kind of name
                }
                candidate.start = given != null ? given.start : before - 1;
                candidates.remove(given);
                Arrays.fill(covered[candidate.sentence], candidate.start, candidate.end, true);
            }
        }
    }

    /**
     * Names written with a hyphen, which the tokenizer splits: East Asian given names belong to the person's name
     * ("Kim [Jong-un]", "Lai [Ching-te]", "Moon [Jae-in]": through a hyphen that touches a short lower-case syllable
     * on both sides, and through a capitalized word that starts such a pair), so do hyphenated first names
     * ("Jean-[Luc Mélenchon]") and double surnames after a given name ("Maria Delgado-Ruiz"), and the first half of a compound adjective names no one ("Franco-German").
     */
    static void joinHyphenatedNames(List<List<Token>> sentences, List<NameCandidate> candidates, boolean[][] covered) {
        // "Franco-German", "Sino-Russian": the first half of a compound adjective is no name
        candidates.removeIf(candidate -> {
            List<Token> tokens = sentences.get(candidate.sentence);
            boolean combining = candidate.end - candidate.start == 1 && candidate.end + 1 < tokens.size()
                    && COMBINING_FORMS.contains(tokens.get(candidate.start).text().toLowerCase(Locale.ROOT))
                    && tokens.get(candidate.end).text().equals("-")
                    && NerTokens.touches(tokens.get(candidate.start), tokens.get(candidate.end));
            if (combining) {
                covered[candidate.sentence][candidate.start] = false;
            }
            return combining;
        });
        for (NameCandidate candidate : List.copyOf(candidates)) {
            if (candidate.type != EntityType.PERSON || !candidates.contains(candidate)) {
                continue;
            }
            List<Token> tokens = sentences.get(candidate.sentence);
            int first = candidate.start;
            if (hasCapitalizedHalfBefore(tokens, first)) {
                // "Jean-[Luc Mélenchon]": a hyphenated first name; the model may have found "Jean" on its own
                candidates.removeIf(other -> other != candidate && other.sentence == candidate.sentence
                        && other.start == first - 2 && other.end == first - 1);
                candidate.start = first - 2;
                Arrays.fill(covered[candidate.sentence], first - 2, first, true);
            }
            int end = candidate.end;
            boolean familyNameAfter = false;
            if (end - candidate.start >= 2 && NerTokens.isJoiningHyphen(tokens, end)
                    && particleSurnameEnd(tokens, end + 1) > 0) {
                // "Marloes Kuipers" + "-de Wit": a Dutch double surname whose second half opens with its particle,
                // which is no syllable of an East Asian name
                end = particleSurnameEnd(tokens, end + 1);
                NameCandidate.removeOverlapping(candidates, covered, candidate.sentence, candidate.end, end, candidate);
            } else if (end < tokens.size() && !covered[candidate.sentence][end] && NerTokens.isCapitalized(tokens.get(end).text())
                    && isSyllableAfterHyphen(tokens, end + 1)) {
                end += 3; // "Lai" + "Ching-te"
            } else if (isSyllableAfterHyphen(tokens, end) && NerTokens.touches(tokens.get(end - 1), tokens.get(end))) {
                end += 2; // "Kim Jong" + "-un"
                boolean familyName = end < tokens.size() && EAST_ASIAN_FAMILY_NAMES.contains(tokens.get(end).text());
                if (candidate.end - candidate.start == 1 && end < tokens.size()
                        && (!covered[candidate.sentence][end] || familyName)
                        && NerTokens.isCapitalized(tokens.get(end).text()) && NerTokens.isProperNoun(tokens.get(end))) {
                    familyNameAfter = true;
                    // "Jae" + "-won" + "Lim": a Korean given name, then the family name, Western order; "Park" too,
                    // though the model took it for a place
                    NameCandidate.removeOverlapping(candidates, covered, candidate.sentence, end, end + 1, candidate);
                    end++;
                }
            } else if (end - candidate.start >= 2 && NerTokens.isJoiningHyphen(tokens, end)
                    && NerTokens.isCapitalized(tokens.get(end + 1).text())) {
                // "Maria Delgado" + "-Ruiz", "Jacob Rees" + "-Mogg": a double surname after a given name
                NameCandidate.removeOverlapping(candidates, covered, candidate.sentence, end + 1, end + 2, candidate);
                end += 2;
            } else if (end - candidate.start == 1 && end + 2 < tokens.size() && NerTokens.isJoiningHyphen(tokens, end)
                    && NerTokens.isCapitalized(tokens.get(end + 1).text()) && NerTokens.isProperNoun(tokens.get(end + 2))
                    && NerTokens.isCapitalized(tokens.get(end + 2).text())
                    && !PlaceRules.isHead(tokens.get(end + 2).text())) {
                // "Mei" + "-Ling Tsai": a hyphenated given name, then the surname (not "Ida" + "-Viru County")
                NameCandidate.removeOverlapping(candidates, covered, candidate.sentence, end + 1, end + 3, candidate);
                end += 3;
            }
            if (!familyNameAfter && end > candidate.start && end + 1 < tokens.size() && NerTokens.isJoiningHyphen(tokens, end)
                    && NerTokens.isCapitalized(tokens.get(end + 1).text())
                    && (end - candidate.start >= 2 && end > candidate.end || end - candidate.start == 1
                    && (end + 2 == tokens.size() || SpeechVerbs.isSpeechVerb(lower(tokens, end + 2))
                    || tokens.get(end + 2).text().equals(",")))) {
                // "Marie" + "-Ève Lachance" + "-Sirois": a double surname after a hyphenated given name; "Lachance" +
                // "-Sirois told reporters" alone (not "the Biden-Xi summit")
                NameCandidate.removeOverlapping(candidates, covered, candidate.sentence, end + 1, end + 2, candidate);
                end += 2;
            }
            for (int i = candidate.end; i < end; i++) {
                covered[candidate.sentence][i] = true;
            }
            candidate.end = end;
            int start = candidate.start;
            if (!familyNameAfter && start > 0 && isSyllableAfterHyphen(tokens, start + 1)
                    && !covered[candidate.sentence][start - 1] && NerTokens.isProperNoun(tokens.get(start - 1))
                    && !tokens.get(start - 1).text().endsWith(".") // not "Sen." before "Yoon-ji"
                    && !PERSON_TITLES.contains(tokens.get(start - 1).text().toLowerCase(Locale.ROOT))) { // nor "Dr"
                candidate.start = start - 1; // "Moon" + "Jae-in": the family name comes first
                covered[candidate.sentence][start - 1] = true;
            }
        }
    }

    private static String lower(List<Token> tokens, int i) {
        return tokens.get(i).text().toLowerCase(Locale.ROOT);
    }

    /**
     * Where the second half of a double surname ends when it opens with small words at {@code first} ("de Wit" in
     * "Kuipers-de Wit", "van der Berg"), else -1.
     */
    private static int particleSurnameEnd(List<Token> tokens, int first) {
        int i = first;
        while (i < tokens.size() && NAME_PARTICLES.contains(tokens.get(i).text())) {
            i++;
        }
        return i > first && i < tokens.size() && NerTokens.isCapitalized(tokens.get(i).text()) ? i + 1 : -1;
    }

    /**
     * A person's name neither opens with a conjunction the sentence began with ("[But] Whitlock, who now runs…") nor
     * ends with letters after the name ("Nadia Haddad [KC]", "John Smith [MP]").
     */
    static void trimPersonEdges(List<String[]> lowerSentences, List<NameCandidate> candidates) {
        // "Opposition TDs", "Tory MPs": members of a parliament in the plural are no one person
        candidates.removeIf(candidate -> candidate.type == EntityType.PERSON
                && MEMBERS_PLURAL.contains(lowerSentences.get(candidate.sentence)[candidate.end - 1]));
        for (NameCandidate candidate : candidates) {
            String[] lower = lowerSentences.get(candidate.sentence);
            if (candidate.type != EntityType.PERSON) {
                continue;
            }
            while (candidate.end - candidate.start > 1 && LEADING_CONJUNCTIONS.contains(lower[candidate.start])) {
                candidate.start++;
            }
            while (candidate.end - candidate.start > 1 && POST_NOMINALS.contains(lower[candidate.end - 1])) {
                candidate.end--;
            }
        }
    }

    /** Whether a capitalized word and a hyphen, all touching, stand right before token {@code first} ("Jean-", "Brennan-"). */
    private static boolean hasCapitalizedHalfBefore(List<Token> tokens, int first) {
        return first >= 2 && NerTokens.isJoiningHyphen(tokens, first - 1)
                && NerTokens.isCapitalized(tokens.get(first - 2).text());
    }

    /**
     * A surname found alone after the first half of a double surname takes it in ("Brennan-[Whitfield] said" after
     * "Carla Brennan-Whitfield"): propagation finds the last word of a name only.
     */
    static void joinSurnameHalves(List<List<Token>> sentences, List<NameCandidate> candidates, boolean[][] covered) {
        for (NameCandidate candidate : List.copyOf(candidates)) {
            List<Token> tokens = sentences.get(candidate.sentence);
            int first = candidate.start;
            if (candidate.type != EntityType.PERSON || !hasCapitalizedHalfBefore(tokens, first)
                    || covered[candidate.sentence][first - 1]) {
                continue;
            }
            // the first half may have been found alone as well ("[Brennan]-[Whitfield]")
            candidates.removeIf(other -> other.sentence == candidate.sentence && other.type == EntityType.PERSON
                    && other.start == first - 2 && other.end == first - 1);
            if (NameCandidate.isFree(covered[candidate.sentence], first - 1, first) && candidates.stream().noneMatch(
                    other -> other.sentence == candidate.sentence && other.start < first && other.end > first - 2)) {
                candidate.start = first - 2;
                Arrays.fill(covered[candidate.sentence], first - 2, first, true);
            }
        }
    }

    /**
     * A Korean or Taiwanese family name before or after a hyphenated given name is a person even where the model found
     * nothing ("said Oh Sung-min, a senior fellow", "said Hye-jin Park"), and so is any short word no list knows
     * before one ("said KMT legislator Hsueh Pei-yun", "Kung Hsiao-wen of the Taiwan People's Party").
     */
    void addHyphenatedGivenNames(List<List<Token>> sentences, List<String[]> lowerSentences,
                                 List<NameCandidate> candidates, boolean[][] covered) {
        for (int s = 0; s < sentences.size(); s++) {
            List<Token> tokens = sentences.get(s);
            for (int i = 0; i + 3 < tokens.size(); i++) {
                if (EAST_ASIAN_FAMILY_NAMES.contains(tokens.get(i).text()) && NerTokens.isCapitalized(tokens.get(i + 1).text())
                        && isSyllableAfterHyphen(tokens, i + 2) && NameCandidate.isFree(covered[s], i, i + 4)) {
                    NameCandidate.add(candidates, covered, new NameCandidate(s, i, i + 4, EntityType.PERSON));
                    i += 3;
                } else if (NerTokens.isCapitalized(tokens.get(i).text()) && isSyllableAfterHyphen(tokens, i + 1)
                        && EAST_ASIAN_FAMILY_NAMES.contains(tokens.get(i + 3).text())
                        && NameCandidate.isFree(covered[s], i, i + 3)
                        && NameCandidate.clearInside(candidates, covered, s, i + 3, i + 4)) {
                    // "said Hye-jin Park": the given name first, in Western order; the family name alone may have
                    // been taken for a place ("Ji-yeon [Park], a researcher")
                    NameCandidate.add(candidates, covered, new NameCandidate(s, i, i + 4, EntityType.PERSON));
                    i += 3;
                } else if (isRomanisedSyllables(tokens, lowerSentences.get(s), i) && isRomanisedSyllables(tokens,
                        lowerSentences.get(s), i + 1) && isSyllableAfterHyphen(tokens, i + 2)
                        && !HYPHEN_SUFFIXES.contains(tokens.get(i + 3).text())
                        && NameCandidate.isFree(covered[s], i, i + 4)) {
                    NameCandidate.add(candidates, covered, new NameCandidate(s, i, i + 4, EntityType.PERSON));
                    i += 3;
                }
            }
        }
    }

    /** A capitalized word of two to seven letters that no list holds as a common word or a title: "Hsueh", "Pei". */
    private boolean isRomanisedSyllables(List<Token> tokens, String[] lower, int i) {
        String text = tokens.get(i).text();
        return text.length() >= 2 && text.length() <= 7 && NerTokens.isCapitalized(text)
                && text.chars().skip(1).allMatch(Character::isLowerCase) && !isTitle(lower[i])
                && !CALENDAR.contains(lower[i]) && !gazetteer.contains(Gazetteer.NameList.COMMON, lower[i])
                && !gazetteer.contains(Gazetteer.NameList.DEMONYM, lower[i]);
    }

    /** Whether tokens {@code hyphen} and the next are "-" and a short lower-case syllable, touching on both sides. */
    static boolean isSyllableAfterHyphen(List<Token> tokens, int hyphen) {
        if (!NerTokens.isJoiningHyphen(tokens, hyphen)) {
            return false;
        }
        String syllable = tokens.get(hyphen + 1).text();
        return syllable.length() <= 6 && syllable.chars().allMatch(Character::isLowerCase); // "Wen-hsiang"
    }
}
