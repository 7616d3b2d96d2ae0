package crosscheck.nlp.ner;

import crosscheck.model.EntityType;
import crosscheck.model.Token;
import crosscheck.nlp.Background;
import crosscheck.nlp.EntityClusterer;
import crosscheck.nlp.MaxentTable;
import crosscheck.nlp.Mention;
import crosscheck.nlp.NameFinder;
import crosscheck.nlp.SpeechVerbs;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names of people, organizations and places (and nationalities) in English news: our trained OpenNLP model, then
 * rules (titles of one or more words out of PER, describing common words and possessive 's out of names, demonyms
 * as NATIONALITY, party names as ORG, "the White House" as ORG but LOC after "at"/"in", a place before an
 * organization's name part of it: "US Marines", a name after a person's title: "Senator Hatfield") and
 * document-level reasoning (one type per name; a name found once is found at its other mentions, a person's
 * surname included). Thread-safe: the model, its decoder and the gazetteers are immutable and shared.
 */
public final class TrainedNameFinder implements NameFinder {
    static final String MODEL_RESOURCE = "/crosscheck/ner/ner-en.bin";
    static final String FORCED_ORG_RESOURCE = Gazetteer.RESOURCE_DIR + "org-rules.txt";
    /** Places a capitalized word can only name, written by {@link GazetteerBuilder}. */
    static final String PLACES_ALONE_RESOURCE = Gazetteer.RESOURCE_DIR + GazetteerBuilder.PLACES_ALONE_FILE;
    private static final int MAX_NAME_TOKENS = 8;
    /** Lines this short are signatures or bylines: a given name alone there is a person. */
    private static final int SHORT_LINE_TOKENS = 3;
    private static final int MAX_TITLE_TOKENS = 4;
    /** One-word titles that only people bear (longer titles from our list all do). */
    private static final Set<String> PERSON_TITLES = Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.",
            "prof", "prof.", "professor", "sir", "senator", "sen.", "rep.", "representative", "congressman",
            "congresswoman", "governor", "gov.", "mayor", "judge", "president", "minister", "secretary", "chancellor",
            "ayatollah", "sheikh", "imam", "rabbi", "reverend", "rev.", "pastor", "archbishop", "pope", "sultan", "emir",
            "ambassador", "envoy", "gen.", "col.", "sgt.", "capt.", "lt.", "maj.", "adm.", "lieutenant", "sergeant",
            "colonel", "councillor", "councilman", "councilwoman", "commissioner", "premier", "king", "queen", "prince",
            "princess", "justice");
    /** Words of the offices that follow a title ("Minister of Foreign Affairs", "Secretary of Health and Human Services"). */
    private static final Set<String> OFFICE_WORDS = Set.of("defense", "defence", "state", "foreign", "affairs",
            "interior", "justice", "health", "finance", "economy", "economic", "trade", "industry", "education", "labor",
            "labour", "agriculture", "energy", "transport", "transportation", "environment", "home", "war", "human",
            "services", "commerce", "housing", "urban", "development", "veterans", "homeland", "security", "treasury",
            "culture", "digital", "science", "technology", "work", "pensions", "communities", "department", "office",
            "internal", "external", "european", "national", "social", "public", "information", "immigration");
    /** One to three initials with their full stops ("A.", "W.H.S."). */
    private static final Pattern INITIALS = Pattern.compile("\\p{Lu}\\.(?:\\p{Lu}\\.){0,2}");
    /** Last words that end an organization's name and never a place's or a person's. */
    private static final Set<String> HEADS_OF_ORGANIZATIONS_ONLY = Set.of("University", "College", "Party", "Council",
            "Committee", "Commission", "Ministry", "Department", "Agency", "Institute", "Corporation", "Company",
            "Association", "Federation", "League", "Foundation", "Inc.", "Corp.", "Ltd.", "Ltd", "Co.", "Authority",
            "Bank", "Airlines", "Airways", "Group", "Organization", "Organisation");
    /** An acronym: two to eight capitals, perhaps with small letters or an ampersand between ("HANO", "DoD", "AT&T"). */
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}[\\p{Lu}\\p{Ll}&]{0,6}\\p{Lu}");
    /** Abbreviations of measures and offices, which name no one ("3.5 percent of GDP", "a CEO"). */
    private static final Set<String> MEASURES = Set.of("GDP", "GNP", "GNI", "CPI", "VAT", "CEO", "CFO", "COO", "CTO",
            "MP", "MPs", "MEP", "MEPs", "PM", "IPO", "LNG", "GMT", "UTC", "TV", "AI", "ID", "DNA", "HIV", "COVID");
    /** The eras of a calendar, which follow years and centuries ("776 BCE", "the 7th century BC"). */
    private static final Set<String> ERAS = Set.of("BC", "BCE", "AD", "CE", "B.C.", "A.D.", "B.C.E.", "C.E.");
    /** First halves of compound adjectives of nations ("Franco-German", "Anglo-American", "Sino-Russian"). */
    private static final Set<String> COMBINING_FORMS = Set.of("franco", "anglo", "sino", "russo", "indo", "italo",
            "greco", "austro", "germano", "judeo", "afro", "euro", "hispano", "luso", "nippo", "turco", "polono", "serbo");
    /** Kinds of weapon, after which a capitalized word names the model, not a person or firm. */
    private static final Set<String> WEAPONS = Set.of("tank", "tanks", "howitzer", "howitzers", "missile", "missiles",
            "rocket", "rockets", "launcher", "launchers", "jet", "jets", "fighter", "fighters", "helicopter",
            "helicopters", "drone", "drones", "battery", "batteries", "system", "systems", "vehicle", "vehicles",
            "rifle", "rifles", "shell", "shells", "munitions", "interceptor", "interceptors", "warship", "warships",
            "submarine", "submarines", "frigate", "frigates", "bomber", "bombers", "artillery", "cruise");
    /** Weapon systems' names, which name no organization or place ("such as the Patriot", "Storm Shadow"). */
    private static final Set<String> WEAPON_NAMES = Set.of("patriot", "patriots", "tomahawk", "tomahawks", "himars",
            "atacms", "javelin", "javelins", "stinger", "stingers", "leopard", "leopards", "storm shadow", "scalp",
            "iskander", "kinzhal", "shahed", "shaheds", "nasams", "kalibr", "harpoon", "harpoons", "gripen", "rafale");
    /** Newspapers whose names begin with "The", which keep it when it is written with a capital inside a sentence
     * ("told The Times", "a column in The New York Times"). */
    private static final Set<String> THE_NEWSPAPERS = Set.of("times", "sunday times", "sun", "guardian", "observer",
            "telegraph", "daily telegraph", "sunday telegraph", "independent", "economist", "spectator", "atlantic",
            "hill", "new yorker", "new york times", "washington post", "wall street journal", "mail on sunday",
            "australian", "hindu", "age", "kyiv independent", "moscow times", "jerusalem post", "times of israel",
            "irish times", "globe and mail", "new statesman", "daily beast", "intercept", "financial times");
    /** Family names that come before a hyphenated Korean or Taiwanese given name ("Oh Sung-min", "Lai Ching-te"). */
    private static final Set<String> EAST_ASIAN_FAMILY_NAMES = Set.of("Kim", "Lee", "Park", "Choi", "Jung", "Chung",
            "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Oh", "Seo", "Shin", "Kwon", "Hwang", "Ahn", "Song", "Yoo",
            "Hong", "Moon", "Ko", "Bae", "Baek", "Nam", "Noh", "Ryu", "Yang", "Son", "Cha", "Ha", "Jeon", "Jo", "Yu",
            "Won", "Byun", "Chae", "Go", "Hyun", "Im", "Ji", "Joo", "Kwak", "Min", "Na", "Seok", "Sung", "Woo", "Yun",
            "Lai", "Hsiao", "Chen", "Lin", "Wang", "Huang", "Chang", "Liu", "Tsai", "Wu", "Cheng", "Hsu", "Kuo", "Ho",
            "Lu", "Hou", "Ma", "Su", "Yeh", "Chiang", "Chou", "Hung", "Kao", "Shih", "Tseng", "Hsieh", "Chu", "Lo");
    /** Chinese family names, which come first and are used alone after the full name ("Xie Haoyu ... Xie said"). */
    private static final Set<String> CHINESE_FAMILY_NAMES = Set.of("Zhang", "Wang", "Li", "Zhao", "Liu", "Chen", "Yang",
            "Huang", "Zhou", "Wu", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Luo", "Gao", "Zheng", "Liang",
            "Xie", "Song", "Tang", "Han", "Feng", "Deng", "Cao", "Peng", "Zeng", "Xiao", "Tian", "Dong", "Pan", "Yuan",
            "Cai", "Jiang", "Yu", "Du", "Ye", "Cheng", "Wei", "Su", "Lu", "Ding", "Ren", "Shen", "Yao", "Cui", "Zhong",
            "Tan", "Fu", "Fan", "Jin", "Qin", "Xi", "Bai", "Kong", "Qian", "Mao", "Wen", "Fang", "Shi", "Qiu", "Hou");
    /** Offices named after a body, which the body's name then only qualifies: "Armed Forces Minister". */
    private static final Set<String> OFFICES_OF_BODIES = Set.of("minister", "secretary");
    /** Closing quotation marks, after which a new clause begins ('…," Foreign Ministry spokesperson'). */
    private static final Set<String> CLOSING_QUOTES = Set.of("”", "\"", "’", "'");
    /** Parts of speech that open no name: "On the Treasury's own figures", "Join the People's Assembly march". */
    private static final Set<String> NOT_NAME_WORDS = Set.of("ADP", "DET", "PRON", "CCONJ", "SCONJ", "ADV", "AUX",
            "PART", "VERB", "NUM", "INTJ");
    /** Capitals that are also surnames: a person of that name alone is the city unless the text names them in full. */
    private static final Set<String> CAPITALS_ALSO_SURNAMES = Set.of("washington");
    /** Articles before an institution's name ("the Treasury", "a Labour Party source"). */
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    /** Last words that end an institution's name after "the" as well ("the Hamilton Center for Strategic Policy"). */
    private static final Set<String> CENTRES = Set.of("centre", "center", "group");
    /** Pronouns, which the model sometimes takes for names after a quotation mark. */
    private static final Set<String> PRONOUNS = Set.of("I", "We", "He", "She", "They", "It", "You", "Us", "Our",
            "Their", "His", "Her", "My", "Your", "Its");
    /** Possessive pronouns before an institution's name ("its Finance Ministry", "their Defence Committee"). */
    private static final Set<String> OWNERS = Set.of("its", "their", "his", "her", "our", "my", "your");
    /** Numbers that follow a ruler's name. */
    private static final Set<String> REGNAL_NUMBERS = Set.of("II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X",
            "XI", "XII", "XIII", "XIV", "XV", "XVI");
    private static final Set<String> GOD_EXCLAMATIONS = Set.of("my", "oh", "a", "thank", "for", ",", "!");
    /** Last words of places' names that may follow a place's or a person's name ("Coron Island", "Kennedy Airport"). */
    private static final Set<String> PLACE_HEADS = Set.of("Airport", "Bridge", "Station", "Stadium", "Park", "Square",
            "Street", "Avenue", "Road", "Boulevard", "Hall", "Tower", "Palace", "Castle", "Cathedral", "Church", "Abbey",
            "Temple", "Mosque", "Museum", "Gallery", "Hospital", "Harbor", "Harbour", "Island", "Islands", "Lake",
            "River", "Mountains", "Mountain", "Bay", "Valley", "Canyon", "Beach", "Trail", "Memorial", "Monument",
            "County", "Province", "District");
    /** What a party's member is called ("a Texas Republican"): never the end of a place's name. */
    private static final Set<String> PARTY_MEMBERS = Set.of("republican", "republicans", "democrat", "democrats",
            "conservative", "conservatives", "liberal", "liberals", "tory", "tories", "mp", "senator", "congressman",
            "congresswoman", "lawmaker", "lawmakers");
    private static final Set<String> CONTINUES_NAME = Set.of("of", "for", "&", "and", "on", "-");
    private static final Set<String> ARABIC_ARTICLES = Set.of("al", "el", "as", "ash", "ad", "an", "az", "ar", "at",
            "ath", "adh", "ul");
    /** Last words of organizations' names that may follow a place's name ("US Marines", "Aberdeen Grammar School"). */
    private static final Set<String> ORGANIZATION_HEADS = Set.of("Marines", "Army", "Navy", "Police", "Party", "Council",
            "University", "College", "School", "Club", "Bank", "Court", "Committee", "Commission", "Department", "Ministry",
            "Agency", "Institute", "Corporation", "Company", "Association", "Federation", "Union", "League", "Senate",
            "Congress", "Parliament", "Assembly", "Government", "Airlines", "Airways", "Orchestra", "Society",
            "Foundation", "Inc.", "Corp.", "Ltd.", "Ltd", "Co.", "FC", "Guard", "Forces", "Legislature", "Authority",
            "Herald", "Times", "Post", "Tribune", "Journal", "Gazette", "Bulletin", "Chronicle", "Telegraph",
            "Examiner", "Inquirer", "Observer");
    /** First words of institutions' names followed by what they are for or of ("Institute for Fiscal Studies"). */
    private static final Set<String> INSTITUTION_FIRST_WORDS = Set.of("institute", "institution", "university",
            "ministry", "department", "bureau", "office", "council", "committee", "commission", "agency", "board", "bank",
            "federation", "association", "league", "society", "foundation", "organisation", "organization", "fund",
            "service", "authority", "corporation", "academy", "court", "coalition", "alliance", "centre", "center",
            "assembly", "conference", "confederation", "chamber", "forum", "secretariat");
    /** Last words of institutions' names ("the Stop the War Coalition", "the Senate Armed Services Committee"). */
    private static final Set<String> INSTITUTION_LAST_WORDS = Set.of("coalition", "alliance", "foundation", "institute",
            "institution", "campaign", "movement", "trust", "council", "union", "association", "society", "federation",
            "league", "corporation", "committee", "commission", "party", "agency", "fund", "network", "forum", "bank",
            "ministry", "department", "office", "bureau", "service", "authority", "army", "navy", "guard", "police",
            "forces", "court", "assembly", "parliament", "university", "college", "treasury", "embassy", "consulate", "diet",
            "cabinet");
    /** More last words of institutions' names, which open none ("the British Library", "Columbia University"). */
    private static final Set<String> INSTITUTION_ENDS_TOO = Set.of("library", "museum", "school", "hospital",
            "company", "group", "laboratory", "centre", "center", "times", "post", "journal");
    /** Last words that name an institution alone after "the" ("the Army"); the others need a word before them. */
    private static final Set<String> INSTITUTIONS_ALONE = Set.of("army", "navy", "treasury", "parliament", "police",
            "commission", "coalition", "diet", "cabinet");
    /** Legal forms of companies, written after their names without the full stop ("Corp.", "Inc", "L.P."). */
    private static final Set<String> LEGAL_FORMS = Set.of("Inc", "Corp", "Ltd", "LLC", "PLC", "plc", "Co", "L.P", "LP",
            "GmbH", "N.V", "S.A");
    /** Lower-case nouns of companies written right before a company's name ("arms maker", "shipbuilder"). */
    private static final Set<String> COMPANY_NOUNS = Set.of("maker", "makers", "manufacturer", "firm", "company",
            "contractor", "supplier", "shipbuilder", "shipyard", "insurer", "lender", "conglomerate", "retailer",
            "airline", "exporter", "producer", "giant", "startup", "start-up");
    /** The longest apposition between a speaker's name and the speech verb. */
    private static final int APPOSITION_TOKENS = 16;
    /** Verbs of speaking before a speaker's name ("said Iryna Bondar"). */
    private static final Set<String> SAID = Set.of("said", "says", "added", "wrote", "warned", "according");
    /** What a person leads or stands for, which is no surname ("the Davis Administration"). */
    private static final Set<String> LED_BY_A_PERSON = Set.of("administration", "government", "cabinet", "presidency",
            "campaign", "doctrine", "era");
    /** Small words inside institutions' names, between capitalized words. */
    private static final Set<String> INSTITUTION_INNER_WORDS = Set.of("of", "for", "the", "and", "&", "on", "-");
    /** Small words inside people's surnames: "Ursula von der Leyen", "Vincent van Gogh", "Luiz Inácio Lula da Silva". */
    private static final Set<String> NAME_PARTICLES = Set.of("von", "van", "der", "den", "de", "da", "di", "del",
            "della", "dos", "das", "du", "la", "le", "ter", "ten", "bin", "ibn");
    /** Last words of titles that stand right before a person's name ("Vice Chair", "Defence Minister"). */
    private static final Set<String> TITLE_HEADS = Set.of("minister", "secretary", "chair", "chairman", "chairwoman",
            "chairperson", "president", "spokesman", "spokeswoman", "spokesperson", "senator", "governor", "director",
            "commissioner", "ambassador", "general", "admiral", "chief", "leader", "speaker", "whip", "mayor", "envoy",
            "adviser", "advisor", "representative", "member");
    /** Particles that begin a surname written without the given name ("van Dam", "de Gaulle", "von der Leyen"). */
    private static final Set<String> PARTICLES_BEFORE_SURNAME = Set.of("van", "von", "de", "da", "di", "del", "der",
            "den", "bin", "ibn");
    /** Words for a group of countries that describe like a nationality when alone ("Western officials"). */
    private static final Set<String> BLOCS = Set.of("western", "eastern", "northern", "southern", "arab", "nordic");
    /** Regions whose name describes like a nationality before a noun ("the Baltic states", "Balkan leaders"). */
    private static final Set<String> REGIONS_AS_ADJECTIVES = Set.of("baltic", "balkan", "scandinavian", "caucasian",
            "mediterranean", "transatlantic", "gulf");
    /** Institutions named after the building they sit in (lower-cased, tokenized). */
    private static final Set<String> SEATS = Set.of("white house", "kremlin", "pentagon", "downing street", "whitehall",
            "oval office");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("at", "in", "inside", "outside", "into", "near",
            "toward", "towards", "through", "around", "across", "within", "visited", "visit", "visiting");
    private static final Set<String> CALENDAR = Set.of("january", "february", "march", "april", "may",
            "june", "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
            "oct", "nov", "dec");

    private final Gazetteer gazetteer;
    private final Gazetteer forcedOrganizations;
    private final NameDecoder decoder;

    private TrainedNameFinder(NameDecoder decoder, Gazetteer gazetteer, Gazetteer forcedOrganizations) {
        this.gazetteer = gazetteer;
        this.forcedOrganizations = forcedOrganizations;
        this.decoder = decoder;
    }

    /** Loads the shipped model and gazetteers from the class path. Call once and share the result. */
    public static TrainedNameFinder load() {
        // the gazetteers load beside the model; gazetteer() below waits for them
        Background.load("ner-gazetteer-loader", NerFeatureGeneratorFactory::gazetteer);
        try (InputStream in = TrainedNameFinder.class.getResourceAsStream(MODEL_RESOURCE)) {
            Objects.requireNonNull(in, () -> "name-finder model missing from the class path: " + MODEL_RESOURCE);
            MaxentTable.ModelFile file = MaxentTable.readModelFile(in, NameDecoder.MAXENT_ARTIFACT);
            int beamSize = NameDecoder.beamSizeOf(file.manifest().getProperty(NameDecoder.BEAM_SIZE_PROPERTY));
            Gazetteer gazetteer = NerFeatureGeneratorFactory.gazetteer();
            return new TrainedNameFinder(new NameDecoder(file.table(), gazetteer, beamSize), gazetteer,
                    ForcedOrganizations.GAZETTEER);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the name-finder model " + MODEL_RESOURCE, e);
        }
    }

    /** Loads a model file (for evaluating a freshly trained model). */
    static TrainedNameFinder load(Path modelFile) throws IOException {
        return of(new TokenNameFinderModel(modelFile));
    }

    static TrainedNameFinder of(TokenNameFinderModel model) {
        Gazetteer gazetteer = NerFeatureGeneratorFactory.gazetteer();
        return new TrainedNameFinder(NameDecoder.of(model, gazetteer), gazetteer, ForcedOrganizations.GAZETTEER);
    }

    private static final class ForcedOrganizations {
        static final Gazetteer GAZETTEER = Gazetteer.loadResource(FORCED_ORG_RESOURCE, Gazetteer.NameList.ORG);
    }

    private static final class PlacesAlone {
        static final Gazetteer GAZETTEER = Gazetteer.loadResource(PLACES_ALONE_RESOURCE, Gazetteer.NameList.LOC);
    }

    /** A name over tokens {@code [start, end)} of sentence {@code sentence}. */
    private static final class Candidate {
        final int sentence;
        int start;
        int end;
        EntityType type;

        Candidate(int sentence, int start, int end, EntityType type) {
            this.sentence = sentence;
            this.start = start;
            this.end = end;
            this.type = type;
        }
    }

    @Override
    public List<Mention> find(String text, List<List<Token>> sentences) {
        NameDecoder.Document document = decoder.newDocument();
        List<String[]> lowerSentences = new ArrayList<>(sentences.size());
        List<String[]> coreSentences = new ArrayList<>(sentences.size());
        List<Candidate> candidates = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            List<Token> tokens = sentences.get(s);
            String[] encoded = new String[tokens.size()];
            String[] lower = new String[tokens.size()];
            String[] cores = new String[tokens.size()];
            for (int i = 0; i < encoded.length; i++) {
                Token token = tokens.get(i);
                cores[i] = core(token.text(), i == encoded.length - 1);
                encoded[i] = NerTokens.encode(cores[i], token.pos());
                lower[i] = NerTokens.lower(cores[i]);
            }
            lowerSentences.add(lower);
            coreSentences.add(cores);
            if (encoded.length == 0) {
                continue;
            }
            for (Span span : decoder.find(encoded, document)) {
                EntityType type = typeOf(span.getType());
                if (type != null) {
                    candidates.add(new Candidate(s, span.getStart(), span.getEnd(), type));
                }
            }
        }
        List<Candidate> cleaned = new ArrayList<>(candidates.size());
        boolean capitalized = writtenWithCapitals(sentences);
        for (Candidate candidate : candidates) {
            if (capitalized && !hasCapital(sentences.get(candidate.sentence), candidate)) {
                continue; // "telling [reporters]": in a text written with capitals, so are names
            }
            if (trim(candidate, sentences.get(candidate.sentence), lowerSentences.get(candidate.sentence))) {
                cleaned.add(candidate);
            }
        }
        cleaned = splitTitledPeople(sentences, lowerSentences, cleaned);
        cleaned = placeOrganizations(sentences, cleaned);
        cleaned = splitConjoinedInstitutions(lowerSentences, cleaned);
        boolean[][] covered = coverage(sentences, cleaned);
        addInstitutions(sentences, lowerSentences, cleaned, covered);
        extendGivenNames(sentences, lowerSentences, cleaned, covered);
        addRuleNames(sentences, lowerSentences, cleaned, covered);
        addCompanySuffixes(sentences, coreSentences, cleaned, covered);
        extendPlaces(sentences, lowerSentences, cleaned, covered);
        addSpeakers(sentences, lowerSentences, cleaned, covered);
        joinParticles(sentences, lowerSentences, cleaned, covered);
        addParticlesBefore(sentences, lowerSentences, cleaned, covered);
        joinHyphenatedNames(sentences, cleaned, covered);
        addHyphenatedGivenNames(sentences, cleaned, covered);
        addAcronyms(sentences, cleaned, covered);
        addAcronymsOfOrganizations(sentences, lowerSentences, cleaned, covered);
        unifyTypes(sentences, lowerSentences, cleaned);
        propagate(sentences, lowerSentences, coreSentences, cleaned, covered);
        addNewspapersWithThe(sentences, lowerSentences, cleaned, covered);
        cleaned.removeIf(candidate -> namesAWeapon(lowerSentences.get(candidate.sentence), candidate));
        return mentions(sentences, coreSentences, cleaned);
    }

    /**
     * The part of a token that can belong to a name: without a possessive ('s, s') and, at the end of a sentence,
     * without a full stop the tokenizer left attached ("Kyiv." but not "U.S.").
     */
    static String core(String token, boolean lastOfSentence) {
        int length = token.length();
        if (length > 2 && (token.endsWith("'s") || token.endsWith("’s") || token.endsWith("'S"))) {
            return token.substring(0, length - 2);
        }
        if (length > 1 && (token.endsWith("'") || token.endsWith("’")) && Character.isLetter(token.charAt(length - 2))) {
            return token.substring(0, length - 1);
        }
        if (lastOfSentence && length > 2 && token.charAt(length - 1) == '.' && token.indexOf('.') == length - 1
                && Character.isLowerCase(token.charAt(length - 2))) {
            return token.substring(0, length - 1);
        }
        return token;
    }

    private static EntityType typeOf(String type) {
        return switch (type) {
            case "PER" -> EntityType.PERSON;
            case "ORG" -> EntityType.ORGANIZATION;
            case "LOC" -> EntityType.LOCATION;
            case "MISC" -> EntityType.MISC;
            default -> null;
        };
    }

    /** Drops a final possessive, leading "the" and (for people) leading titles; false if nothing is left. */
    private boolean trim(Candidate candidate, List<Token> tokens, String[] lower) {
        while (candidate.end > candidate.start && NerTrainer.isPossessive(tokens.get(candidate.end - 1).text())) {
            candidate.end--;
        }
        while (candidate.end - candidate.start > 1 && lower[candidate.start].equals("the")) {
            candidate.start++;
        }
        // "Britain's Labour Party": the name starts after an owner's possessive inside the span
        for (int i = candidate.end - 2; i >= candidate.start; i--) {
            if (endsWithPossessive(tokens.get(i).text())) {
                candidate.start = i + 1;
                break;
            }
        }
        // "Shadow Defence" left over before a person's name is an office, not an organization
        if (candidate.type != EntityType.PERSON && allTitles(lower, candidate.start, candidate.end)) {
            return false;
        }
        // "[Senate Appropriations Committee] Vice | Eleanor Voss": a title before a name is no part of the body
        while (candidate.type == EntityType.ORGANIZATION && candidate.end - candidate.start > 1
                && candidate.end < tokens.size() && isTitle(lower[candidate.end - 1])
                && NerTokens.isCapitalized(tokens.get(candidate.end).text())) {
            candidate.end--;
        }
        if (candidate.type == EntityType.PERSON) {
            // titles of one or more words ("Prime Minister Iyad Allawi", "Secretary of State Rice")
            int title;
            while (candidate.end > candidate.start && (title = titleLength(lower, candidate.start, candidate.end)) > 0) {
                candidate.start += title;
                // "Minister [of Foreign Affairs] Dmytro Kuleba": the office named after the title is no part of the name
                candidate.start = Math.min(candidate.end, officeEnd(tokens, lower, candidate.start));
            }
        }
        trimDescriptors(candidate, tokens);
        // "Isabel Ruiz of [Heaven Sent Gaming]": a name does not end with a small word
        while (candidate.end - candidate.start > 1 && CONTINUES_NAME.contains(lower[candidate.end - 1])) {
            candidate.end--;
        }
        // "King [Abdullah II] of Jordan": a ruler's realm is a place of its own
        if (candidate.type == EntityType.PERSON) {
            for (int of = candidate.start + 1; of < candidate.end - 1; of++) {
                if (lower[of].equals("of") && gazetteer.contains(Gazetteer.NameList.LOC, key(lower, of + 1, candidate.end))) {
                    candidate.end = of;
                    break;
                }
            }
        }
        // "a Louisiana Republican", "an Ohio Republican": the member of a party from a place is a place and a description
        while (candidate.end - candidate.start > 1 && PARTY_MEMBERS.contains(lower[candidate.end - 1])
                && (candidate.type == EntityType.LOCATION
                || gazetteer.contains(Gazetteer.NameList.LOC, key(lower, candidate.start, candidate.end - 1)))) {
            candidate.end--;
            candidate.type = EntityType.LOCATION;
        }
        // "al - Sadr", "az - Zaman": the Arabic article belongs to the name
        if (candidate.start >= 2 && lower[candidate.start - 1].equals("-")
                && ARABIC_ARTICLES.contains(lower[candidate.start - 2])) {
            candidate.start -= 2;
        }
        if (candidate.end <= candidate.start) {
            return false;
        }
        if (candidate.type == EntityType.PERSON && candidate.end - candidate.start > 1
                && isTitle(lower[candidate.end - 1]) && titleLength(lower, candidate.start, candidate.end) == 0) {
            return false; // "said [U.S. Ambassador] to Ukraine Catherine Dunleavy": no name ends with a title
        }
        if (candidate.end - candidate.start == 1 && PRONOUNS.contains(tokens.get(candidate.start).text())) {
            return false; // "I", and "“We are buying submarines”" after a quotation mark
        }
        if (candidate.end - candidate.start == 1 && (ERAS.contains(tokens.get(candidate.start).text())
                || MEASURES.contains(tokens.get(candidate.start).text()))) {
            return false; // "the 7th century BC", "2.5% of GDP"
        }
        // "in The Hague": a place whose name begins with "The" keeps it, not a sentence that opens with it after a
        // quotation mark ("“The UK will")
        if (candidate.type == EntityType.LOCATION && candidate.start > 1 && tokens.get(candidate.start - 1).text().equals("The")
                && Character.isLetter(tokens.get(candidate.start - 2).text().charAt(0))) {
            candidate.start--;
        }
        String name = key(lower, candidate.start, candidate.end);
        boolean regionAsAdjective = REGIONS_AS_ADJECTIVES.contains(lower[candidate.start]) && candidate.end < tokens.size()
                && Character.isLowerCase(tokens.get(candidate.end).text().charAt(0));
        if (candidate.end - candidate.start == 1 && (isDemonym(tokens.get(candidate.start).text(), lower[candidate.start])
                || BLOCS.contains(lower[candidate.start]) || regionAsAdjective)
                || candidate.end - candidate.start > 1 && (gazetteer.contains(Gazetteer.NameList.DEMONYM, name)
                || isPluralDemonym(name))) {
            // "South Korean suppliers", "South Australians" too
            candidate.type = EntityType.NATIONALITY;
        } else if (forcedOrganizations.contains(Gazetteer.NameList.ORG, name)) {
            // institutions named after their seat ("the Pentagon", "the Kremlin") act as organizations in news, but
            // the building is a place where something happens there ("talks at the White House")
            candidate.type = seatType(name, lower, candidate.start);
        } else if (candidate.type != EntityType.LOCATION && isKnownPlaceOnly(name)
                || candidate.type != EntityType.LOCATION && PlacesAlone.GAZETTEER.contains(Gazetteer.NameList.LOC, name)
                || candidate.type == EntityType.PERSON && CAPITALS_ALSO_SURNAMES.contains(name)) {
            // "Paris wants more", "when Russia launched", "France's ministry": a place no given name or surname shares
            candidate.type = EntityType.LOCATION;
        } else if (candidate.type == EntityType.PERSON && gazetteer.contains(Gazetteer.NameList.LOC, name)
                && speaksOfAPlace(tokens, lower, candidate)) {
            candidate.type = EntityType.LOCATION;
        } else if (candidate.type != EntityType.ORGANIZATION && candidate.end - candidate.start > 1
                && HEADS_OF_ORGANIZATIONS_ONLY.contains(tokens.get(candidate.end - 1).text())) {
            candidate.type = EntityType.ORGANIZATION; // "Georgetown University", "Rodale Books Company"
        } else if (candidate.type == EntityType.PERSON && candidate.start > 0
                && COMPANY_NOUNS.contains(tokens.get(candidate.start - 1).text())) {
            candidate.type = EntityType.ORGANIZATION; // "armoured vehicle maker Hessler Wehrtechnik"
        }
        return true;
    }

    /**
     * Whether the words around a name that is both a place and a given name ("Jordan", "Georgia") speak of the
     * place: "King Abdullah II of Jordan", "talks in Jordan", "Jordan's foreign minister".
     */
    private boolean speaksOfAPlace(List<Token> tokens, String[] lower, Candidate candidate) {
        if (candidate.start > 0 && (lower[candidate.start - 1].equals("of") || lower[candidate.start - 1].equals("in"))) {
            return true;
        }
        int next = candidate.end;
        if (next < tokens.size() && (lower[next].equals("'s") || lower[next].equals("’s"))) {
            next++;
        } else if (!endsWithPossessive(tokens.get(candidate.end - 1).text())) {
            return false;
        }
        return next < tokens.size() && titleLength(lower, next, tokens.size()) > 0;
    }

    /**
     * The number of tokens of the longest title (of up to {@value #MAX_TITLE_TOKENS} words) starting at {@code start}
     * and ending before {@code end}, or 0.
     */
    private int titleLength(String[] lower, int start, int end) {
        for (int length = Math.min(MAX_TITLE_TOKENS, end - start); length > 1; length--) {
            if (isTitle(key(lower, start, start + length))) {
                return length;
            }
        }
        return isTitle(lower[start]) ? 1 : 0;
    }

    /** Whether at least four in five sentences begin with a capital letter (not web text typed in lower case). */
    private static boolean writtenWithCapitals(List<List<Token>> sentences) {
        int capitalized = 0;
        int counted = 0;
        for (List<Token> sentence : sentences) {
            for (Token token : sentence) {
                if (Character.isLetter(token.text().charAt(0))) {
                    counted++;
                    if (Character.isUpperCase(token.text().charAt(0))) {
                        capitalized++;
                    }
                    break;
                }
            }
        }
        return counted > 0 && capitalized * 5 >= counted * 4;
    }

    private static boolean hasCapital(List<Token> tokens, Candidate candidate) {
        for (int i = candidate.start; i < candidate.end; i++) {
            String word = tokens.get(i).text();
            if (Character.isUpperCase(word.charAt(0)) || Character.isDigit(word.charAt(0))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Cuts the common words the model took into a name around its capitalized part: "the Palestinian militant
     * organisation [Hamas]", "the ruling [Fatah] party". Lower-case names (web text) and the small words inside
     * names ("Bank of America", "al - Sadr") stay.
     */
    private static void trimDescriptors(Candidate candidate, List<Token> tokens) {
        int firstCapital = -1;
        int lastCapital = -1;
        for (int i = candidate.start; i < candidate.end; i++) {
            if (NerTokens.isCapitalized(tokens.get(i).text())) {
                if (firstCapital < 0) {
                    firstCapital = i;
                }
                lastCapital = i;
            }
        }
        if (firstCapital < 0) {
            return;
        }
        int start = candidate.start;
        for (int i = candidate.start; i < lastCapital; i++) {
            if (isDescriptor(tokens.get(i))) {
                start = i + 1;
            }
        }
        int end = candidate.end;
        while (end > lastCapital + 1 && isDescriptor(tokens.get(end - 1))) {
            end--;
        }
        if (start < end && NerTokens.isCapitalized(tokens.get(start).text())) {
            candidate.start = start;
            candidate.end = end;
        }
    }

    /** A lower-case common noun, adjective or verb: a word that describes a name rather than being part of it. */
    private static boolean isDescriptor(Token token) {
        String text = token.text();
        if (text.length() < 3 || NerTokens.isCapitalized(text) || !Character.isLetter(text.charAt(0))) {
            return false;
        }
        String pos = token.pos();
        return pos.equals("NOUN") || pos.equals("ADJ") || pos.equals("VERB");
    }

    /**
     * An institution named after its seat is an organization, except after a preposition of place, where it is the
     * building ("at the White House", "in the Kremlin").
     */
    private static EntityType seatType(String name, String[] lower, int start) {
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
    private static List<Candidate> placeOrganizations(List<List<Token>> sentences, List<Candidate> candidates) {
        candidates.sort(Comparator.<Candidate>comparingInt(c -> c.sentence).thenComparingInt(c -> c.start));
        List<Candidate> result = new ArrayList<>(candidates.size());
        for (int k = 0; k < candidates.size(); k++) {
            Candidate place = candidates.get(k);
            result.add(place);
            List<Token> tokens = sentences.get(place.sentence);
            if (place.type != EntityType.LOCATION && place.type != EntityType.PERSON
                    || endsWithPossessive(tokens.get(place.end - 1).text())) {
                continue;
            }
            Candidate next = k + 1 < candidates.size() && candidates.get(k + 1).sentence == place.sentence
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
                        && !CONTINUES_NAME.contains(tokens.get(end + 1).text())
                        || tokens.get(end + 1).text().equals("and") && !continuesName(tokens, end + 2))) {
                place.type = ORGANIZATION_HEADS.contains(tokens.get(end).text()) ? EntityType.ORGANIZATION
                        : EntityType.LOCATION;
                place.end = end + 1;
            }
        }
        return result;
    }

    private static boolean isHead(String word) {
        return ORGANIZATION_HEADS.contains(word) || PLACE_HEADS.contains(word);
    }

    /** A country, region or major city in our lists that no list of organizations or people also holds. */
    private boolean isKnownPlaceOnly(String lowerName) {
        return gazetteer.contains(Gazetteer.NameList.LOC, lowerName)
                && !gazetteer.contains(Gazetteer.NameList.ORG, lowerName)
                && !gazetteer.contains(Gazetteer.NameList.PER, lowerName)
                && !gazetteer.contains(Gazetteer.NameList.GIVEN, lowerName)
                && !gazetteer.contains(Gazetteer.NameList.SURNAME, lowerName)
                && !forcedOrganizations.contains(Gazetteer.NameList.ORG, lowerName);
    }

    private static boolean endsWithPossessive(String token) {
        return token.length() > 2 && (token.endsWith("'s") || token.endsWith("’s"));
    }

    private boolean allTitles(String[] lower, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!isTitle(lower[i])) {
                return false;
            }
        }
        return end > start;
    }

    boolean isTitle(String lower) {
        return gazetteer.contains(Gazetteer.NameList.TITLE, lower)
                || (lower.endsWith(".") && gazetteer.contains(Gazetteer.NameList.TITLE, lower.substring(0, lower.length() - 1)));
    }

    /** A nationality, also in the plural ("Britons", "Malians"), but not a country so spelt ("Philippines"). */
    private boolean isDemonym(String word, String lower) {
        return NerTokens.isCapitalized(word) && (gazetteer.contains(Gazetteer.NameList.DEMONYM, lower)
                || isPluralDemonym(lower));
    }

    private boolean isPluralDemonym(String lowerName) {
        return lowerName.endsWith("s") && !gazetteer.contains(Gazetteer.NameList.LOC, lowerName)
                && gazetteer.contains(Gazetteer.NameList.DEMONYM, lowerName.substring(0, lowerName.length() - 1));
    }

    private static boolean[][] coverage(List<List<Token>> sentences, List<Candidate> candidates) {
        boolean[][] covered = new boolean[sentences.size()][];
        for (int s = 0; s < sentences.size(); s++) {
            covered[s] = new boolean[sentences.get(s).size()];
        }
        for (Candidate candidate : candidates) {
            for (int i = candidate.start; i < candidate.end; i++) {
                covered[candidate.sentence][i] = true;
            }
        }
        return covered;
    }

    /** Demonyms the model left alone become NATIONALITY; party and institution names from our list become ORG. */
    private void addRuleNames(List<List<Token>> sentences, List<String[]> lowerSentences, List<Candidate> candidates,
                              boolean[][] covered) {
        for (int s = 0; s < sentences.size(); s++) {
            List<Token> tokens = sentences.get(s);
            String[] lower = lowerSentences.get(s);
            int[] forced = forcedOrganizations.match(lower);
            int[] places = PlacesAlone.GAZETTEER.match(lower);
            int[] listedNames = gazetteer.match(lower);
            for (int i = 0; i < tokens.size(); i++) {
                if (!NerTokens.isCapitalized(tokens.get(i).text())) {
                    continue;
                }
                if (Gazetteer.begins(forced[i], Gazetteer.NameList.ORG) && (!covered[s][i] || startsCandidate(candidates, s, i))) {
                    int end = i + 1;
                    while (end < tokens.size() && Gazetteer.continues(forced[end], Gazetteer.NameList.ORG)) {
                        end++;
                    }
                    // a name of our list takes in what the model found inside it ("Lockheed [Martin]", "[France] Inter")
                    if (clearInside(candidates, covered, s, i, end)) {
                        add(candidates, covered, new Candidate(s, i, end, seatType(key(lower, i, end), lower, i)));
                        i = end - 1;
                        continue;
                    }
                }
                int listed = listedOrganizationEnd(tokens, listedNames, i);
                if (listed > i && (!covered[s][i] || startsCandidate(candidates, s, i))
                        && clearInside(candidates, covered, s, i, listed)) {
                    // a company of several capitalized words our lists hold ("Exxon [Mobil]", "Bank of America")
                    add(candidates, covered, new Candidate(s, i, listed, EntityType.ORGANIZATION));
                    i = listed - 1;
                    continue;
                }
                if (covered[s][i]) {
                    continue;
                }
                int title = personTitleLength(lower, i, tokens.size());
                if (title > 0) {
                    int nameStart = officeEnd(tokens, lower, i + title);
                    int nameEnd = titledNameEnd(tokens, lower, covered[s], nameStart);
                    if (nameEnd > nameStart) {
                        add(candidates, covered, new Candidate(s, nameStart, nameEnd, EntityType.PERSON));
                        i = nameEnd - 1;
                        continue;
                    }
                }
                if (tokens.get(i).text().equals("God") && (i == 0 || !GOD_EXCLAMATIONS.contains(lower[i - 1]))
                        && (i + 1 == tokens.size() || !GOD_EXCLAMATIONS.contains(lower[i + 1]))) {
                    add(candidates, covered, new Candidate(s, i, i + 1, EntityType.PERSON));
                    continue;
                }
                int personEnd = fullNameEnd(tokens, lower, covered[s], i);
                if (personEnd > i) {
                    add(candidates, covered, new Candidate(s, i, personEnd, EntityType.PERSON));
                    i = personEnd - 1;
                    continue;
                }
                int placeEnd = placeEnd(tokens, places, covered[s], i);
                if (placeEnd <= i) {
                    placeEnd = placeOfAMember(tokens, lower, covered[s], i);
                }
                if (placeEnd > i) {
                    add(candidates, covered, new Candidate(s, i, placeEnd, EntityType.LOCATION));
                    i = placeEnd - 1;
                    continue;
                }
                if (isDemonym(tokens.get(i).text(), lower[i])) {
                    add(candidates, covered, new Candidate(s, i, i + 1, EntityType.NATIONALITY));
                }
            }
        }
    }

    /**
     * The end of an organization of two or more words in our lists that starts at {@code start}, every word of it
     * capitalized but small inner words, that no list holds as a place or person; or -1.
     */
    private int listedOrganizationEnd(List<Token> tokens, int[] marks, int start) {
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
     * The end of the longest place name our lists hold as nothing else that starts at {@code start}, is written with
     * capitals and is free ("Now Iran wants...", "from India and China"), or -1: the model misses a known country
     * now and then, mostly in short or informal sentences.
     */
    private static int placeEnd(List<Token> tokens, int[] places, boolean[] covered, int start) {
        if (!Gazetteer.begins(places[start], Gazetteer.NameList.LOC)) {
            return -1;
        }
        int end = start + 1;
        while (end < tokens.size() && Gazetteer.continues(places[end], Gazetteer.NameList.LOC)
                && NerTokens.isCapitalized(tokens.get(end).text())) {
            end++;
        }
        return isFree(covered, start, end) ? end : -1;
    }

    /**
     * Institutions' names the model missed or cut up, as ORG: a first word such as "Institute" followed by what it is
     * for or of ("the Institute for the Study of War", "Office for Budget Responsibility"), or capitalized words after
     * "the" that end in a word such as "Coalition" ("the Stop the War Coalition", "the Kiel Institute for the World
     * Economy"). Names the model found inside such a span give way to it; a span that would cut a name apart, or that
     * our lists hold as a place ("the Soviet Union"), is left alone.
     */
    private void addInstitutions(List<List<Token>> sentences, List<String[]> lowerSentences, List<Candidate> candidates,
                                 boolean[][] covered) {
        for (int s = 0; s < sentences.size(); s++) {
            List<Token> tokens = sentences.get(s);
            String[] lower = lowerSentences.get(s);
            for (int i = 0; i < tokens.size(); i++) {
                int end = institutionEnd(tokens, lower, i);
                // "the U.S. Department of Housing and Urban Development": the country before it belongs to the name
                int start = end > i && INSTITUTION_FIRST_WORDS.contains(lower[i]) && isCountryBefore(tokens, lower, i) ? i - 1 : i;
                String name = end > i ? key(lower, start, end) : null;
                if (end > i && !isKnownPlaceOnly(name) && clearInside(candidates, covered, s, start, end)) {
                    // a seat is a place where something happens there ("in the Oval Office")
                    EntityType type = forcedOrganizations.contains(Gazetteer.NameList.ORG, name)
                            ? seatType(name, lower, start) : EntityType.ORGANIZATION;
                    add(candidates, covered, new Candidate(s, start, end, type));
                    i = end - 1;
                }
            }
        }
    }

    /**
     * Two institutions joined by "and" are two names ("the British Library and Columbia University"): an organization
     * the model found across "and" splits there when both sides end in a word such as "Library" or "University".
     * "Department of Housing and Urban Development" stays one: "Housing" ends no institution.
     */
    private static List<Candidate> splitConjoinedInstitutions(List<String[]> lowerSentences, List<Candidate> candidates) {
        List<Candidate> result = new ArrayList<>(candidates.size());
        for (Candidate candidate : candidates) {
            String[] lower = lowerSentences.get(candidate.sentence);
            int and = -1;
            if (candidate.type == EntityType.ORGANIZATION) {
                for (int i = candidate.start + 1; i < candidate.end - 1; i++) {
                    if (lower[i].equals("and") || lower[i].equals("&")) {
                        and = and < 0 ? i : -2; // only one "and"
                    }
                }
            }
            if (and > 0 && endsAnInstitution(lower[and - 1]) && endsAnInstitution(lower[candidate.end - 1])) {
                result.add(new Candidate(candidate.sentence, candidate.start, and, candidate.type));
                result.add(new Candidate(candidate.sentence, and + 1, candidate.end, candidate.type));
            } else {
                result.add(candidate);
            }
        }
        return result;
    }

    private static boolean endsAnInstitution(String lowerWord) {
        return INSTITUTION_LAST_WORDS.contains(lowerWord) || INSTITUTION_ENDS_TOO.contains(lowerWord);
    }

    /**
     * Names written with a hyphen, which the tokenizer splits: East Asian given names belong to the person's name
     * ("Kim [Jong-un]", "Lai [Ching-te]", "Moon [Jae-in]": through a hyphen that touches a short lower-case syllable
     * on both sides, and through a capitalized word that starts such a pair), so do hyphenated first names
     * ("Jean-[Luc Mélenchon]") and double surnames after a given name ("Maria Delgado-Ruiz"), and the first half of a compound adjective names no one ("Franco-German").
     */
    private static void joinHyphenatedNames(List<List<Token>> sentences, List<Candidate> candidates, boolean[][] covered) {
        // "Franco-German", "Sino-Russian": the first half of a compound adjective is no name
        candidates.removeIf(candidate -> {
            List<Token> tokens = sentences.get(candidate.sentence);
            boolean combining = candidate.end - candidate.start == 1 && candidate.end + 1 < tokens.size()
                    && COMBINING_FORMS.contains(tokens.get(candidate.start).text().toLowerCase(Locale.ROOT))
                    && tokens.get(candidate.end).text().equals("-") && touches(tokens.get(candidate.start), tokens.get(candidate.end));
            if (combining) {
                covered[candidate.sentence][candidate.start] = false;
            }
            return combining;
        });
        for (Candidate candidate : List.copyOf(candidates)) {
            if (candidate.type != EntityType.PERSON || !candidates.contains(candidate)) {
                continue;
            }
            List<Token> tokens = sentences.get(candidate.sentence);
            int first = candidate.start;
            if (first >= 2 && tokens.get(first - 1).text().equals("-") && touches(tokens.get(first - 2), tokens.get(first - 1))
                    && touches(tokens.get(first - 1), tokens.get(first)) && NerTokens.isCapitalized(tokens.get(first - 2).text())) {
                // "Jean-[Luc Mélenchon]": a hyphenated first name; the model may have found "Jean" on its own
                candidates.removeIf(other -> other != candidate && other.sentence == candidate.sentence
                        && other.start == first - 2 && other.end == first - 1);
                candidate.start = first - 2;
                Arrays.fill(covered[candidate.sentence], first - 2, first, true);
            }
            int end = candidate.end;
            if (end < tokens.size() && !covered[candidate.sentence][end] && NerTokens.isCapitalized(tokens.get(end).text())
                    && isSyllableAfterHyphen(tokens, end + 1)) {
                end += 3; // "Lai" + "Ching-te"
            } else if (isSyllableAfterHyphen(tokens, end) && touches(tokens.get(end - 1), tokens.get(end))) {
                end += 2; // "Kim Jong" + "-un"
            } else if (end - candidate.start >= 2 && end + 1 < tokens.size() && tokens.get(end).text().equals("-")
                    && touches(tokens.get(end - 1), tokens.get(end)) && touches(tokens.get(end), tokens.get(end + 1))
                    && NerTokens.isCapitalized(tokens.get(end + 1).text())) {
                // "Maria Delgado" + "-Ruiz", "Jacob Rees" + "-Mogg": a double surname after a given name
                int second = end + 1;
                candidates.removeIf(other -> other != candidate && other.sentence == candidate.sentence
                        && other.start <= second && second < other.end);
                end += 2;
            }
            for (int i = candidate.end; i < end; i++) {
                covered[candidate.sentence][i] = true;
            }
            candidate.end = end;
            int start = candidate.start;
            if (start > 0 && isSyllableAfterHyphen(tokens, start + 1) && !covered[candidate.sentence][start - 1]
                    && isProperNoun(tokens.get(start - 1))) {
                candidate.start = start - 1; // "Moon" + "Jae-in": the family name comes first
                covered[candidate.sentence][start - 1] = true;
            }
        }
    }

    /**
     * Two or three capitalized words no list knows, right before a speech verb ("Iryna Bondar told the BBC") or
     * right after "said" and before a comma or the end ("said Iryna Bondar, an adviser"), name a person: speakers
     * are people unless our lists say otherwise.
     */
    private void addSpeakers(List<List<Token>> sentences, List<String[]> lowerSentences, List<Candidate> candidates,
                             boolean[][] covered) {
        for (int s = 0; s < sentences.size(); s++) {
            List<Token> tokens = sentences.get(s);
            String[] lower = lowerSentences.get(s);
            for (int i = 0; i + 1 < tokens.size(); i++) {
                int end = i;
                if (!covered[s][i] && CHINESE_FAMILY_NAMES.contains(tokens.get(i).text())) {
                    end++; // "said Sun Chenglin": a family name our lists also hold as a word
                }
                while (end < tokens.size() && end - i < 3 && !covered[s][end] && isUnknownNameWord(tokens, lower, end)) {
                    end++;
                }
                if (end - i < 2) {
                    continue;
                }
                boolean opensClause = i == 0 || !NerTokens.isCapitalized(tokens.get(i - 1).text()) || isTitle(lower[i - 1]);
                boolean before = opensClause && end < tokens.size()
                        && (SpeechVerbs.isSpeechVerb(lower[end]) || speaksAfterApposition(tokens, lower, end));
                boolean after = i > 0 && SAID.contains(lower[i - 1])
                        && (end == tokens.size() || lower[end].equals(",") || lower[end].equals("."));
                if (before || after) {
                    add(candidates, covered, new Candidate(s, i, end, EntityType.PERSON));
                    i = end - 1;
                }
            }
        }
    }

    /**
     * The end of a place of our list, of one or two words, right before a party member or lawmaker it describes ("a
     * [Minnesota] Democrat", "an [Ohio] Republican", "a [New Jersey] senator"), or -1.
     */
    private int placeOfAMember(List<Token> tokens, String[] lower, boolean[] covered, int start) {
        for (int end = Math.min(start + 2, tokens.size() - 1); end > start; end--) {
            if (PARTY_MEMBERS.contains(lower[end]) && isFree(covered, start, end)
                    && NerTokens.isCapitalized(tokens.get(end - 1).text())
                    && gazetteer.contains(Gazetteer.NameList.LOC, key(lower, start, end))) {
                return end;
            }
        }
        return -1;
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
                return SpeechVerbs.isSpeechVerb(lower[i + 1]);
            }
        }
        return false;
    }

    /** A capitalized word that could be part of a person's name and that none of our lists holds as anything else. */
    private boolean isUnknownNameWord(List<Token> tokens, String[] lower, int i) {
        String text = tokens.get(i).text();
        return NerTokens.isCapitalized(text) && !text.equals(text.toUpperCase(Locale.ROOT)) && !isTitle(lower[i])
                && !CALENDAR.contains(lower[i]) && !isHead(text)
                && !gazetteer.contains(Gazetteer.NameList.COMMON, lower[i])
                && !gazetteer.contains(Gazetteer.NameList.DEMONYM, lower[i])
                && !gazetteer.contains(Gazetteer.NameList.ORG, lower[i])
                && !gazetteer.contains(Gazetteer.NameList.LOC, lower[i])
                && !forcedOrganizations.contains(Gazetteer.NameList.ORG, lower[i]);
    }

    /**
     * An organization the model ran on through a title into a person's name is the body and the person
     * ("[Senate Appropriations Committee] Vice Chair [Eleanor Voss]"; "Turkish Defence Minister [Kemal Aydemir]").
     */
    private List<Candidate> splitTitledPeople(List<List<Token>> sentences, List<String[]> lowerSentences,
                                              List<Candidate> candidates) {
        List<Candidate> result = new ArrayList<>(candidates.size());
        for (Candidate candidate : candidates) {
            result.add(candidate);
            if (candidate.type != EntityType.ORGANIZATION) {
                continue;
            }
            List<Token> tokens = sentences.get(candidate.sentence);
            String[] lower = lowerSentences.get(candidate.sentence);
            for (int i = candidate.start + 1; i < candidate.end - 1; i++) {
                int nameStart = i;
                for (int title; nameStart < candidate.end && (title = titleLength(lower, nameStart, candidate.end)) > 0; ) {
                    nameStart += title; // "Vice Chair", "Defence Minister"
                }
                if (nameStart == i || candidate.end - nameStart < 2 || !TITLE_HEADS.contains(lower[nameStart - 1])
                        || !isNameWord(tokens, lower, nameStart)) {
                    continue; // not "World [Health] Organisation": a title that heads a person's name, then two names
                }
                int bodyEnd = i;
                result.add(new Candidate(candidate.sentence, nameStart, candidate.end, EntityType.PERSON));
                candidate.end = bodyEnd;
                if (candidate.end - candidate.start == 1 && isDemonym(tokens.get(candidate.start).text(), lower[candidate.start])) {
                    candidate.type = EntityType.NATIONALITY;
                }
                break;
            }
        }
        return result;
    }

    /** A person the model found right after a surname's particle takes it in ("van [Dam] told Al Jazeera"). */
    private static void addParticlesBefore(List<List<Token>> sentences, List<String[]> lowerSentences,
                                           List<Candidate> candidates, boolean[][] covered) {
        for (Candidate candidate : candidates) {
            int before = candidate.start - 1;
            String[] lower = lowerSentences.get(candidate.sentence);
            if (candidate.type == EntityType.PERSON && before >= 0 && !covered[candidate.sentence][before]
                    && PARTICLES_BEFORE_SURNAME.contains(sentences.get(candidate.sentence).get(before).text())
                    && (before == 0 || !NerTokens.isCapitalized(sentences.get(candidate.sentence).get(before - 1).text()))) {
                candidate.start = before;
                covered[candidate.sentence][before] = true;
            }
        }
    }

    /**
     * An acronym in capitals that spells the initials of an organization named in the document is that organization
     * ("the Congressional Budget Office ... the CBO wrote"), though no brackets defined it.
     */
    private static void addAcronymsOfOrganizations(List<List<Token>> sentences, List<String[]> lowerSentences,
                                                   List<Candidate> candidates, boolean[][] covered) {
        Set<String> initials = new HashSet<>();
        for (Candidate candidate : candidates) {
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
                    add(candidates, covered, new Candidate(s, i, i + 1, EntityType.ORGANIZATION));
                }
            }
        }
    }

    /**
     * A place the model found without its first or last word takes it in when our place list holds the whole ("a
     * [New] Mexico Democrat", "[South] Sudan", "Burkina [Faso]").
     */
    private void extendPlaces(List<List<Token>> sentences, List<String[]> lowerSentences, List<Candidate> candidates,
                              boolean[][] covered) {
        for (Candidate candidate : candidates) {
            List<Token> tokens = sentences.get(candidate.sentence);
            String[] lower = lowerSentences.get(candidate.sentence);
            boolean[] taken = covered[candidate.sentence];
            if (candidate.type != EntityType.LOCATION && candidate.end - candidate.start == 1 && candidate.end < tokens.size()
                    && !taken[candidate.end] && NerTokens.isCapitalized(tokens.get(candidate.end).text())
                    && isKnownPlaceOnly(key(lower, candidate.start, candidate.end + 1))) {
                candidate.type = EntityType.LOCATION; // "[Burkina] Faso’s government": the model took half a country
            }
            if (candidate.type != EntityType.LOCATION) {
                continue;
            }
            int before = candidate.start - 1;
            if (before >= 0 && !taken[before] && NerTokens.isCapitalized(tokens.get(before).text())
                    && gazetteer.contains(Gazetteer.NameList.LOC, key(lower, before, candidate.end))) {
                candidate.start = before;
                taken[before] = true;
            }
            int after = candidate.end;
            if (after < tokens.size() && !taken[after] && NerTokens.isCapitalized(tokens.get(after).text())
                    && gazetteer.contains(Gazetteer.NameList.LOC, key(lower, candidate.start, after + 1))) {
                candidate.end = after + 1;
                taken[after] = true;
            }
        }
    }

    /**
     * A Korean or Taiwanese family name before a hyphenated given name is a person even where the model found nothing
     * ("said Oh Sung-min, a senior fellow").
     */
    private static void addHyphenatedGivenNames(List<List<Token>> sentences, List<Candidate> candidates,
                                                boolean[][] covered) {
        for (int s = 0; s < sentences.size(); s++) {
            List<Token> tokens = sentences.get(s);
            for (int i = 0; i + 3 < tokens.size(); i++) {
                if (EAST_ASIAN_FAMILY_NAMES.contains(tokens.get(i).text()) && NerTokens.isCapitalized(tokens.get(i + 1).text())
                        && isSyllableAfterHyphen(tokens, i + 2) && isFree(covered[s], i, i + 4)) {
                    add(candidates, covered, new Candidate(s, i, i + 4, EntityType.PERSON));
                    i += 3;
                }
            }
        }
    }

    /** Whether tokens {@code hyphen} and the next are "-" and a short lower-case syllable, touching on both sides. */
    private static boolean isSyllableAfterHyphen(List<Token> tokens, int hyphen) {
        if (hyphen + 1 >= tokens.size() || hyphen < 1 || !tokens.get(hyphen).text().equals("-")) {
            return false;
        }
        String syllable = tokens.get(hyphen + 1).text();
        return syllable.length() <= 5 && syllable.chars().allMatch(Character::isLowerCase)
                && touches(tokens.get(hyphen - 1), tokens.get(hyphen)) && touches(tokens.get(hyphen), tokens.get(hyphen + 1));
    }

    private static boolean touches(Token left, Token right) {
        return left.end() == right.start();
    }

    /** "Abrams tanks", "Caesar howitzers", "Bradley fighting vehicles": a weapon's name is no one's. */
    private boolean namesAWeapon(String[] lower, Candidate candidate) {
        if (candidate.type != EntityType.PERSON && WEAPON_NAMES.contains(key(lower, candidate.start, candidate.end))) {
            return true; // "systems such as the Patriot"
        }
        int next = candidate.end;
        if (next < lower.length && (lower[next].equals("-class") || lower[next].equals("-")
                && next + 1 < lower.length && lower[next + 1].equals("class"))) {
            return true; // "three [American Virginia]-class submarines": a class of ships
        }
        if (next < lower.length && lower[next].equals("fighting")) {
            next++;
        }
        String name = key(lower, candidate.start, candidate.end);
        // the maker stays a maker ("Lockheed Martin systems", "Raytheon missiles")
        boolean maker = forcedOrganizations.contains(Gazetteer.NameList.ORG, name)
                || candidate.type == EntityType.ORGANIZATION && gazetteer.contains(Gazetteer.NameList.ORG, name);
        return next < lower.length && WEAPONS.contains(lower[next]) && candidate.type != EntityType.NATIONALITY
                && !maker && !isKnownPlaceOnly(name);
    }

    /**
     * A newspaper whose name begins with "The", written with a capital "The" inside a sentence, is an organization
     * with its "The" ("told The Times", "a column in The New York Times"); what the model found inside gives way.
     */
    private static void addNewspapersWithThe(List<List<Token>> sentences, List<String[]> lowerSentences,
                                             List<Candidate> candidates, boolean[][] covered) {
        for (int sentence = 0; sentence < sentences.size(); sentence++) {
            int s = sentence;
            List<Token> tokens = sentences.get(s);
            String[] lower = lowerSentences.get(s);
            for (int i = 1; i + 1 < tokens.size(); i++) {
                if (!tokens.get(i).text().equals("The")) {
                    continue;
                }
                int end = -1;
                for (int j = i + 2; j <= Math.min(tokens.size(), i + 5); j++) {
                    if (THE_NEWSPAPERS.contains(key(lower, i + 1, j)) && NerTokens.isCapitalized(tokens.get(j - 1).text())) {
                        end = j;
                    }
                }
                if (end < 0) {
                    continue;
                }
                int from = i;
                int to = end;
                candidates.removeIf(other -> {
                    boolean inside = other.sentence == s && other.start < to && from < other.end;
                    if (inside) {
                        Arrays.fill(covered[s], other.start, other.end, false);
                    }
                    return inside;
                });
                add(candidates, covered, new Candidate(s, from, to, EntityType.ORGANIZATION));
                i = end - 1;
            }
        }
    }

    /**
     * An acronym a name defines in brackets right after it is a name of the same type ("the Housing Authority of New
     * Orleans (HANO)", "the Institute for the Study of War (ISW)"), so later mentions of it are found too.
     */
    private static void addAcronyms(List<List<Token>> sentences, List<Candidate> candidates, boolean[][] covered) {
        for (Candidate candidate : List.copyOf(candidates)) {
            List<Token> tokens = sentences.get(candidate.sentence);
            int open = candidate.end;
            if (candidate.type == EntityType.NATIONALITY || open + 2 >= tokens.size()
                    || !tokens.get(open).text().equals("(") || !tokens.get(open + 2).text().equals(")")
                    || covered[candidate.sentence][open + 1]) {
                continue;
            }
            String acronym = tokens.get(open + 1).text();
            if (ACRONYM.matcher(acronym).matches()
                    && acronym.charAt(0) == Character.toUpperCase(tokens.get(candidate.start).text().charAt(0))) {
                add(candidates, covered, new Candidate(candidate.sentence, open + 1, open + 2, candidate.type));
            }
        }
    }

    /** Whether a capitalized place alone, after "the" or a small word, stands right before token {@code i}. */
    private boolean isCountryBefore(List<Token> tokens, String[] lower, int i) {
        // "the U.S. Department of ...", but not an owner: "Ukraine's Ministry of Defence"
        return i > 0 && NerTokens.isCapitalized(tokens.get(i - 1).text()) && !endsWithPossessive(tokens.get(i - 1).text())
                && isKnownPlaceOnly(lower[i - 1])
                && (i == 1 || !NerTokens.isCapitalized(tokens.get(i - 2).text()));
    }

    /** The end of an institution's name that begins at {@code start}, or -1 (see {@link #addInstitutions}). */
    private int institutionEnd(List<Token> tokens, String[] lower, int start) {
        if (!NerTokens.isCapitalized(tokens.get(start).text())) {
            return -1;
        }
        boolean afterOwner = start > 0 && (endsWithPossessive(tokens.get(start - 1).text())
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
        boolean opensSentence = opensClause && !ARTICLES.contains(lower[start]) && !endsWithPossessive(tokens.get(start).text())
                && !NOT_NAME_WORDS.contains(tokens.get(start).pos()); // not "On the Treasury's figures", "Join the ..."
        if (!opensSentence && (start == 0 || !(ARTICLES.contains(lower[start - 1]) || afterOwner
                || OWNERS.contains(lower[start - 1])))) {
            return -1;
        }
        int lastWord = -1;
        for (int i = start; i < tokens.size(); i++) {
            if (NerTokens.isCapitalized(tokens.get(i).text())) {
                if (INSTITUTION_LAST_WORDS.contains(lower[i]) || CENTRES.contains(lower[i])) {
                    lastWord = i;
                }
            } else if (lower[i].equals("and") || lower[i].equals("&")) {
                break; // "the British Library and Columbia University" are two
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
                && !isTitle(lower[end]) || lower[end].equals("and") || lower[end].equals("or")
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
                || CALENDAR.contains(lower[i])) {
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
     * Whether token {@code i} is a title before a person's name ("... Fiscal Studies Director Paul Johnson"), where an
     * institution's name ends; a title word inside a name goes on ("Ministry of Foreign Affairs and Trade").
     */
    private boolean isTitleBeforeName(List<Token> tokens, String[] lower, int i) {
        if (!isTitle(lower[i])) {
            return false;
        }
        int next = i + 1;
        return next >= tokens.size() || NerTokens.isCapitalized(tokens.get(next).text())
                && (gazetteer.contains(Gazetteer.NameList.GIVEN, lower[next])
                || gazetteer.contains(Gazetteer.NameList.SURNAME, lower[next]) || isTitle(lower[next]));
    }

    /**
     * Removes the candidates that lie within tokens {@code [start, end)} of sentence {@code s}, unless one of them
     * reaches out of it: then nothing changes and the answer is false.
     */
    private static boolean clearInside(List<Candidate> candidates, boolean[][] covered, int s, int start, int end) {
        for (Candidate candidate : candidates) {
            if (candidate.sentence == s && candidate.start < end && candidate.end > start
                    && (candidate.start < start || candidate.end > end)) {
                return false;
            }
        }
        candidates.removeIf(candidate -> candidate.sentence == s && candidate.start >= start && candidate.end <= end);
        Arrays.fill(covered[s], start, end, false);
        return true;
    }

    /**
     * A person's name goes on into a person's name right after it ("[Volodymyr] [Zelensky]"), and through the small
     * words of a surname to its capitalized end ("[Ursula] von der Leyen" → "[Ursula von der Leyen]"), taking in a
     * name found there.
     */
    private static void joinParticles(List<List<Token>> sentences, List<String[]> lowerSentences,
                                      List<Candidate> candidates, boolean[][] covered) {
        for (Candidate candidate : List.copyOf(candidates)) {
            if (candidate.type != EntityType.PERSON || !candidates.contains(candidate)) {
                continue;
            }
            // "[Volodymyr] [Zelensky]": the model, remembering "Zelensky" alone from the headline, began it anew
            for (Candidate next = following(candidates, candidate); next != null && next.type == EntityType.PERSON;
                 next = following(candidates, candidate)) {
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
            for (Candidate other : candidates) {
                if (other != candidate && other.sentence == candidate.sentence && other.start == end) {
                    last = Math.max(last, other.end);
                }
            }
            int from = candidate.end;
            int to = last;
            if (clearInside(candidates, covered, candidate.sentence, from, to)) {
                candidate.end = to;
                Arrays.fill(covered[candidate.sentence], candidate.start, to, true);
            }
        }
    }

    /**
     * A company's legal form after its capitalized name makes one organization of both, with the comma between them
     * ("Enron Corp.", "CCNG, Inc."), whatever the model made of the name.
     */
    private static void addCompanySuffixes(List<List<Token>> sentences, List<String[]> coreSentences,
                                           List<Candidate> candidates, boolean[][] covered) {
        for (int s = 0; s < sentences.size(); s++) {
            List<Token> tokens = sentences.get(s);
            String[] cores = coreSentences.get(s);
            for (int k = 1; k < tokens.size(); k++) {
                if (!LEGAL_FORMS.contains(stripStop(cores[k]))) {
                    continue;
                }
                int nameEnd = cores[k - 1].equals(",") ? k - 1 : k;
                int start = nameEnd;
                while (start > 0 && nameEnd - start < 4 && NerTokens.isCapitalized(tokens.get(start - 1).text())
                        && !LEGAL_FORMS.contains(stripStop(cores[start - 1]))) {
                    start--;
                }
                if (start == nameEnd || isHead(tokens.get(nameEnd - 1).text())) {
                    continue; // a legal form after "Corporation" is left out, as in GUM ("Atlantic Lottery Corporation")
                }
                if (clearInside(candidates, covered, s, start, k + 1)) {
                    add(candidates, covered, new Candidate(s, start, k + 1, EntityType.ORGANIZATION));
                }
            }
        }
    }

    private static String stripStop(String word) {
        return word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
    }

    private static boolean startsCandidate(List<Candidate> candidates, int sentence, int start) {
        for (Candidate candidate : candidates) {
            if (candidate.sentence == sentence && candidate.start == start) {
                return true;
            }
        }
        return false;
    }

    /** The candidate that begins right where {@code candidate} ends, in its sentence, or null. */
    private static Candidate following(List<Candidate> candidates, Candidate candidate) {
        for (Candidate other : candidates) {
            if (other != candidate && other.sentence == candidate.sentence && other.start == candidate.end) {
                return other;
            }
        }
        return null;
    }

    /** The length of a title that only people bear ("Senator", "Prime Minister") at {@code start}, or 0. */
    private int personTitleLength(String[] lower, int start, int end) {
        int length = titleLength(lower, start, end);
        if (length > 1 || length == 1 && PERSON_TITLES.contains(lower[start])) {
            return length;
        }
        return 0;
    }

    /**
     * The end of the office a title names at {@code start} ("Minister [of Defense]", "Secretary [for the Home
     * Department]"), made of capitalized office words; {@code start} itself when there is none.
     */
    private static int officeEnd(List<Token> tokens, String[] lower, int start) {
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
     * The end of the name after a title ("Senator [Hatfield]", "Reverend [Moomaw]"): one to three capitalized proper
     * nouns no name list holds as a place (a company list may: "Senator Baker"), not yet part of a name; or -1.
     */
    private int titledNameEnd(List<Token> tokens, String[] lower, boolean[] covered, int start) {
        int end = start;
        while (end < tokens.size() && end - start < 3 && !covered[end] && isProperNoun(tokens.get(end))
                && !isTitle(lower[end]) && !CALENDAR.contains(lower[end])
                && !ORGANIZATION_HEADS.contains(tokens.get(end).text())
                && !gazetteer.contains(Gazetteer.NameList.LOC, lower[end])
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
        if (end < tokens.size() && (lower[end].equals("of") || isProperNoun(tokens.get(end)))) {
            return -1;
        }
        return end;
    }

    /**
     * A given name from our list followed by one or two capitalized proper nouns ("Debra Perlingiere"), none of them
     * already part of a name: the end of that person's name, or -1.
     */
    private int fullNameEnd(List<Token> tokens, String[] lower, boolean[] covered, int start) {
        if (!gazetteer.contains(Gazetteer.NameList.GIVEN, lower[start]) || !isNameWord(tokens, lower, start)
                || CALENDAR.contains(lower[start])
                || gazetteer.contains(Gazetteer.NameList.LOC, lower[start])) {
            return -1;
        }
        int end = surnamesEnd(tokens, lower, covered, start + 1, start + 3);
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
     * The end of the run of name words from {@code from} (at most up to {@code limit}) that can follow a given name
     * as its surnames: not yet part of a name, no title, nationality, listed organization or month.
     */
    private int surnamesEnd(List<Token> tokens, String[] lower, boolean[] covered, int from, int limit) {
        int end = from;
        while (end < tokens.size() && end < limit && !covered[end] && isNameWord(tokens, lower, end)
                && !isTitle(lower[end]) && !gazetteer.contains(Gazetteer.NameList.DEMONYM, lower[end])
                && !gazetteer.contains(Gazetteer.NameList.ORG, lower[end]) && !CALENDAR.contains(lower[end])) {
            end++;
        }
        return end;
    }

    /**
     * A person the model found as a given name alone takes in the one surname it left out ("[Devin] Thurlow"), when
     * that next word could follow a given name in {@link #fullNameEnd} and no capitalized word follows it.
     */
    private void extendGivenNames(List<List<Token>> sentences, List<String[]> lowerSentences,
                                  List<Candidate> candidates, boolean[][] covered) {
        for (Candidate candidate : candidates) {
            String[] lower = lowerSentences.get(candidate.sentence);
            if (candidate.type != EntityType.PERSON || candidate.end - candidate.start != 1
                    || !gazetteer.contains(Gazetteer.NameList.GIVEN, lower[candidate.start])) {
                continue;
            }
            List<Token> tokens = sentences.get(candidate.sentence);
            int end = surnamesEnd(tokens, lower, covered[candidate.sentence], candidate.end, candidate.end + 1);
            if (end == candidate.end || isHead(tokens.get(candidate.end).text()) || endsAnInstitution(lower[candidate.end])
                    || LED_BY_A_PERSON.contains(lower[candidate.end])
                    || end < tokens.size() && NerTokens.isCapitalized(tokens.get(end).text())) {
                continue; // one surname, not the start of a longer name ("Lee Stochastic Processes")
            }
            covered[candidate.sentence][candidate.end] = true;
            candidate.end = end;
        }
    }

    /**
     * A proper noun, or a capitalized word inside a sentence that no list holds as a common word: the POS tagger
     * sometimes calls the name in "The co-leader Alice Weidel called..." nouns.
     */
    private boolean isNameWord(List<Token> tokens, String[] lower, int i) {
        Token token = tokens.get(i);
        return isProperNoun(token) || i > 0 && "NOUN".equals(token.pos()) && NerTokens.isCapitalized(token.text())
                && !token.text().equals(token.text().toUpperCase(Locale.ROOT))
                && !gazetteer.contains(Gazetteer.NameList.COMMON, lower[i]);
    }

    private static boolean isProperNoun(Token token) {
        return NerTokens.isCapitalized(token.text()) && "PROPN".equals(token.pos());
    }

    private static boolean isFree(boolean[] covered, int start, int end) {
        for (int i = start; i < end; i++) {
            if (covered[i]) {
                return false;
            }
        }
        return true;
    }

    private static void add(List<Candidate> candidates, boolean[][] covered, Candidate candidate) {
        candidates.add(candidate);
        for (int i = candidate.start; i < candidate.end; i++) {
            covered[candidate.sentence][i] = true;
        }
    }

    private static String key(String[] lower, int start, int end) {
        if (end - start == 1) {
            return lower[start];
        }
        StringBuilder key = new StringBuilder(lower[start]);
        for (int i = start + 1; i < end; i++) {
            key.append(' ').append(lower[i]);
        }
        return key.toString();
    }

    /**
     * One type per name: each surface form takes its majority type (longer mentions weigh more), and a single word
     * that is the surname of a person named in full is that person.
     */
    private void unifyTypes(List<List<Token>> sentences, List<String[]> lowerSentences, List<Candidate> candidates) {
        Map<String, Map<EntityType, Integer>> votes = new HashMap<>();
        Map<String, Boolean> surnames = new HashMap<>();
        for (Candidate candidate : candidates) {
            if (candidate.type == EntityType.NATIONALITY) {
                continue;
            }
            String[] lower = lowerSentences.get(candidate.sentence);
            votes.computeIfAbsent(key(lower, candidate.start, candidate.end), k -> new HashMap<>())
                    .merge(candidate.type, 1, Integer::sum);
            if (candidate.type == EntityType.PERSON && candidate.end - candidate.start > 1) {
                surnames.put(lower[candidate.end - 1], true);
            }
        }
        for (Candidate candidate : candidates) {
            if (candidate.type == EntityType.NATIONALITY) {
                continue;
            }
            String[] lower = lowerSentences.get(candidate.sentence);
            String key = key(lower, candidate.start, candidate.end);
            if (SEATS.contains(key)) {
                continue;
            }
            if (candidate.end - candidate.start == 1 && surnames.containsKey(key)) {
                candidate.type = EntityType.PERSON;
                continue;
            }
            Map<EntityType, Integer> counts = votes.get(key);
            EntityType best = candidate.type;
            for (var entry : counts.entrySet()) {
                if (entry.getValue() > counts.getOrDefault(best, 0)) {
                    best = entry.getKey();
                }
            }
            candidate.type = best;
        }
    }

    /** Finds the other mentions of names already found (and of people's surnames) that the model missed. */
    private void propagate(List<List<Token>> sentences, List<String[]> lowerSentences, List<String[]> surfaces,
                           List<Candidate> candidates, boolean[][] covered) {
        Map<String, EntityType> names = new HashMap<>();
        Map<String, Boolean> prefixes = new HashMap<>();
        for (Candidate candidate : candidates) {
            if (candidate.type == EntityType.NATIONALITY) {
                continue;
            }
            List<Token> tokens = sentences.get(candidate.sentence);
            if (!NerTokens.isCapitalized(tokens.get(candidate.start).text())) {
                continue;
            }
            String[] surface = surfaces.get(candidate.sentence);
            putName(names, prefixes, surface, candidate.start, candidate.end, candidate.type);
            if (candidate.type == EntityType.PERSON && candidate.end - candidate.start > 1) {
                putName(names, prefixes, surface, candidate.end - 1, candidate.end, EntityType.PERSON);
                String first = tokens.get(candidate.start).text();
                if (EAST_ASIAN_FAMILY_NAMES.contains(first) && isSyllableAfterHyphen(tokens, candidate.start + 2)
                        || CHINESE_FAMILY_NAMES.contains(first) && candidate.end - candidate.start == 2) {
                    // "Cha Min-ji ... Cha noted", "Xie Haoyu ... Xie said": the family name comes first
                    putName(names, prefixes, surface, candidate.start, candidate.start + 1, EntityType.PERSON);
                }
            }
        }
        if (names.isEmpty()) {
            return;
        }
        for (int s = 0; s < sentences.size(); s++) {
            List<Token> tokens = sentences.get(s);
            String[] lower = lowerSentences.get(s);
            for (int i = 0; i < tokens.size(); i++) {
                if (covered[s][i] || !NerTokens.isCapitalized(tokens.get(i).text()) || isTitle(lower[i])) {
                    continue;
                }
                int bestEnd = -1;
                EntityType bestType = null;
                StringBuilder key = new StringBuilder();
                for (int end = i + 1; end <= tokens.size() && end - i <= MAX_NAME_TOKENS && !covered[s][end - 1]; end++) {
                    if (end > i + 1) {
                        key.append(' ');
                    }
                    key.append(surfaces.get(s)[end - 1]);
                    String k = key.toString();
                    EntityType type = names.get(k);
                    if (type != null) {
                        bestEnd = end;
                        bestType = type;
                    }
                    if (!prefixes.containsKey(k)) {
                        break;
                    }
                }
                // a name goes on into a capitalized word after it, but not past a possessive ("Macron's Ukraine pledge")
                if (bestType == null || continuesName(tokens, bestEnd) && !endsWithPossessive(tokens.get(bestEnd - 1).text())
                        || continuesName(tokens, i - 1) && i > 1) {
                    continue;
                }
                add(candidates, covered, new Candidate(s, i, bestEnd, bestType));
                i = bestEnd - 1;
            }
        }
    }

    private static boolean continuesName(List<Token> tokens, int index) {
        return index >= 0 && index < tokens.size() && NerTokens.isCapitalized(tokens.get(index).text())
                && "PROPN".equals(tokens.get(index).pos());
    }

    private static void putName(Map<String, EntityType> names, Map<String, Boolean> prefixes, String[] lower,
                                int start, int end, EntityType type) {
        names.putIfAbsent(key(lower, start, end), type);
        for (int e = start + 1; e < end; e++) {
            prefixes.put(key(lower, start, e), true);
        }
    }

    private static List<Mention> mentions(List<List<Token>> sentences, List<String[]> cores, List<Candidate> candidates) {
        candidates.sort(Comparator.<Candidate>comparingInt(c -> c.sentence).thenComparingInt(c -> c.start));
        List<Mention> mentions = new ArrayList<>(candidates.size());
        int lastEnd = -1;
        for (Candidate candidate : candidates) {
            List<Token> tokens = sentences.get(candidate.sentence);
            int start = tokens.get(candidate.start).start();
            Token last = tokens.get(candidate.end - 1);
            int end = last.start() + cores.get(candidate.sentence)[candidate.end - 1].length();
            if (start >= lastEnd && end > start) {
                mentions.add(new Mention(start, end, candidate.type));
                lastEnd = end;
            }
        }
        return mentions;
    }
}
