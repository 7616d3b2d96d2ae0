package crosscheck.nlp.ner;

import crosscheck.model.EntityType;
import crosscheck.model.Token;
import crosscheck.nlp.Background;
import crosscheck.nlp.MaxentTable;
import crosscheck.nlp.Mention;
import crosscheck.nlp.NameFinder;
import crosscheck.nlp.SpeechVerbs;
import crosscheck.nlp.UsStates;
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
 * surname included). The rules of each kind live in {@link PersonRules}, {@link InstitutionRules} and
 * {@link PlaceRules}; this class loads the model, runs the passes in their order ({@link #find}), trims what the model
 * found, adds the names our lists hold, and does the document-level reasoning. Thread-safe: the model, its decoder,
 * the gazetteers and the rules are immutable and shared.
 */
public final class TrainedNameFinder implements NameFinder {
    static final String MODEL_RESOURCE = "/crosscheck/ner/ner-en.bin";
    static final String FORCED_ORG_RESOURCE = Gazetteer.RESOURCE_DIR + "org-rules.txt";
    /** Places a capitalized word can only name, written by {@link GazetteerBuilder}. */
    static final String PLACES_ALONE_RESOURCE = Gazetteer.RESOURCE_DIR + GazetteerBuilder.PLACES_ALONE_FILE;
    /**
     * Titles that are surnames too after a given name ("Begum Khaleda Zia", but "Nur Begum, a mother of four"; "Pak
     * Budi", but "Samuel Pak").
     */
    private static final Set<String> TITLES_ALSO_SURNAMES = Set.of("begum", "pak");
    /** The small words that tie a body's name to its country: "Petróleos de Venezuela", "Bank of Ghana". */
    private static final Set<String> OF_A_COUNTRY = Set.of("de", "del", "of", "do", "da");
    /** Prepositions after which a one-word name is a place: "aid to Jordan", "refugees in Chad". */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("to", "in", "from", "into", "across", "throughout",
            "inside", "within");
    /** Honorifics only a person's name follows. */
    private static final Set<String> HONORIFICS = Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "mx");
    /** A legislature's one-word name, before the party members that sit in it. */
    private static final Set<String> LEGISLATURES = Set.of("senate", "house", "congressional", "assembly");
    private static final int MAX_NAME_TOKENS = 8;
    /** A possessive that belongs to a name: "Taiwan People's Party", "the People's Liberation Army". */
    private static final Set<String> PEOPLES = Set.of("people's", "people’s", "peoples'", "peoples’", "people");
    /** Last words that end an organization's name and never a place's or a person's. */
    static final Set<String> HEADS_OF_ORGANIZATIONS_ONLY = Set.of("University", "College", "Party", "Council",
            "Committee", "Commission", "Ministry", "Department", "Agency", "Institute", "Corporation", "Company",
            "Association", "Federation", "League", "Foundation", "Inc.", "Corp.", "Ltd.", "Ltd", "Co.", "Authority",
            "Bank", "Airlines", "Airways", "Group", "Organization", "Organisation", "Navy", "Army", "Marines", "Corps",
            "Force", "Forces", "Guard", "Academy", "Society", "Trust", "Fund", "Coalition", "Alliance", "Institution",
            "Bureau", "Service");
    /** Abbreviations of measures and offices, which name no one ("3.5 percent of GDP", "a CEO"). */
    static final Set<String> MEASURES = Set.of("GDP", "GNP", "GNI", "CPI", "VAT", "CEO", "CFO", "COO", "CTO",
            "MP", "MPs", "MEP", "MEPs", "MSP", "MSPs", "MLA", "MLAs", "TD", "TDs", "PM", "IPO", "LNG", "GMT", "UTC",
            "TV", "AI", "ID", "DNA", "HIV", "COVID");
    /** The eras of a calendar, which follow years and centuries ("776 BCE", "the 7th century BC"). */
    private static final Set<String> ERAS = Set.of("BC", "BCE", "AD", "CE", "B.C.", "A.D.", "B.C.E.", "C.E.");
    /** Kinds of weapon, after which a capitalized word names the model, not a person or firm. */
    private static final Set<String> WEAPONS = Set.of("tank", "tanks", "howitzer", "howitzers", "missile", "missiles",
            "rocket", "rockets", "launcher", "launchers", "jet", "jets", "fighter", "fighters", "helicopter",
            "helicopters", "drone", "drones", "battery", "batteries", "system", "systems", "vehicle", "vehicles",
            "rifle", "rifles", "shell", "shells", "munitions", "interceptor", "interceptors", "warship", "warships",
            "submarine", "submarines", "frigate", "frigates", "bomber", "bombers", "artillery", "cruise");
    /** Weapon systems' names, which name no organization or place ("such as the Patriot", "Storm Shadow"). */
    private static final Set<String> WEAPON_NAMES = Set.of("patriot", "patriots", "tomahawk", "tomahawks", "himars",
            "atacms", "javelin", "javelins", "stinger", "stingers", "leopard", "leopards", "storm shadow", "scalp",
            "iskander", "kinzhal", "shahed", "shaheds", "nasams", "kalibr", "harpoon", "harpoons", "gripen", "rafale",
            "iron dome", "david sling"); // "David's Sling": the possessive is off the first word
    /** Bodies a nation's own name goes before, capitalized ("the Scottish Government", "the Welsh Executive"). */
    private static final Set<String> NATIONAL_BODIES = Set.of("Government", "Executive");
    /** Parties whose national branches go by the nation's adjective ("Scottish Labour", "Welsh Conservatives"). */
    private static final Set<String> NATIONAL_PARTIES = Set.of("Labour", "Conservatives", "Greens", "Tories");
    /** Countries that name an organization's national branch after its name ("Unison Scotland", "Oxfam GB"). */
    private static final Set<String> BRANCH_COUNTRIES = Set.of("Scotland", "Wales", "England", "Cymru", "UK", "GB",
            "Australia", "Canada", "International");
    /** Words that open Arabic places' names and no person's ("Deir al-Balah", "Beit Hanoun", "Ras Laffan"). */
    private static final Set<String> ARABIC_PLACE_OPENINGS = Set.of("Deir", "Bab", "Beit", "Kafr", "Ras", "Tel",
            "Umm", "Jabal", "Jebel", "Wadi", "Bir");
    /**
     * Words that open Arabic and Persian places' names and people's too ("Khan Younis", "El Arish", "Bandar Abbas";
     * "Khan Mohammad", "Al Gore", "Prince Bandar").
     */
    private static final Set<String> ARABIC_PLACE_OR_NAME_OPENINGS = Set.of("Khan", "El", "Al", "Ain", "Bandar");
    /** Prepositions of place that the model's person never follows: "off El Arish", "near Khan Younis". */
    private static final Set<String> SITE_PREPOSITIONS = Set.of("near", "off", "outside", "around", "through",
            "towards", "toward", "at");
    /** Languages, which follow "in" like a town ("in English", "in Arabic") and which our town list may hold. */
    private static final Set<String> LANGUAGES = Set.of("english", "french", "spanish", "german", "arabic", "russian",
            "chinese", "mandarin", "cantonese", "japanese", "portuguese", "italian", "hindi", "urdu", "polish", "turkish",
            "dutch", "korean", "persian", "farsi", "hebrew", "swahili", "ukrainian", "greek", "latin", "welsh", "gaelic");
    /** Nouns by which an apposition says a name is a town ("Barrow, a town of around 56,000"). */
    private static final Set<String> APPOSITION_TOWNS = Set.of("town", "city", "village", "port", "suburb", "hamlet",
            "municipality", "borough", "settlement");
    /** Nouns by which an apposition says a name is a firm ("Meccanica Ferretti, a family firm in Brescia"). */
    private static final Set<String> APPOSITION_FIRMS = Set.of("firm", "company", "manufacturer", "maker", "supplier",
            "contractor", "shipbuilder", "startup", "start-up", "subsidiary", "conglomerate", "lender", "insurer");
    /** Words after a kind's noun that end its phrase: "a town [of]", "a firm [that]", "a company [based]". */
    private static final Set<String> PHRASE_ENDS = Set.of("of", "in", "that", "which", "where", "with", "near", "on",
            "at", "from", "based", "owned", "run", "whose", "for", "by", "and", "known", "founded", "outside");
    /** The points of the compass that open a regional nationality ("South African", "West African"). */
    private static final Set<String> COMPASS_WORDS = Set.of("South", "North", "East", "West", "Central");
    /** An ordinal written in figures, which numbers a military unit ("101st", "23rd"). */
    private static final Pattern ORDINAL = Pattern.compile("[1-9][0-9]{0,3}(?:st|nd|rd|th)");
    /** The last words of a numbered military unit's name. */
    private static final Set<String> UNIT_HEADS = Set.of("Division", "Brigade", "Wing", "Fleet", "Regiment", "Battalion",
            "Airborne", "Corps", "Squadron", "Group", "Command", "Team", "Army", "Infantry", "Cavalry", "Marines",
            "Guards", "Rifles", "Artillery");
    /** Words for a storm before its name ("Hurricane Rita", "Typhoon Haiyan"); "Storm" only capitalized or tropical. */
    private static final Set<String> STORM_WORDS = Set.of("hurricane", "typhoon", "cyclone", "superstorm");
    /** Plurals that end places' names ("Golan Heights", "Niagara Falls"). */
    private static final Set<String> PLACE_PLURALS = Set.of("Heights", "Hills", "Springs", "Falls", "Lakes", "Farms",
            "Estates", "Gardens", "Plains", "Highlands", "Lowlands", "Territories", "Keys", "Isles", "Woods", "Rapids",
            "Narrows", "Straits", "Sands", "Flats", "Meadows", "Palms", "Oaks", "Pines", "Glades", "Downs", "Cliffs",
            "Shores", "Mills", "Towers", "Docks", "Forces", "Wells", "Fields", "Marshes", "Emirates", "States");
    /**
     * Regions the lists do not hold, some written with a hyphen ("the Indo-Pacific", whole or split at it; "the
     * Baltics").
     */
    private static final Set<String> UNLISTED_REGIONS = Set.of("indo-pacific", "asia-pacific", "euro-atlantic",
            "baltics");
    /** Heads of waters' and coasts' names before "of" and the name ("the Strait of Hormuz", "Cape of Good Hope"). */
    private static final Set<String> HEADS_BEFORE_OF = Set.of("Strait", "Straits", "Cape", "Gulf", "Bay", "Sea", "Isle",
            "Lake", "Horn");
    /** Prefixes that make a capitalized word an adjective, never a name ("Pro-Israel groups", "Anti-war"). */
    private static final Pattern STANCE_PREFIX = Pattern.compile("(?i)(?:pro|anti)-\\p{L}.*");
    /** Organizations' acronyms that spell a common word, organizations only when written in capitals ("the WHO"). */
    private static final Set<String> ACRONYMS_SPELLING_WORDS = Set.of("WHO");
    /** Small words between a descriptor and the name it describes ("the province of Quebec"). */
    private static final Set<String> DESCRIPTOR_LINKS = Set.of("of", "the");
    /**
     * Capitals that are also surnames: a person or a body of that name alone is the city ("Washington wants more") unless
     * the text names a person in full.
     */
    private static final Set<String> CAPITALS_ALSO_SURNAMES = Set.of("washington");
    /** Pronouns, which the model sometimes takes for names after a quotation mark. */
    private static final Set<String> PRONOUNS = Set.of("I", "We", "He", "She", "They", "It", "You", "Us", "Our",
            "Their", "His", "Her", "My", "Your", "Its");
    private static final Set<String> GOD_EXCLAMATIONS = Set.of("my", "oh", "a", "thank", "for", ",", "!");
    /** Small words that join the words of a name and end none ("Bank of America", "Heaven Sent Gaming"). */
    static final Set<String> CONTINUES_NAME = Set.of("of", "for", "&", "and", "on", "-");
    /** Arabic articles joined to a name by a hyphen ("al - Sadr", "az - Zaman"), also in a surname after a given name. */
    static final Set<String> ARABIC_ARTICLES = Set.of("al", "el", "as", "ash", "ad", "an", "az", "ar", "at",
            "ath", "adh", "ul");
    /** Words a title-case headline may leave in lower case. */
    private static final Set<String> HEADLINE_SMALL_WORDS = Set.of("a", "an", "the", "and", "or", "but", "of", "in",
            "on", "at", "to", "for", "by", "as", "vs", "from", "with", "over");
    /** Words for a settlement or region before "of" and its name ("the Port of Darwin", "the city of Kharkiv"). */
    private static final Set<String> SETTLEMENT_WORDS = Set.of("port", "city", "town", "village", "province",
            "region", "district", "oblast", "county", "island");
    /** German words after a hyphen that name a part of the city before it ("Berlin-Mitte", "Osnabrück-Land"). */
    private static final Set<String> DISTRICT_SUFFIXES = Set.of("Mitte", "Land", "Nord", "Süd", "Ost", "West", "Stadt");
    /** Articles in lower case, which end no name. */
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    /** Lower-case words after a place's name that say what kind of region it is ("Shandong province"). */
    private static final Set<String> REGION_WORDS = Set.of("province", "region", "district", "oblast", "county",
            "prefecture", "governorate", "municipality");
    /** A member of a party named in two words, singular ("Liberal Democrats" is the party). */
    private static final Set<String> MEMBER_PHRASES = Set.of("liberal democrat", "social democrat",
            "christian democrat", "free democrat");
    /** The numbers that follow a ruler's or a pope's name ("Abdullah II", "Charles III", "Leo XIV"). */
    private static final Set<String> REGNAL_NUMBERS = Set.of("II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X",
            "XI", "XII", "XIII", "XIV", "XV", "XVI");
    /** Capitalized head words of offices, which no name holds inside ("Green Growth Minister Joost van Lierop"). */
    private static final Set<String> OFFICE_HEADS = Set.of("Minister", "Secretary", "Commissioner", "Ambassador",
            "Envoy", "Spokesman", "Spokeswoman", "Spokesperson");
    /** A town's name by its ending, which no person's has ("Alexandroupolis", "Volgograd", "Jalalabad"). */
    private static final Pattern TOWN_BY_ENDING = Pattern.compile("\\p{Lu}\\p{L}+(?:polis|grad|abad)");
    /** Last words of businesses' names that no person's name ends with. */
    private static final Set<String> BUSINESS_LAST_WORDS = Set.of("Logistics", "Terminals", "Terminal", "Holdings",
            "Group", "Shipping", "Industries", "Systems", "Technologies", "Energy", "Motors", "Partners", "Capital",
            "Insurance", "Foods", "Steel", "Mining", "Resources", "Solutions", "Services", "Petroleum", "Ports",
            "Airlines", "Airways", "Pharmaceuticals", "Telecom", "Media", "Ventures", "Enterprises", "Dynamics",
            "Aerospace", "Defence", "Defense", "Shipyard", "Shipyards", "Refinery", "Exchange", "Securities", "Trading",
            "Futures", "Motorsports", "Publishing", "Investments", "Brands", "Bancorp");
    /** Business words that make a place's name before them a company's ("El Paso Energy", "Qatar Airways"). */
    private static final Set<String> PLACE_COMPANY_WORDS = Set.of("Energy", "Airlines", "Airways", "Holdings",
            "Motors", "Petroleum", "Shipping", "Trading", "Bancorp", "Exchange");
    /** Words of broadcasters' names that a station's number follows ("BBC Radio 4", "Channel 4", "TVP Info 2"). */
    private static final Set<String> BROADCAST_WORDS = Set.of("Radio", "TV", "Channel", "Television");
    /** Articles that open newspapers' names and no one's ("Les Echos"; "Le" and "La" open surnames: "Le Pen"). */
    private static final Set<String> OUTLET_ARTICLES = Set.of("Les");
    /** Unions of countries whose abbreviation opens the names of their bodies ("UN Security Council", "EU Council"). */
    private static final Set<String> UNIONS_OF_COUNTRIES = Set.of("UN", "EU");
    /**
     * Countries' abbreviations, which open the names of their bodies ("US Senate", "UK Export Finance") and which no
     * list of places alone holds ("us" is a word).
     */
    private static final Set<String> COUNTRY_ABBREVIATIONS = Set.of("US", "U.S.", "UK");
    /** Last words of streets' names, which may follow a title's word ("King Charles Street"). */
    private static final Set<String> STREET_HEADS = Set.of("Street", "Road", "Avenue", "Square", "Boulevard", "Lane");
    /** Legal forms after a company's name ("Lemanic Energy SA", "Gulf Horizon Energy FZE"). */
    private static final Set<String> LEGAL_FORMS = Set.of("SA", "AG", "Ltd", "Ltd.", "Inc", "Inc.", "FZE", "LLC", "plc",
            "PLC", "GmbH", "NV", "BV", "SpA", "AB", "ASA", "Co", "Co.", "Corp", "Corp.", "SE", "LLP");
    /** Verbs of what a business does, after "which": "Kuzey Denizcilik, which operates two tankers". */
    private static final Set<String> BUSINESS_VERBS = Set.of("operates", "runs", "owns", "makes", "builds", "produces",
            "manages", "supplies", "manufactures", "exports", "imports", "ships", "sells", "employs");
    /** A patronymic: "Oleksandrovych", "Nikolayevich", "Ivanovna", "Petrivna". */
    private static final Pattern PATRONYMIC = Pattern.compile("\\p{Lu}\\p{Ll}+(?:ovych|evych|ovich|evich|ovna|evna|ivna|yivna)");
    /** A word in capitals only, three letters or more: an acronym. */
    private static final Pattern ALL_CAPITALS = Pattern.compile("\\p{Lu}{3,}");
    /** Lower-case nouns of companies and other bodies written right before their names ("arms maker", "aid group"). */
    static final Set<String> COMPANY_NOUNS = Set.of("maker", "makers", "manufacturer", "firm", "company",
            "contractor", "supplier", "shipbuilder", "shipyard", "insurer", "lender", "conglomerate", "retailer",
            "airline", "exporter", "producer", "giant", "startup", "start-up", "charity", "nonprofit", "non-profit", "group",
            "operator", "broadcaster", "utility", "carrier", "trader", "association", "cooperative", "co-operative",
            "federation", "union", "consortium", "lobby", "refiner", "miner", "shipper", "newspaper", "daily", "paper",
            "magazine", "weekly", "tabloid", "outlet", "channel", "website");
    /** Words for a group of countries that describe like a nationality when alone ("Western officials"). */
    private static final Set<String> BLOCS = Set.of("western", "eastern", "northern", "southern", "arab", "nordic");
    /** The tags of the words a region's name describes when it is an adjective ("Baltic states"). */
    private static final Set<String> ADJECTIVE_HEADS = Set.of("NOUN", "ADJ", "PROPN", "NUM");
    /** Regions whose name describes like a nationality before a noun ("the Baltic states", "Balkan leaders"). */
    private static final Set<String> REGIONS_AS_ADJECTIVES = Set.of("baltic", "balkan", "scandinavian", "caucasian",
            "transatlantic");

    private final Gazetteer gazetteer;
    private final Gazetteer forcedOrganizations;
    private final NameDecoder decoder;
    private final PlaceRules placeRules;
    private final PersonRules personRules;
    private final InstitutionRules institutionRules;

    private TrainedNameFinder(NameDecoder decoder, Gazetteer gazetteer, Gazetteer forcedOrganizations) {
        this.gazetteer = gazetteer;
        this.forcedOrganizations = forcedOrganizations;
        this.decoder = decoder;
        this.placeRules = new PlaceRules(gazetteer, forcedOrganizations);
        this.personRules = new PersonRules(gazetteer, forcedOrganizations, placeRules);
        this.institutionRules = new InstitutionRules(gazetteer, forcedOrganizations, personRules, placeRules);
    }

    /** Loads the shipped model and gazetteers from the class path. Call once and share the result. */
    public static TrainedNameFinder load() {
        // the gazetteers and the word clusters load beside the model; gazetteer() and clusters() below wait for them
        Background.load("ner-gazetteer-loader", NerFeatureGeneratorFactory::gazetteer);
        Background.load("ner-cluster-loader", NerFeatureGeneratorFactory::clusters);
        try (InputStream in = TrainedNameFinder.class.getResourceAsStream(MODEL_RESOURCE)) {
            Objects.requireNonNull(in, () -> "name-finder model missing from the class path: " + MODEL_RESOURCE);
            MaxentTable.ModelFile file = MaxentTable.readModelFile(in, NameDecoder.MAXENT_ARTIFACT);
            int beamSize = NameDecoder.beamSizeOf(file.manifest().getProperty(NameDecoder.BEAM_SIZE_PROPERTY));
            Gazetteer gazetteer = NerFeatureGeneratorFactory.gazetteer();
            return new TrainedNameFinder(new NameDecoder(file.table(), gazetteer, NerFeatureGeneratorFactory.clusters(),
                    beamSize), gazetteer,
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
        return new TrainedNameFinder(NameDecoder.of(model, gazetteer, NerFeatureGeneratorFactory.clusters()), gazetteer,
                ForcedOrganizations.GAZETTEER);
    }

    private static final class ForcedOrganizations {
        static final Gazetteer GAZETTEER = Gazetteer.loadResource(FORCED_ORG_RESOURCE, Gazetteer.NameList.ORG);
    }

    private static final class PlacesAlone {
        static final Gazetteer GAZETTEER = Gazetteer.loadResource(PLACES_ALONE_RESOURCE, Gazetteer.NameList.LOC);
    }

    @Override
    public List<Mention> find(String text, List<List<Token>> sentences) {
        NameDecoder.Document document = decoder.newDocument();
        List<String[]> lowerSentences = new ArrayList<>(sentences.size());
        List<String[]> coreSentences = new ArrayList<>(sentences.size());
        List<NameCandidate> candidates = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            List<Token> tokens = sentences.get(s);
            String[] encoded = new String[tokens.size()];
            String[] lower = new String[tokens.size()];
            String[] cores = new String[tokens.size()];
            for (int i = 0; i < encoded.length; i++) {
                Token token = tokens.get(i);
                cores[i] = core(token.text(), i == encoded.length - 1);
                if (cores[i].length() < token.text().length() && forcedOrganizations.contains(Gazetteer.NameList.ORG,
                        NerTokens.lower(token.text()))) {
                    cores[i] = token.text(); // "Moody's", "Sainsbury's": a body's 's is part of its name
                }
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
                    candidates.add(new NameCandidate(s, span.getStart(), span.getEnd(), type));
                }
            }
        }
        List<NameCandidate> cleaned = new ArrayList<>(candidates.size());
        boolean capitalized = writtenWithCapitals(sentences);
        for (NameCandidate candidate : candidates) {
            if (capitalized && !hasCapital(sentences.get(candidate.sentence), candidate)) {
                continue; // "telling [reporters]": in a text written with capitals, so are names
            }
            if (trim(candidate, sentences.get(candidate.sentence), lowerSentences.get(candidate.sentence))) {
                cleaned.add(candidate);
            }
        }
        cleaned = withoutNamesInside(cleaned);
        cleaned = personRules.splitTitledPeople(sentences, lowerSentences, cleaned);
        cleaned = PlaceRules.placeOrganizations(sentences, cleaned);
        cleaned = institutionRules.splitConjoinedInstitutions(lowerSentences, cleaned);
        boolean[][] covered = NameCandidate.coverage(sentences, cleaned);
        institutionRules.addInstitutions(sentences, lowerSentences, cleaned, covered);
        personRules.extendGivenNames(sentences, lowerSentences, cleaned, covered);
        addRuleNames(sentences, lowerSentences, cleaned, covered);
        joinCompassDemonyms(sentences, cleaned, covered);
        joinNationalBranches(sentences, lowerSentences, cleaned, covered);
        extendToBusinessWords(sentences, lowerSentences, cleaned, covered);
        joinHyphenatedPlaces(sentences, cleaned, covered);
        InstitutionRules.addCompanySuffixes(sentences, coreSentences, cleaned, covered);
        joinAmpersandNames(sentences, lowerSentences, cleaned, covered);
        placeRules.extendPlaces(sentences, lowerSentences, cleaned, covered);
        PlaceRules.addStateAbbreviations(sentences, cleaned, covered);
        PlaceRules.addConstituencies(sentences, lowerSentences, cleaned, covered,
                name -> forcedOrganizations.contains(Gazetteer.NameList.ORG, name));
        PlaceRules.addCounties(sentences, cleaned, covered);
        personRules.retypeSpeakingPlaces(sentences, lowerSentences, cleaned, covered);
        PersonRules.retypeNamesWithAges(sentences, cleaned);
        personRules.addSpeakers(sentences, lowerSentences, cleaned, covered);
        PersonRules.addBylines(sentences, cleaned, covered);
        personRules.addPeopleInLists(sentences, lowerSentences, cleaned, covered);
        personRules.extendBackToGivenNames(sentences, lowerSentences, cleaned, covered);
        PersonRules.joinParticles(sentences, lowerSentences, cleaned, covered);
        personRules.addGaelicNames(sentences, lowerSentences, cleaned, covered);
        PersonRules.addParticlesBefore(sentences, lowerSentences, cleaned, covered);
        PersonRules.joinHyphenatedNames(sentences, cleaned, covered);
        PersonRules.extendVietnameseNames(sentences, cleaned, covered);
        personRules.addHyphenatedGivenNames(sentences, lowerSentences, cleaned, covered);
        personRules.extendBackToGivenNames(sentences, lowerSentences, cleaned, covered); // "Romilly Okonjo-Hart"
        InstitutionRules.addFullFormsBeforeAcronyms(sentences, lowerSentences, cleaned, covered);
        InstitutionRules.addAcronyms(sentences, cleaned, covered);
        InstitutionRules.addAcronymsOfOrganizations(sentences, lowerSentences, cleaned, covered);
        Map<String, EntityType> described = typeByApposition(sentences, lowerSentences, cleaned, covered);
        Set<String> arabicPlaces = new HashSet<>();
        for (NameCandidate candidate : cleaned) {
            String[] lower = lowerSentences.get(candidate.sentence);
            if (candidate.type == EntityType.PERSON
                    && isArabicPlaceName(sentences.get(candidate.sentence), lower, candidate)) {
                candidate.type = EntityType.LOCATION; // "in Khan Younis", "off El Arish", "Deir al-Balah"
                arabicPlaces.add(NerTokens.key(lower, candidate.start, candidate.end));
            }
        }
        retypeByForm(sentences, lowerSentences, capitalized, cleaned);
        retypeListedOrganizations(sentences, lowerSentences, cleaned);
        unifyTypes(sentences, lowerSentences, cleaned);
        propagate(sentences, lowerSentences, coreSentences, cleaned, covered);
        for (NameCandidate candidate : cleaned) {
            EntityType type = described.get(NerTokens.key(lowerSentences.get(candidate.sentence), candidate.start,
                    candidate.end));
            if (type != null && candidate.type != EntityType.NATIONALITY) {
                candidate.type = type; // what the article says a name is holds for all its mentions
            }
            if (candidate.type == EntityType.PERSON && arabicPlaces.contains(NerTokens.key(
                    lowerSentences.get(candidate.sentence), candidate.start, candidate.end))) {
                candidate.type = EntityType.LOCATION; // "off El Arish": the place wherever the article names it
            }
        }
        addGivenNamesThatSpeak(sentences, lowerSentences, coreSentences, cleaned, covered);
        PersonRules.joinSurnameHalves(sentences, cleaned, covered);
        InstitutionRules.addNewspapersWithThe(sentences, lowerSentences, cleaned, covered);
        InstitutionRules.addMastheads(sentences, lowerSentences, cleaned, covered);
        cleaned.removeIf(candidate -> namesAWeapon(lowerSentences.get(candidate.sentence), candidate)
                || isOilBenchmark(sentences.get(candidate.sentence), candidate)
                || isNamedBill(sentences.get(candidate.sentence), candidate));
        removeStorms(sentences, lowerSentences, cleaned);
        placeShortFormsOfSites(sentences, lowerSentences, coreSentences, cleaned);
        PersonRules.trimPersonEdges(lowerSentences, cleaned);
        cleaned.removeIf(candidate -> !trimOfficeWords(sentences.get(candidate.sentence),
                lowerSentences.get(candidate.sentence), candidate));
        for (NameCandidate candidate : cleaned) {
            String first = sentences.get(candidate.sentence).get(candidate.start).text();
            if (candidate.type == EntityType.ORGANIZATION && candidate.end - candidate.start > 1
                    && (first.equals("A") || first.equals("An"))) {
                candidate.start++; // "[A] BAE Systems spokesperson said": the article is no part of the name
            }
            List<Token> tokens = sentences.get(candidate.sentence);
            if (candidate.type == EntityType.PERSON && candidate.end < tokens.size()
                    && !covered[candidate.sentence][candidate.end]
                    && REGNAL_NUMBERS.contains(tokens.get(candidate.end).text())) {
                candidate.end++; // "King [Abdullah] II", "Pope [Leo] XIV": the number is part of a ruler's name
            }
            if (candidate.type == EntityType.PERSON && candidate.end - candidate.start > 1 && gazetteer.contains(
                    Gazetteer.NameList.DEMONYM, NerTokens.key(lowerSentences.get(candidate.sentence), candidate.start,
                            candidate.end))) {
                candidate.type = EntityType.NATIONALITY; // "a Christian Democrat member": a given name and a surname in form only
            }
            if (MEMBER_PHRASES.contains(NerTokens.key(lowerSentences.get(candidate.sentence), candidate.start,
                    candidate.end))) {
                candidate.type = EntityType.NATIONALITY; // "a Liberal Democrat MP": a member, not the party
            }
            completeOutletName(tokens, lowerSentences.get(candidate.sentence), candidate, cleaned);
        }
        joinCountryBodies(sentences, cleaned);
        cleaned.addAll(splitOwners(sentences, lowerSentences, cleaned));
        if (!sentences.isEmpty() && isTitleCaseHeadline(text, sentences.get(0))) {
            dropHeadlineGuesses(lowerSentences, cleaned);
        }
        return mentions(sentences, coreSentences, cleaned);
    }

    /**
     * A body's name that a rule ran on from its owner's possessive ("Bank of England's Monetary Policy Committee", "the
     * UN's Financial Tracking Service") is two names: the body from after the possessive, and the owner, returned as
     * new candidates (a place when our lists hold it as nothing else). "People's" belongs to the name, and so does an
     * owner before a single word ("the Specialized Anti-Corruption Prosecutor's Office", "the Children's Fund").
     */
    private List<NameCandidate> splitOwners(List<List<Token>> sentences, List<String[]> lowerSentences,
                                            List<NameCandidate> candidates) {
        List<NameCandidate> owners = new ArrayList<>();
        for (NameCandidate candidate : candidates) {
            if (candidate.type != EntityType.ORGANIZATION) {
                continue;
            }
            List<Token> tokens = sentences.get(candidate.sentence);
            String[] lower = lowerSentences.get(candidate.sentence);
            for (int i = candidate.end - 2; i >= candidate.start; i--) {
                if (NerTokens.endsWithPossessive(tokens.get(i).text()) && !PEOPLES.contains(lower[i])
                        && NerTokens.isCapitalized(tokens.get(i + 1).text()) && candidate.end - i > 2) {
                    String owner = NerTokens.key(lower, candidate.start, i + 1).replaceAll("['’]s?$", "");
                    owners.add(new NameCandidate(candidate.sentence, candidate.start, i + 1,
                            placeRules.isKnownPlaceOnly(owner) ? EntityType.LOCATION : EntityType.ORGANIZATION));
                    candidate.start = i + 1;
                    break;
                }
            }
        }
        return owners;
    }

    /**
     * Whether the first sentence is a headline in title case ("Tory Fury as Ukraine Aid Bill Hits £12.8bn"): alone
     * before the first blank line, with four or more words, nearly all capitalized but the small ones.
     */
    private static boolean isTitleCaseHeadline(String text, List<Token> first) {
        int blank = text.indexOf("\n\n");
        if (first.isEmpty() || blank < 0 || first.get(first.size() - 1).end() > blank) {
            return false;
        }
        int words = 0;
        int capitalized = 0;
        for (Token token : first) {
            String word = token.text();
            if (Character.isLetter(word.charAt(0)) && !HEADLINE_SMALL_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                words++;
                if (Character.isUpperCase(word.charAt(0))) {
                    capitalized++;
                }
            }
        }
        return words >= 4 && capitalized * 10 >= words * 9;
    }

    /**
     * In a title-case headline, capitals say nothing: a name found there stays only if the body names it too or our
     * lists know it ("Ukraine", "Senate"), not "Tory Fury" or "Bill Hits".
     */
    private void dropHeadlineGuesses(List<String[]> lowerSentences, List<NameCandidate> candidates) {
        Set<String> bodyNames = new HashSet<>();
        for (NameCandidate candidate : candidates) {
            if (candidate.sentence > 0) {
                bodyNames.add(NerTokens.key(lowerSentences.get(candidate.sentence), candidate.start, candidate.end));
            }
        }
        candidates.removeIf(candidate -> {
            if (candidate.sentence != 0 || candidate.type == EntityType.NATIONALITY) {
                return false;
            }
            String key = NerTokens.key(lowerSentences.get(0), candidate.start, candidate.end);
            return !bodyNames.contains(key) && !gazetteer.contains(Gazetteer.NameList.LOC, key)
                    && !gazetteer.contains(Gazetteer.NameList.CITY, key) && !gazetteer.contains(Gazetteer.NameList.ORG, key)
                    && !forcedOrganizations.contains(Gazetteer.NameList.ORG, key)
                    && !gazetteer.contains(Gazetteer.NameList.PER, key);
        });
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

    /**
     * The names in document order without those a neighbour holds: trimming moves a name's start back by a word or
     * two at most, so only a name right before can end up inside it ("[Al] - [Tayeb Hamdan Ibrahim]": a name trimmed
     * back over its Arabic article takes in what the model found there).
     */
    private static List<NameCandidate> withoutNamesInside(List<NameCandidate> ordered) {
        List<NameCandidate> kept = new ArrayList<>(ordered.size());
        for (NameCandidate candidate : ordered) {
            NameCandidate last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
            if (last == null || last.sentence != candidate.sentence) {
                kept.add(candidate);
            } else if (candidate.start <= last.start && last.end <= candidate.end) {
                kept.set(kept.size() - 1, candidate);
            } else if (!(last.start <= candidate.start && candidate.end <= last.end)) {
                kept.add(candidate);
            }
        }
        return kept;
    }

    /**
     * Drops punctuation at the edges, a final possessive, leading "the" and (for people) leading titles; false if
     * nothing is left.
     */
    private boolean trim(NameCandidate candidate, List<Token> tokens, String[] lower) {
        // "Rep. [Maya Delgado ,] D-California": the model may run a name on over the comma after it
        while (candidate.end - candidate.start > 1 && isPunctuation(tokens.get(candidate.end - 1).text())) {
            candidate.end--;
        }
        while (candidate.end - candidate.start > 1 && isPunctuation(tokens.get(candidate.start).text())) {
            candidate.start++;
        }
        while (candidate.end > candidate.start && NerTrainer.isPossessive(tokens.get(candidate.end - 1).text())) {
            candidate.end--;
        }
        while (candidate.end - candidate.start > 1 && lower[candidate.start].equals("the")) {
            candidate.start++;
        }
        if (candidate.end - candidate.start == 1 && PlaceRules.isPartyLetter(tokens.get(candidate.start).text())
                && NerTokens.isJoiningHyphen(tokens, candidate.end)) {
            return false; // "Sen. James Colfax, [R]-Idaho": the party's letter before the state is no name
        }
        for (int i = candidate.start + 1; i < candidate.end - 1
                && !InstitutionRules.endsAnInstitution(lower[candidate.end - 1]); i++) {
            if (ARTICLES.contains(tokens.get(i).text()) && isCapitalWord(tokens.get(i - 1))) {
                // "told [Sky News the Commons] would": an article right after a name ends it, though not in an
                // institution's ("Stop the War Coalition")
                candidate.end = i;
            }
        }
        while (candidate.end - candidate.start > 1 && ARTICLES.contains(tokens.get(candidate.end - 1).text())) {
            candidate.end--; // "told [Fox News the] vote was": no name ends with an article
        }
        if (candidate.start == 0 && candidate.end > 1 && lower[0].endsWith("ing")
                && !gazetteer.containsAny(lower[0], Gazetteer.NameList.GIVEN, Gazetteer.NameList.SURNAME,
                Gazetteer.NameList.LOC, Gazetteer.NameList.CITY, Gazetteer.NameList.ORG)
                && gazetteer.contains(Gazetteer.NameList.LOC, NerTokens.key(lower, 1, candidate.end))) {
            candidate.start++; // "[Neighbouring] Burkina Faso said": a participle opening the sentence before a place
        }
        // "Britain's Labour Party": the name starts after an owner's possessive inside the span, but "People's" belongs
        // to the name ("Taiwan People's Party", "People's Liberation Army")
        for (int i = candidate.end - 2; i >= candidate.start; i--) {
            // "BAE Systems' Warton": a listed body's plural possessive too, not "Copper Workers' Confederation"
            boolean pluralOwner = isPluralPossessive(tokens.get(i).text()) && isListedBody(NerTokens.key(lower,
                    candidate.start, i + 1)) && NerTokens.isCapitalized(tokens.get(i + 1).text());
            if ((NerTokens.endsWithPossessive(tokens.get(i).text()) || pluralOwner) && !PEOPLES.contains(lower[i])) {
                // "the SNP's [Mhairi Lennox]": two words no list holds after a listed body's possessive are its member
                String owner = NerTokens.key(lower, candidate.start, i + 1); // the words hold no 's
                candidate.start = i + 1;
                if (candidate.type == EntityType.ORGANIZATION && candidate.end - candidate.start == 2
                        && isListedBody(owner) && isUnlistedWord(lower[candidate.start])
                        && isUnlistedWord(lower[candidate.start + 1])
                        && !InstitutionRules.endsAnInstitution(lower[candidate.start + 1])) {
                    candidate.type = EntityType.PERSON;
                }
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
        // "a [Sinn Féin] TD for Cork", "[Labour] MPs": the letters of a party's members are no part of the party
        while (candidate.type == EntityType.ORGANIZATION && candidate.end - candidate.start > 1
                && PersonRules.MEMBER_LETTERS.contains(lower[candidate.end - 1])) {
            candidate.end--;
        }
        // "Ambassador to [NATO] Rebecca Lindqvist", "Speaker of the [House] Dale Brennan": a person named right after a
        // listed organization is no part of it
        if (candidate.type == EntityType.ORGANIZATION && candidate.end - candidate.start > 2) {
            String body = NerTokens.key(lower, candidate.start, candidate.end - 2);
            boolean forced = forcedOrganizations.contains(Gazetteer.NameList.ORG, body);
            boolean person = personRules.isGivenNameAndSurname(tokens, lower, candidate.end - 2, candidate.end)
                    || forced && gazetteer.contains(Gazetteer.NameList.GIVEN, lower[candidate.end - 2])
                    && NerTokens.isCapitalized(tokens.get(candidate.end - 1).text());
            if (person && (forced || gazetteer.contains(Gazetteer.NameList.ORG, body))) {
                candidate.end -= 2;
            }
        }
        if (candidate.type != EntityType.PERSON && candidate.end - candidate.start > 1
                && HONORIFICS.contains(lower[candidate.start]) && NerTokens.isCapitalized(tokens.get(candidate.start + 1).text())) {
            candidate.type = EntityType.PERSON; // "“…,” Ms Ngātai told reporters": only a person is a Ms
        }
        if (candidate.type == EntityType.PERSON) {
            // "[Bahraini] Ambassador Yousef Al-Mannai": a nationality before a title describes the person
            if (candidate.end - candidate.start > 2 && placeRules.isDemonym(tokens.get(candidate.start).text(),
                    lower[candidate.start]) && personRules.titleLength(lower, candidate.start + 1, candidate.end) > 0) {
                candidate.start++;
            }
            // titles of one or more words ("Prime Minister Iyad Allawi", "Secretary of State Rice")
            int title;
            while (candidate.end > candidate.start
                    && (title = personRules.titleLength(lower, candidate.start, candidate.end)) > 0) {
                if (candidate.start + title < candidate.end
                        && PersonRules.CHAIN_PARTICLES.contains(lower[candidate.start + title])) {
                    break; // "[Sultan] ibn Khalifa al-Suwaidi": a title's word before "ibn" is the given name
                }
                candidate.start += title;
                // "Minister [of Foreign Affairs] Dmytro Kuleba": the office named after the title is no part of the name
                candidate.start = Math.min(candidate.end, PersonRules.officeEnd(tokens, lower, candidate.start));
            }
            // "[Green Growth Minister] Joost van Lierop": an office's head word ends the office our lists do not hold
            for (int k = candidate.end - 2; k > candidate.start; k--) {
                if (OFFICE_HEADS.contains(tokens.get(k).text())) {
                    candidate.start = k + 1;
                    break;
                }
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
                if (lower[of].equals("of")
                        && gazetteer.contains(Gazetteer.NameList.LOC, NerTokens.key(lower, of + 1, candidate.end))) {
                    candidate.end = of;
                    break;
                }
            }
        }
        // "a Louisiana Republican", "an Ohio Republican": the member of a party from a place is a place and a description
        while (candidate.end - candidate.start > 1 && PlaceRules.PARTY_MEMBERS.contains(lower[candidate.end - 1])
                && (candidate.type == EntityType.LOCATION
                || gazetteer.contains(Gazetteer.NameList.LOC, NerTokens.key(lower, candidate.start, candidate.end - 1)))) {
            candidate.end--;
            candidate.type = EntityType.LOCATION;
        }
        // "Senate Democrats", "House Republicans": the chamber is the organization, its members are not
        if (candidate.type == EntityType.ORGANIZATION && candidate.end - candidate.start == 2
                && PlaceRules.PARTY_MEMBER_WORDS.contains(lower[candidate.end - 1])
                && LEGISLATURES.contains(lower[candidate.start])) {
            candidate.end--;
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
                && isTitle(lower[candidate.end - 1]) && !TITLES_ALSO_SURNAMES.contains(lower[candidate.end - 1])
                && personRules.titleLength(lower, candidate.start, candidate.end) == 0) {
            return false; // "said [U.S. Ambassador] to Ukraine Catherine Dunleavy": no name ends with a title
        }
        if (STANCE_PREFIX.matcher(tokens.get(candidate.start).text()).matches()) {
            return false; // "Pro-Israel groups are pushing"
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
        String name = NerTokens.key(lower, candidate.start, candidate.end);
        // "Baltic states", "Gulf buyers", but not "in the Gulf are shopping"
        boolean regionAsAdjective = REGIONS_AS_ADJECTIVES.contains(lower[candidate.start]) && candidate.end < tokens.size()
                && Character.isLowerCase(tokens.get(candidate.end).text().charAt(0))
                && ADJECTIVE_HEADS.contains(tokens.get(candidate.end).pos());
        if (candidate.end - candidate.start == 1
                && (placeRules.isDemonym(tokens.get(candidate.start).text(), lower[candidate.start])
                || BLOCS.contains(lower[candidate.start]) || regionAsAdjective)
                || candidate.end - candidate.start > 1 && (gazetteer.contains(Gazetteer.NameList.DEMONYM, name)
                || placeRules.isPluralDemonym(name))) {
            // "South Korean suppliers", "South Australians" too
            candidate.type = EntityType.NATIONALITY;
        } else if (forcedOrganizations.contains(Gazetteer.NameList.ORG, name)) {
            // institutions named after their seat ("the Pentagon", "the Kremlin") act as organizations in news, but
            // the building is a place where something happens there ("talks at the White House")
            candidate.type = PlaceRules.seatType(name, lower, candidate.start);
        } else if ((candidate.type == EntityType.ORGANIZATION && !gazetteer.contains(Gazetteer.NameList.ORG, name)
                || candidate.type == EntityType.LOCATION && !gazetteer.contains(Gazetteer.NameList.LOC, name))
                && (personRules.isGivenNameAndSurname(tokens, lower, candidate.start, candidate.end)
                || PersonRules.hasGaelicParticle(tokens, candidate.start, candidate.end))) {
            // "according to Nour Khalil of the Peace Economics Project", "Máire Ní Fhlatharta, the spokesperson",
            // "Ingrid Solheim, Norway's state secretary"
            candidate.type = EntityType.PERSON;
        } else if (candidate.type == EntityType.ORGANIZATION && candidate.end - candidate.start == 1
                && candidate.end < tokens.size() && PlaceRules.PARTY_MEMBERS.contains(lower[candidate.end])
                && gazetteer.contains(Gazetteer.NameList.LOC, name)) {
            candidate.type = EntityType.LOCATION; // "an Ohio Republican"
        } else if (candidate.type != EntityType.LOCATION && placeRules.isKnownPlaceOnly(name)
                || candidate.type != EntityType.LOCATION && PlacesAlone.GAZETTEER.contains(Gazetteer.NameList.LOC, name)
                || candidate.type != EntityType.LOCATION && CAPITALS_ALSO_SURNAMES.contains(name)) {
            // "Paris wants more", "when Russia launched", "France's ministry": a place no given name or surname shares
            candidate.type = EntityType.LOCATION;
        } else if (candidate.type == EntityType.PERSON && gazetteer.contains(Gazetteer.NameList.LOC, name)
                && speaksOfAPlace(tokens, lower, candidate)) {
            candidate.type = EntityType.LOCATION;
        } else if (candidate.type == EntityType.LOCATION && isTeam(tokens, lower, candidate, name)) {
            candidate.type = EntityType.ORGANIZATION; // "the Los Angeles Lakers", "the Kansas City Chiefs"
        } else if (candidate.type != EntityType.ORGANIZATION && candidate.end - candidate.start > 1
                && HEADS_OF_ORGANIZATIONS_ONLY.contains(tokens.get(candidate.end - 1).text())) {
            candidate.type = EntityType.ORGANIZATION; // "Georgetown University", "Rodale Books Company"
        } else if (candidate.type == EntityType.PERSON && candidate.start > 0
                && COMPANY_NOUNS.contains(tokens.get(candidate.start - 1).text())) {
            candidate.type = EntityType.ORGANIZATION; // "armoured vehicle maker Hessler Wehrtechnik"
        } else if (candidate.type == EntityType.PERSON && candidate.end - candidate.start > 2
                && OF_A_COUNTRY.contains(lower[candidate.end - 2])
                && placeRules.isKnownPlaceOnly(lower[candidate.end - 1])) {
            candidate.type = EntityType.ORGANIZATION; // "Petróleos de Venezuela": no one is called after a country
        }
        return true;
    }

    /**
     * Whether a place of our lists followed by a capitalized plural that no list holds as part of a place names a
     * team: "Los Angeles Lakers", not "Golan Heights" or "Virgin Islands".
     */
    private boolean isTeam(List<Token> tokens, String[] lower, NameCandidate candidate, String name) {
        String last = tokens.get(candidate.end - 1).text();
        return candidate.end - candidate.start > 1 && last.length() > 3 && last.endsWith("s")
                && NerTokens.isCapitalized(last) && !last.equals(last.toUpperCase(Locale.ROOT))
                && !PlaceRules.isHead(last)
                && !PLACE_PLURALS.contains(last) && !gazetteer.contains(Gazetteer.NameList.LOC, name)
                && !gazetteer.contains(Gazetteer.NameList.DEMONYM, lower[candidate.end - 1])
                && !PlaceRules.PARTY_MEMBERS.contains(lower[candidate.end - 1])
                && gazetteer.contains(Gazetteer.NameList.LOC, NerTokens.key(lower, candidate.start, candidate.end - 1));
    }

    /**
     * Whether the words around a name that is both a place and a given name ("Jordan", "Georgia") speak of the
     * place: "King Abdullah II of Jordan", "talks in Jordan", "Jordan's foreign minister".
     */
    private boolean speaksOfAPlace(List<Token> tokens, String[] lower, NameCandidate candidate) {
        if (candidate.start > 0 && (lower[candidate.start - 1].equals("of") || lower[candidate.start - 1].equals("in"))) {
            return true;
        }
        if (candidate.start > 1 && (lower[candidate.start - 1].equals("and") || lower[candidate.start - 1].equals("or"))
                && PlacesAlone.GAZETTEER.contains(Gazetteer.NameList.LOC, lower[candidate.start - 2])) {
            return true; // "in Lebanon and Chad"
        }
        int next = candidate.end;
        if (next < tokens.size() && (lower[next].equals("'s") || lower[next].equals("’s"))) {
            next++;
        } else if (!NerTokens.endsWithPossessive(tokens.get(candidate.end - 1).text())) {
            return false;
        }
        return next < tokens.size() && personRules.titleLength(lower, next, tokens.size()) > 0;
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

    private static boolean hasCapital(List<Token> tokens, NameCandidate candidate) {
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
    private static void trimDescriptors(NameCandidate candidate, List<Token> tokens) {
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
        // "the province of [Quebec]": the small words after a descriptor go with it
        while (start > candidate.start && start < lastCapital && DESCRIPTOR_LINKS.contains(tokens.get(start).text())) {
            start++;
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

    private boolean allTitles(String[] lower, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!isTitle(lower[i])) {
                return false;
            }
        }
        return end > start;
    }

    /** Whether a lower-case word is a title from our list (see {@link PersonRules#isTitle}). */
    boolean isTitle(String lower) {
        return personRules.isTitle(lower);
    }

    /** Demonyms the model left alone become NATIONALITY; party and institution names from our list become ORG. */
    private void addRuleNames(List<List<Token>> sentences, List<String[]> lowerSentences, List<NameCandidate> candidates,
                              boolean[][] covered) {
        for (int s = 0; s < sentences.size(); s++) {
            List<Token> tokens = sentences.get(s);
            String[] lower = lowerSentences.get(s);
            int[] forced = forcedOrganizations.match(lower);
            int[] places = PlacesAlone.GAZETTEER.match(lower);
            int[] listedNames = gazetteer.match(lower);
            for (int i = 0; i < tokens.size(); i++) {
                int unit = militaryUnitEnd(tokens, i);
                if (unit > i && NameCandidate.clearInside(candidates, covered, s, i, unit)) {
                    // "the 101st Airborne Division", "256th Infantry Brigade Combat Team": a unit, an organization
                    NameCandidate.add(candidates, covered, new NameCandidate(s, i, unit, EntityType.ORGANIZATION));
                    i = unit - 1;
                    continue;
                }
                if (!NerTokens.isCapitalized(tokens.get(i).text())) {
                    continue;
                }
                if (Gazetteer.begins(forced[i], Gazetteer.NameList.ORG)
                        && (!covered[s][i] || NameCandidate.startsCandidate(candidates, s, i))) {
                    int end = i + 1;
                    while (end < tokens.size() && Gazetteer.continues(forced[end], Gazetteer.NameList.ORG)) {
                        end++;
                    }
                    // a name of our list takes in what the model found inside it ("Lockheed [Martin]", "[France] Inter");
                    // one of two letters only in capitals ("the UN system", not the French "Un")
                    String text = tokens.get(i).text();
                    boolean shortInLowerCase = end == i + 1 && text.length() <= 2
                            && !text.equals(text.toUpperCase(Locale.ROOT));
                    if (!shortInLowerCase && NameCandidate.clearInside(candidates, covered, s, i, end)) {
                        NameCandidate.add(candidates, covered,
                                new NameCandidate(s, i, end, PlaceRules.seatType(NerTokens.key(lower, i, end), lower, i)));
                        i = end - 1;
                        continue;
                    }
                }
                int listed = institutionRules.listedOrganizationEnd(tokens, listedNames, i);
                if (listed > i && (!covered[s][i] || NameCandidate.startsCandidate(candidates, s, i))
                        && NameCandidate.clearInside(candidates, covered, s, i, listed)) {
                    // a company of several capitalized words our lists hold ("Exxon [Mobil]", "Bank of America")
                    NameCandidate.add(candidates, covered, new NameCandidate(s, i, listed, EntityType.ORGANIZATION));
                    i = listed - 1;
                    continue;
                }
                int region = UNLISTED_REGIONS.contains(lower[i]) ? i + 1
                        : i + 2 < tokens.size() && lower[i + 1].equals("-") && !covered[s][i + 2]
                        && UNLISTED_REGIONS.contains(lower[i] + "-" + lower[i + 2]) ? i + 3 : i;
                if (region > i && (region == tokens.size() || !NerTokens.isCapitalized(tokens.get(region).text()))
                        && NameCandidate.clearInside(candidates, covered, s, i, region)) {
                    // not "the Indo-Pacific Defence Monitor"; "[Asia]-Pacific" is one region
                    NameCandidate.add(candidates, covered, new NameCandidate(s, i, region, EntityType.LOCATION));
                    i = region - 1;
                    continue;
                }
                int water = i + 2 < tokens.size() && HEADS_BEFORE_OF.contains(tokens.get(i).text())
                        && lower[i + 1].equals("of") ? capitalWordsEnd(tokens, i + 2) : i;
                if (water > i + 2 && NameCandidate.clearInside(candidates, covered, s, i, water)) {
                    // "the Strait of Hormuz", "the Cape of Good Hope": the model stops at the head, or at "of"
                    NameCandidate.add(candidates, covered, new NameCandidate(s, i, water, EntityType.LOCATION));
                    i = water - 1;
                    continue;
                }
                int city = hyphenatedCityEnd(tokens, lower, i);
                if (city > i && NameCandidate.clearInside(candidates, covered, s, i, city)) {
                    // "Ivano-Frankivsk", "Wilkes-Barre": the tokenizer splits a city's name at its hyphens
                    NameCandidate.add(candidates, covered, new NameCandidate(s, i, city, EntityType.LOCATION));
                    i = city - 1;
                    continue;
                }
                if (covered[s][i]) {
                    continue;
                }
                int title = personRules.personTitleLength(lower, i, tokens.size());
                if (title > 0) {
                    int nameStart = PersonRules.officeEnd(tokens, lower, i + title);
                    int nameEnd = personRules.titledNameEnd(tokens, lower, covered[s], nameStart);
                    NameCandidate surname = nameEnd < 0
                            ? personStartingAfterNameWords(tokens, lower, covered[s], candidates, s, nameStart) : null;
                    if (surname != null) {
                        // "Barrister Saad Rehman [Khattak]": the model found the surname, the title shows where the name begins
                        Arrays.fill(covered[s], nameStart, surname.start, true);
                        surname.start = nameStart;
                        i = surname.end - 1;
                        continue;
                    }
                    if (nameEnd > nameStart && tokens.get(nameStart).text().length() > 1) { // not "Gen Z"
                        NameCandidate.add(candidates, covered, new NameCandidate(s, nameStart, nameEnd, EntityType.PERSON));
                        i = nameEnd - 1;
                        continue;
                    }
                }
                if (institutionRules.isBodyStating(tokens, lower, i)) {
                    NameCandidate.add(candidates, covered, new NameCandidate(s, i, i + 1, EntityType.ORGANIZATION));
                    continue; // "Pemex said in a statement"
                }
                if (isThePlatformX(tokens, lower, i)) {
                    NameCandidate.add(candidates, covered, new NameCandidate(s, i, i + 1, EntityType.ORGANIZATION));
                    continue; // "wrote on X", "X, formerly Twitter"
                }
                if (ACRONYMS_SPELLING_WORDS.contains(tokens.get(i).text()) && besideLowerCase(tokens, i)) {
                    // "The WHO said": the acronym in capitals within a sentence that is not
                    NameCandidate.add(candidates, covered, new NameCandidate(s, i, i + 1, EntityType.ORGANIZATION));
                    continue;
                }
                if (tokens.get(i).text().equals("God") && (i == 0 || !GOD_EXCLAMATIONS.contains(lower[i - 1]))
                        && (i + 1 == tokens.size() || !GOD_EXCLAMATIONS.contains(lower[i + 1]))) {
                    NameCandidate.add(candidates, covered, new NameCandidate(s, i, i + 1, EntityType.PERSON));
                    continue;
                }
                int personEnd = personRules.fullNameEnd(tokens, lower, covered[s], i);
                if (personEnd > i) {
                    NameCandidate.add(candidates, covered, new NameCandidate(s, i, personEnd, EntityType.PERSON));
                    i = personEnd - 1;
                    continue;
                }
                if (COUNTRY_ABBREVIATIONS.contains(tokens.get(i).text()) && besideLowerCase(tokens, i)
                        && i + 1 < tokens.size() && (Character.isLowerCase(tokens.get(i + 1).text().charAt(0))
                        || personRules.isTitle(lower[i + 1]))) {
                    // "not copy US rules", "US President": the country in capitals, though the document made the model
                    // read "us"; not "US $10 billion" nor "US Customs and Border Protection", a body the model missed
                    NameCandidate.add(candidates, covered, new NameCandidate(s, i, i + 1, EntityType.LOCATION));
                    continue;
                }
                if (CAPITALS_ALSO_SURNAMES.contains(lower[i]) && NerTokens.isCapitalized(tokens.get(i).text())
                        && (i + 1 == tokens.size() || !NerTokens.isCapitalized(tokens.get(i + 1).text()))
                        && (i == 0 || !gazetteer.contains(Gazetteer.NameList.GIVEN, lower[i - 1])
                        && !personRules.isTitle(lower[i - 1]))) {
                    // "“If Washington decides …”": the capital the model passed over inside a quote, not "George
                    // Washington" nor "Washington Post"
                    NameCandidate.add(candidates, covered, new NameCandidate(s, i, i + 1, EntityType.LOCATION));
                    continue;
                }
                int placeEnd = PlaceRules.placeEnd(tokens, places, covered[s], i);
                if (placeEnd <= i) {
                    placeEnd = placeRules.placeOfAMember(tokens, lower, covered[s], i);
                }
                if (placeEnd <= i && ARABIC_PLACE_OPENINGS.contains(tokens.get(i).text()) && i + 1 < tokens.size()
                        && !covered[s][i + 1]) {
                    int word = i + 1;
                    if (word + 2 < tokens.size() && ARABIC_ARTICLES.contains(lower[word]) && lower[word + 1].equals("-")
                            && !covered[s][word + 2]) {
                        word += 2; // "Deir al - Balah", as the tokenizer splits it
                    }
                    String name = tokens.get(word).text();
                    if (NerTokens.isCapitalized(name) && Character.isLetter(name.charAt(0))) {
                        placeEnd = word + 1; // "Deir al-Balah", "Beit Hanoun"
                    }
                }
                if (placeEnd <= i && i > 1 && lower[i - 1].equals("of") && (lower[i - 2].equals("mayor")
                        || SETTLEMENT_WORDS.contains(lower[i - 2]))) {
                    placeEnd = i + 1; // "the acting mayor of Zaporizhzhia", "the town of Irpin"
                    while (placeEnd < tokens.size() && placeEnd - i < 3 && !covered[s][placeEnd]
                            && NerTokens.isCapitalized(tokens.get(placeEnd).text())
                            && !NerTokens.endsWithPossessive(tokens.get(placeEnd - 1).text())) {
                        placeEnd++;
                    }
                }
                if (placeEnd <= i) {
                    placeEnd = placeBeforeRegionWordEnd(tokens, lower, covered[s], i);
                }
                if (placeEnd <= i && isListedTownBeforeBusiness(tokens, lower, i)) {
                    placeEnd = i + 1; // "a Geneva-based trader", "the Geneva firm Beaumont Rossier"
                }
                if (placeEnd <= i && isListedTownAfterPreposition(tokens, lower, i)) {
                    placeEnd = i + 1; // "In Aberdeen, council leaders": a city our lists also hold as a football club
                }
                if (placeEnd > i) {
                    NameCandidate.add(candidates, covered, new NameCandidate(s, i, placeEnd, EntityType.LOCATION));
                    i = placeEnd - 1;
                    continue;
                }
                if (placeRules.isDemonym(tokens.get(i).text(), lower[i])) {
                    NameCandidate.add(candidates, covered, new NameCandidate(s, i, i + 1, EntityType.NATIONALITY));
                }
            }
        }
    }

    /**
     * A point of the compass before a nationality is part of it ("South African households", "West African leaders",
     * "a South Sudanese refugee"), whether the model left the word alone or took it for a place.
     */
    private static void joinCompassDemonyms(List<List<Token>> sentences, List<NameCandidate> candidates,
                                            boolean[][] covered) {
        for (NameCandidate nationality : List.copyOf(candidates)) {
            int before = nationality.start - 1;
            if (nationality.type != EntityType.NATIONALITY || before < 0
                    || !COMPASS_WORDS.contains(sentences.get(nationality.sentence).get(before).text())) {
                continue;
            }
            boolean[] taken = covered[nationality.sentence];
            NameCandidate place = null;
            for (NameCandidate candidate : candidates) {
                if (candidate.sentence == nationality.sentence && candidate.start == before && candidate.end == before + 1) {
                    place = candidate;
                }
            }
            if (place != null && place.type == EntityType.LOCATION || place == null && !taken[before]) {
                candidates.remove(place);
                nationality.start = before;
                taken[before] = true;
            }
        }
    }

    /**
     * A name that an apposition says is a town or a firm is a place or an organization ("Barrow, a town of around
     * 56,000", "Meccanica Ferretti, a family firm in Brescia"): the name the model found before the comma is retyped,
     * or capitalized words it left alone become the name. Returns the names so typed (lower-case key to type), which
     * hold for their other mentions. The kind's noun must end its phrase ("a union official" describes a person).
     */
    private Map<String, EntityType> typeByApposition(List<List<Token>> sentences, List<String[]> lowerSentences,
                                                    List<NameCandidate> candidates, boolean[][] covered) {
        Map<String, EntityType> typed = new HashMap<>();
        for (int s = 0; s < sentences.size(); s++) {
            List<Token> tokens = sentences.get(s);
            String[] lower = lowerSentences.get(s);
            for (int comma = 1; comma + 2 < tokens.size(); comma++) {
                if (!lower[comma].equals(",") || !(lower[comma + 1].equals("a") || lower[comma + 1].equals("an"))) {
                    continue;
                }
                EntityType kind = appositionKind(tokens, lower, comma + 2);
                if (kind == null) {
                    continue;
                }
                NameCandidate named = null;
                for (NameCandidate candidate : candidates) {
                    if (candidate.sentence == s && candidate.end == comma) {
                        named = candidate;
                    }
                }
                if (named == null) {
                    int start = comma;
                    while (start > 0 && comma - start < 3 && !covered[s][start - 1]
                            && isFreeNameWord(tokens, lower, start - 1)
                            && !isPreposition(tokens.get(start - 1))) { // not "[In] Medininkai, a village"
                        start--;
                    }
                    if (start == comma || start > 0 && NerTokens.isCapitalized(tokens.get(start - 1).text())
                            && !isPreposition(tokens.get(start - 1))) {
                        continue;
                    }
                    named = new NameCandidate(s, start, comma, kind);
                    NameCandidate.add(candidates, covered, named);
                } else if (named.type == EntityType.NATIONALITY || named.type == EntityType.DATE) {
                    continue;
                }
                named.type = kind;
                typed.put(NerTokens.key(lower, named.start, named.end), kind);
            }
        }
        return typed;
    }

    /**
     * The type of a town's or a firm's noun that ends the phrase after "a" at {@code from} ("a town of", "a family firm
     * in"), after at most three lower-case words; else null.
     */
    private static EntityType appositionKind(List<Token> tokens, String[] lower, int from) {
        for (int k = from; k < Math.min(tokens.size(), from + 4); k++) {
            if (NerTokens.isCapitalized(tokens.get(k).text()) || isPunctuation(lower[k]) && !lower[k].equals("-")
                    || isPreposition(tokens.get(k))) {
                return null; // not "Mette Kjærgaard, a spokeswoman for the company": she is no company
            }
            boolean town = APPOSITION_TOWNS.contains(lower[k]);
            boolean firm = APPOSITION_FIRMS.contains(lower[k]);
            if (!town && !firm) {
                continue;
            }
            boolean endsPhrase = k + 1 == tokens.size() || PHRASE_ENDS.contains(lower[k + 1])
                    || isPunctuation(lower[k + 1]);
            return !endsPhrase ? null : town ? EntityType.LOCATION : EntityType.ORGANIZATION;
        }
        return null;
    }

    /** A capitalized word no list holds as a common word, title, month or nationality: part of a name. */
    private boolean isFreeNameWord(List<Token> tokens, String[] lower, int i) {
        String text = tokens.get(i).text();
        return NerTokens.isCapitalized(text) && Character.isLetter(text.charAt(0))
                && !gazetteer.contains(Gazetteer.NameList.COMMON, lower[i]) && !personRules.isTitle(lower[i])
                && !gazetteer.contains(Gazetteer.NameList.DEMONYM, lower[i]);
    }

    /**
     * Whether a place of one word is one our lists do not hold, and more than a letter: half of a hyphenated town
     * ("Ust" of "Ust-Luga"), not one of two places ("Belgrade-Pristina talks") nor a party's letter ("R-Texas").
     */
    private boolean isUnlistedPlaceWord(String word, NameCandidate candidate) {
        return candidate.end - candidate.start == 1 && word.length() > 1
                && !gazetteer.contains(Gazetteer.NameList.LOC, NerTokens.lower(word));
    }

    /**
     * A country's abbreviation right before an organization is part of its name ("the [US] [Senate]", "[UK] [Export
     * Finance]"), as news writes the country's own bodies, and so is the UN's or the EU's ("[UN] [Security Council]").
     */
    private static void joinCountryBodies(List<List<Token>> sentences, List<NameCandidate> candidates) {
        for (NameCandidate country : List.copyOf(candidates)) {
            String abbreviation = sentences.get(country.sentence).get(country.start).text();
            boolean unionOfCountries = country.type == EntityType.ORGANIZATION
                    && UNIONS_OF_COUNTRIES.contains(abbreviation);
            if (country.type != EntityType.LOCATION && !unionOfCountries || country.end - country.start != 1
                    || !COUNTRY_ABBREVIATIONS.contains(abbreviation) && !unionOfCountries) {
                continue;
            }
            NameCandidate body = NameCandidate.following(candidates, country);
            if (body != null && body.type == EntityType.ORGANIZATION) {
                candidates.remove(body);
                country.end = body.end;
                country.type = EntityType.ORGANIZATION;
            }
        }
    }

    /**
     * Capitalized words joined by an ampersand, at least one side found as a name, are one body's name ("[Marks] &
     * [Spencer]", "[Franklin] & [Marshall College]"), or one place's when our lists hold it with "and" ("Trinidad &
     * Tobago", and "Jammu and Kashmir" written so); two places or two bodies our lists know stay two ("Russia & China",
     * "Lockheed Martin & Raytheon").
     */
    private void joinAmpersandNames(List<List<Token>> sentences, List<String[]> lowerSentences,
                                    List<NameCandidate> candidates, boolean[][] covered) {
        for (int s = 0; s < sentences.size(); s++) {
            List<Token> tokens = sentences.get(s);
            String[] lower = lowerSentences.get(s);
            for (int amp = 1; amp + 1 < tokens.size(); amp++) {
                boolean and = tokens.get(amp).text().equals("and");
                if (!tokens.get(amp).text().equals("&") && !and || covered[s][amp] || !isCapitalWord(tokens.get(amp - 1))
                        || !isCapitalWord(tokens.get(amp + 1))) {
                    continue;
                }
                NameCandidate left = null;
                NameCandidate right = null;
                for (NameCandidate candidate : candidates) {
                    if (candidate.sentence == s && candidate.end == amp) {
                        left = candidate;
                    } else if (candidate.sentence == s && candidate.start == amp + 1) {
                        right = candidate;
                    }
                }
                if (and && joinInstitutionAfterAnd(tokens, lower, candidates, covered[s], s, left, right, amp)) {
                    continue;
                }
                if ((left == null && right == null) || (left != null && left.type == EntityType.NATIONALITY)
                        || (right != null && right.type == EntityType.NATIONALITY)) {
                    continue;
                }
                int start = left != null ? left.start : amp - 1;
                int end = amp + 1;
                if (right != null) {
                    end = right.end;
                } else {
                    while (end < tokens.size() && end < amp + 4 && !covered[s][end] && isCapitalWord(tokens.get(end))) {
                        end++;
                    }
                }
                String before = NerTokens.key(lower, start, amp);
                String after = NerTokens.key(lower, amp + 1, end);
                String withAnd = before + " and " + after;
                EntityType type;
                if (gazetteer.contains(Gazetteer.NameList.LOC, withAnd)) {
                    type = EntityType.LOCATION;
                } else if (and) {
                    continue; // with "and", only one place of our lists: "Jammu and Kashmir"
                } else if (bothListed(Gazetteer.NameList.LOC, before, after) || bothListed(Gazetteer.NameList.ORG, before,
                        after) || (isListedBody(before) && isListedBody(after))) {
                    continue;
                } else {
                    type = EntityType.ORGANIZATION;
                }
                candidates.remove(left);
                candidates.remove(right);
                NameCandidate.add(candidates, covered, new NameCandidate(s, start, end, type));
            }
        }
    }

    /**
     * Joins an institution found after "and" to the capitalized words before it that open its name ("Turkey's ruling
     * [Justice and Development Party]", "the [Lithuanian Farmers and Greens Union]", "the [Refugee Relief and
     * Repatriation Commission]"): up to three words that no list holds as a name, perhaps after a nationality, which
     * are no name of their own the lists know ("Britain and the Labour Party", "NATO and European Union" stay two).
     */
    private boolean joinInstitutionAfterAnd(List<Token> tokens, String[] lower, List<NameCandidate> candidates,
                                            boolean[] covered, int sentence, NameCandidate left, NameCandidate right,
                                            int and) {
        if (right == null) {
            int end = and + 1;
            while (end < tokens.size() && end - and <= 4 && !covered[end] && isCapitalWord(tokens.get(end))) {
                end++;
            }
            right = new NameCandidate(sentence, and + 1, end, EntityType.ORGANIZATION);
        }
        if (right.type != EntityType.ORGANIZATION || !InstitutionRules.endsAnInstitution(lower[right.end - 1])
                || left != null && (left.type != EntityType.ORGANIZATION || left.start < and - 3
                || isListedBody(NerTokens.key(lower, left.start, and)))) {
            return false;
        }
        int start = left != null ? left.start : and;
        while (left == null && start > 0 && and - start < 3 && !covered[start - 1]
                && isCapitalWord(tokens.get(start - 1))) {
            start--;
        }
        if (start == and || InstitutionRules.endsAnInstitution(lower[and - 1])) {
            return false; // not "the Army and Royal Navy"
        }
        for (int i = start; i < and; i++) {
            if (!NerTokens.isCapitalized(tokens.get(i).text()) || isListedBody(lower[i]) || i == 0 && start == 0
                    || gazetteer.containsAny(lower[i], Gazetteer.NameList.LOC, Gazetteer.NameList.PER,
                    Gazetteer.NameList.GIVEN)) {
                return false; // a word of a name of its own, or the sentence's first word ("Police and Border Guard")
            }
        }
        NameCandidate nationality = null;
        for (NameCandidate candidate : candidates) {
            if (candidate.sentence == right.sentence && candidate.end == start && candidate.start == start - 1
                    && candidate.type == EntityType.NATIONALITY) {
                nationality = candidate;
            }
        }
        if (nationality != null) {
            start--;
        }
        if (start > 0 && (lower[start - 1].equals(",") || isCapitalWord(tokens.get(start - 1))
                && !ARTICLES.contains(lower[start - 1]))) {
            return false; // part of a longer name: "NATO Support and Procurement Agency", "Foreign Affairs, Defence and …"
        }
        candidates.remove(nationality);
        candidates.remove(left);
        if (!candidates.contains(right)) {
            candidates.add(right);
        }
        Arrays.fill(covered, start, right.end, true);
        right.start = start;
        return true;
    }

    /**
     * Cuts the words of an office off a person found right after "Minister of" or "Secretary for" and its capitalized
     * words ("Minister for Defence [Procurement] Helen Carrow" → "Helen Carrow"); false when the words are the office
     * before its holder's name ("Minister of [Maritime Affairs], Stavros Papadakis").
     */
    private boolean trimOfficeWords(List<Token> tokens, String[] lower, NameCandidate candidate) {
        if (candidate.type != EntityType.PERSON) {
            return true;
        }
        int of = candidate.start - 1;
        while (of > 0 && candidate.start - of < 4 && (NerTokens.isCapitalized(tokens.get(of).text())
                || lower[of].equals("the") || lower[of].equals("and"))) {
            of--;
        }
        if (of < 1 || !(lower[of].equals("of") || lower[of].equals("for"))
                || !OFFICE_HEADS.contains(tokens.get(of - 1).text())) {
            return true;
        }
        if (candidate.end - candidate.start > 2
                && personRules.isGivenNameAndSurname(tokens, lower, candidate.end - 2, candidate.end)) {
            candidate.start = candidate.end - 2;
            return true;
        }
        // the office's last words before the holder's name between commas
        return !(candidate.end + 1 < tokens.size() && lower[candidate.end].equals(",")
                && NerTokens.isCapitalized(tokens.get(candidate.end + 1).text()));
    }

    /** A plural's possessive, "Systems'" in "BAE Systems' Warton site". */
    private static boolean isPluralPossessive(String token) {
        return token.length() > 3 && NerTokens.isCapitalized(token) && (token.endsWith("s'") || token.endsWith("s’"));
    }

    /** A word no list holds as a common word, a place's, a body's or a title. */
    private boolean isUnlistedWord(String lower) {
        return !gazetteer.contains(Gazetteer.NameList.COMMON, lower) && !gazetteer.contains(Gazetteer.NameList.LOC, lower)
                && !isListedBody(lower) && !isTitle(lower);
    }

    /**
     * The end of at most three capitalized words from token {@code from} on, a possessive's included ("the Strait of
     * Hormuz's"; unlike PlaceRules' run of a constituency's words, which stops before an owner).
     */
    private static int capitalWordsEnd(List<Token> tokens, int from) {
        int end = from;
        while (end < tokens.size() && end - from < 3 && isCapitalWord(tokens.get(end))) {
            end++;
        }
        return end;
    }

    /** Whether the tagger read a token as a preposition ("In" opening a sentence, "for" in an apposition). */
    private static boolean isPreposition(Token token) {
        return "ADP".equals(token.pos());
    }

    private static boolean isCapitalWord(Token token) {
        return NerTokens.isCapitalized(token.text()) && Character.isLetter(token.text().charAt(0));
    }

    private boolean bothListed(Gazetteer.NameList list, String first, String second) {
        return gazetteer.contains(list, first) && gazetteer.contains(list, second);
    }

    private boolean isListedBody(String name) {
        return gazetteer.contains(Gazetteer.NameList.ORG, name)
                || forcedOrganizations.contains(Gazetteer.NameList.ORG, name);
    }

    /** Two places joined by a hyphen that touches both are one place when our lists know neither ("[Ust]-[Luga]"). */
    private void joinHyphenatedPlaces(List<List<Token>> sentences, List<NameCandidate> candidates, boolean[][] covered) {
        for (NameCandidate first : List.copyOf(candidates)) {
            List<Token> tokens = sentences.get(first.sentence);
            if (first.type != EntityType.LOCATION || !candidates.contains(first)
                    || !NerTokens.isJoiningHyphen(tokens, first.end)) {
                continue;
            }
            NameCandidate second = null;
            for (NameCandidate other : candidates) {
                if (other.sentence == first.sentence && other.start == first.end + 1) {
                    second = other;
                }
            }
            if (first.end + 1 < tokens.size() && DISTRICT_SUFFIXES.contains(tokens.get(first.end + 1).text())
                    && (second == null ? !covered[first.sentence][first.end + 1] : second.end == first.end + 2)) {
                candidates.remove(second);
                Arrays.fill(covered[first.sentence], first.end, first.end + 2, true);
                first.end += 2; // "Osnabrück-Land", "Berlin-Mitte": a city's district or constituency
                continue;
            }
            if (second != null && second.type == EntityType.LOCATION && isUnlistedPlaceWord(tokens.get(first.start).text(),
                    first) && isUnlistedPlaceWord(tokens.get(second.start).text(), second)) {
                candidates.remove(second);
                first.end = second.end;
                covered[first.sentence][second.start - 1] = true;
            }
        }
        // "Ida-Viru County", "Ida-Viru county": a region's name joined by a hyphen, whatever its first half was taken for
        for (NameCandidate region : List.copyOf(candidates)) {
            List<Token> tokens = sentences.get(region.sentence);
            boolean regionWord = region.end < tokens.size() && isRegionWord(tokens.get(region.end))
                    || REGION_WORDS.contains(NerTokens.lower(tokens.get(region.end - 1).text()));
            if (region.type != EntityType.LOCATION || !regionWord || region.start < 2
                    || !NerTokens.isJoiningHyphen(tokens, region.start - 1)) {
                continue;
            }
            int half = region.start - 2;
            NameCandidate first = candidates.stream().filter(c -> c.sentence == region.sentence && c.end == half + 1)
                    .findFirst().orElse(null);
            if (NerTokens.isCapitalized(tokens.get(half).text()) && (first == null && !covered[region.sentence][half]
                    || first != null && first.start == half && first.type != EntityType.NATIONALITY)) {
                candidates.remove(first);
                region.start = half;
                Arrays.fill(covered[region.sentence], half, half + 2, true);
            }
        }
    }

    /**
     * A person or an unlisted place the model found right before a business's last word is that business, with its
     * legal form ("[Varuna Petro] Trading had used", "[Lemanic] Energy SA produced"), and so is a listed place before a
     * word only companies end with ("[El Paso] Energy", "[Qatar] Airways").
     */
    private void extendToBusinessWords(List<List<Token>> sentences, List<String[]> lowerSentences,
                                       List<NameCandidate> candidates, boolean[][] covered) {
        for (NameCandidate candidate : candidates) {
            List<Token> tokens = sentences.get(candidate.sentence);
            String[] lower = lowerSentences.get(candidate.sentence);
            boolean[] taken = covered[candidate.sentence];
            int end = candidate.end;
            if (end >= tokens.size() || taken[end] || !BUSINESS_LAST_WORDS.contains(tokens.get(end).text())) {
                continue;
            }
            String key = NerTokens.key(lower, candidate.start, candidate.end);
            boolean place = candidate.type == EntityType.LOCATION && (PLACE_COMPANY_WORDS.contains(tokens.get(end).text())
                    || !gazetteer.contains(Gazetteer.NameList.LOC, key));
            if (candidate.type != EntityType.PERSON && !place) {
                continue;
            }
            end++;
            if (end < tokens.size() && !taken[end] && LEGAL_FORMS.contains(tokens.get(end).text())) {
                end++;
            }
            if (end == tokens.size() || !NerTokens.isCapitalized(tokens.get(end).text())) {
                Arrays.fill(taken, candidate.end, end, true);
                candidate.end = end;
                candidate.type = EntityType.ORGANIZATION;
            }
        }
    }

    /**
     * A nation's body or party branch written with its nationality is one organization ("the Scottish Government",
     * "the Welsh Conservatives", "Scottish Labour"), and so is a listed organization's branch named by its country after
     * it ("Unison Scotland", "BAE Systems Australia").
     */
    private void joinNationalBranches(List<List<Token>> sentences, List<String[]> lowerSentences,
                                      List<NameCandidate> candidates, boolean[][] covered) {
        for (NameCandidate first : List.copyOf(candidates)) {
            List<Token> tokens = sentences.get(first.sentence);
            String[] lower = lowerSentences.get(first.sentence);
            if (first.type == EntityType.LOCATION && first.end - first.start >= 2
                    && BRANCH_COUNTRIES.contains(core(tokens.get(first.end - 1).text(), false))
                    && forcedOrganizations.contains(Gazetteer.NameList.ORG,
                    NerTokens.key(lower, first.start, first.end - 1))) {
                first.type = EntityType.ORGANIZATION; // the model took "Unison Scotland" for a place
                continue;
            }
            if (!candidates.contains(first) || first.end >= tokens.size()) {
                continue;
            }
            String next = core(tokens.get(first.end).text(), first.end == tokens.size() - 1);
            int end = first.end + 1;
            if (next.equals("Liberal") && end < tokens.size() && tokens.get(end).text().startsWith("Democrat")) {
                end++;
            }
            boolean nationalBody = first.type == EntityType.NATIONALITY && (NATIONAL_BODIES.contains(next)
                    || NATIONAL_PARTIES.contains(next) || next.equals("Liberal") && end == first.end + 2);
            boolean branch = first.type == EntityType.ORGANIZATION && BRANCH_COUNTRIES.contains(next)
                    && forcedOrganizations.contains(Gazetteer.NameList.ORG,
                    NerTokens.key(lower, first.start, first.end));
            if ((nationalBody || branch) && (end == tokens.size() || !NerTokens.isCapitalized(tokens.get(end).text()))) {
                NameCandidate.removeOverlapping(candidates, covered, first.sentence, first.end, end, first);
                first.end = end;
                first.type = EntityType.ORGANIZATION;
                Arrays.fill(covered[first.sentence], first.start, end, true);
            }
        }
    }

    /**
     * The end of a military unit's name that starts with its number at {@code i} ("101st Airborne Division", "23rd
     * Wing", "47th Mechanized Brigade"): the capitalized words after the ordinal up to the last word naming a kind of
     * unit; else -1.
     */
    private static int militaryUnitEnd(List<Token> tokens, int i) {
        if (!ORDINAL.matcher(tokens.get(i).text()).matches()) {
            return -1;
        }
        int end = -1;
        for (int k = i + 1; k < Math.min(tokens.size(), i + 7) && NerTokens.isCapitalized(tokens.get(k).text()); k++) {
            if (UNIT_HEADS.contains(tokens.get(k).text())) {
                end = k + 1;
            }
        }
        return end;
    }

    /**
     * Where a place's name that opens at {@code i} ends when a lower-case word for a region follows it ("the Hiraan
     * region", "Ida-Viru county"): one capitalized proper noun, or two joined by a hyphen; {@code i} when none does.
     */
    private int placeBeforeRegionWordEnd(List<Token> tokens, String[] lower, boolean[] covered, int i) {
        int end = i + 1;
        if (end + 1 < tokens.size() && NerTokens.isJoiningHyphen(tokens, end) && !covered[end + 1]
                && NerTokens.isCapitalized(tokens.get(end + 1).text())) {
            end += 2;
        }
        boolean name = NerTokens.isCapitalized(tokens.get(i).text()) && NerTokens.isProperNoun(tokens.get(i))
                && !ALL_CAPITALS.matcher(tokens.get(i).text()).matches()
                && !placeRules.isDemonym(tokens.get(i).text(), lower[i]);
        return name && end < tokens.size() && isRegionWord(tokens.get(end)) ? end : i;
    }

    private static boolean isRegionWord(Token token) {
        return REGION_WORDS.contains(token.text());
    }

    /**
     * Whether the one capitalized word at {@code i} is a place of our lists that says where a business is: a city or a
     * place before "-based" ("a Geneva-based trader"), a city that is also a place between an article and a company's
     * noun ("the Geneva firm"), whatever else the lists hold it as.
     */
    private boolean isListedTownBeforeBusiness(List<Token> tokens, String[] lower, int i) {
        boolean city = gazetteer.contains(Gazetteer.NameList.CITY, lower[i]);
        boolean place = gazetteer.contains(Gazetteer.NameList.LOC, lower[i]);
        boolean based = i + 2 < tokens.size() && lower[i + 1].equals("-") && lower[i + 2].equals("based");
        boolean firm = i > 0 && (lower[i - 1].equals("the") || lower[i - 1].equals("a")) && i + 1 < tokens.size()
                && COMPANY_NOUNS.contains(tokens.get(i + 1).text());
        // "a Düsseldorf-based group", "a Zurich-based advocacy group": one list is enough before "-based"
        return based && (city || place) || firm && city && place;
    }

    /**
     * Whether the one capitalized word at {@code i} is a city of our lists right after a preposition of place and
     * before no other capitalized word ("in Aberdeen,", not "in Aberdeen City Council"), also when the lists hold the
     * word as an organization too.
     */
    private boolean isListedTownAfterPreposition(List<Token> tokens, String[] lower, int i) {
        String word = lower[i];
        return i > 0 && PLACE_PREPOSITIONS.contains(lower[i - 1]) && gazetteer.contains(Gazetteer.NameList.CITY, word)
                && (gazetteer.contains(Gazetteer.NameList.LOC, word) || !gazetteer.contains(Gazetteer.NameList.ORG, word))
                && !gazetteer.contains(Gazetteer.NameList.GIVEN, word) && !gazetteer.contains(Gazetteer.NameList.COMMON, word)
                && !gazetteer.contains(Gazetteer.NameList.DEMONYM, word) && !LANGUAGES.contains(word)
                && (i + 1 == tokens.size() || !NerTokens.isCapitalized(tokens.get(i + 1).text()));
    }

    /**
     * The end of a city's name of our lists written with hyphens that starts at {@code i}, its parts touching
     * ("Ivano-Frankivsk", "Aix-en-Provence"), or -1. Names without a hyphen are the model's to find.
     */
    private int hyphenatedCityEnd(List<Token> tokens, String[] lower, int i) {
        int best = -1;
        for (int end = i + 3; end <= Math.min(tokens.size(), i + 5); end += 2) {
            if (!NerTokens.isJoiningHyphen(tokens, end - 2)) {
                break;
            }
            if (NerTokens.isCapitalized(tokens.get(end - 1).text())
                    && gazetteer.contains(Gazetteer.NameList.CITY, NerTokens.key(lower, i, end))) {
                best = end;
            }
        }
        return best;
    }

    /**
     * Whether the letter X at {@code i} is the social network: after "on" and before a lower-case word or a stop
     * ("posted on X on Friday"), or before "formerly Twitter".
     */
    private static boolean isThePlatformX(List<Token> tokens, String[] lower, int i) {
        if (!tokens.get(i).text().equals("X")) {
            return false;
        }
        boolean formerly = i + 2 < tokens.size() && lower[i + 2].equals("formerly")
                || i + 1 < tokens.size() && lower[i + 1].equals("formerly");
        boolean afterOn = i > 0 && lower[i - 1].equals("on") && (i + 1 == tokens.size()
                || !NerTokens.isCapitalized(tokens.get(i + 1).text()) && !tokens.get(i + 1).text().startsWith("-"));
        return formerly || afterOn;
    }

    /** Whether a word next to token {@code i} has a lower-case letter: the sentence is not written in capitals. */
    private static boolean besideLowerCase(List<Token> tokens, int i) {
        for (int j = Math.max(0, i - 1); j <= Math.min(tokens.size() - 1, i + 1); j++) {
            if (j != i && !tokens.get(j).text().equals(tokens.get(j).text().toUpperCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Removes the names of storms, which are no one's and no place ("Hurricane Rita", "Typhoon Haiyan", "Storm Ciara"),
     * and the storm's name alone anywhere in the document ("Rita was extremely dangerous"). A storm word inside a
     * body's name is left alone ("the National Hurricane Center"): it must not follow a capitalized word.
     */
    private static void removeStorms(List<List<Token>> sentences, List<String[]> lowerSentences,
                                     List<NameCandidate> candidates) {
        Set<String> storms = new HashSet<>();
        for (int s = 0; s < sentences.size(); s++) {
            List<Token> tokens = sentences.get(s);
            String[] lower = lowerSentences.get(s);
            for (int i = 0; i + 1 < tokens.size(); i++) {
                boolean stormWord = STORM_WORDS.contains(lower[i]) || lower[i].equals("storm")
                        && (i > 0 && lower[i - 1].equals("tropical") || tokens.get(i).text().equals("Storm"));
                String next = tokens.get(i + 1).text();
                if (stormWord && NerTokens.isCapitalized(next) && !HEADS_OF_ORGANIZATIONS_ONLY.contains(next)
                        && !next.equals("Center") && !next.equals("Centre") && !next.equals("Season")
                        && (i == 0 || !NerTokens.isCapitalized(tokens.get(i - 1).text())
                        || lower[i - 1].equals("tropical"))) {
                    storms.add(lower[i + 1]);
                }
            }
        }
        if (storms.isEmpty()) {
            return;
        }
        candidates.removeIf(candidate -> {
            String[] lower = lowerSentences.get(candidate.sentence);
            int last = candidate.end - 1;
            boolean named = storms.contains(lower[last]) && (candidate.end - candidate.start == 1
                    || STORM_WORDS.contains(lower[candidate.start]) || lower[candidate.start].equals("storm")
                    || lower[candidate.start].equals("tropical"));
            boolean after = candidate.start > 0 && storms.contains(lower[candidate.start])
                    && (STORM_WORDS.contains(lower[candidate.start - 1]) || lower[candidate.start - 1].equals("storm"));
            return candidate.type != EntityType.NATIONALITY && (named || after);
        });
    }

    /**
     * The first word of a site's name alone is that site elsewhere in the document ("Moody Air Force Base" …
     * "[Moody]'s commander"), also when our lists hold a company of that name with its 's (the rating agency).
     */
    private static void placeShortFormsOfSites(List<List<Token>> sentences, List<String[]> lowerSentences,
                                               List<String[]> coreSentences, List<NameCandidate> candidates) {
        Set<String> sites = new HashSet<>();
        for (NameCandidate candidate : candidates) {
            List<Token> tokens = sentences.get(candidate.sentence);
            if (candidate.type == EntityType.LOCATION && PlaceRules.isFacility(tokens, candidate)
                    && !PlaceRules.opensFacility(tokens, candidate)) {
                sites.add(lowerSentences.get(candidate.sentence)[candidate.start]);
            }
        }
        if (sites.isEmpty()) {
            return;
        }
        for (NameCandidate candidate : candidates) {
            String token = sentences.get(candidate.sentence).get(candidate.start).text();
            if (candidate.end - candidate.start == 1 && candidate.type != EntityType.LOCATION
                    && candidate.type != EntityType.NATIONALITY && sites.contains(NerTokens.lower(core(token, false)))) {
                candidate.type = EntityType.LOCATION;
                coreSentences.get(candidate.sentence)[candidate.start] = core(token, false); // the site's 's is no name's
            }
        }
    }

    /**
     * A broadcaster's station number is part of its name ("BBC Radio 4", "Channel 4"), and a name opening with "Les"
     * that someone told something is a paper's, with the capitalized words after it ("told Les Echos").
     */
    private static void completeOutletName(List<Token> tokens, String[] lower, NameCandidate candidate,
                                           List<NameCandidate> candidates) {
        if (candidate.type == EntityType.ORGANIZATION && candidate.end < tokens.size()
                && BROADCAST_WORDS.contains(tokens.get(candidate.end - 1).text())
                && PersonRules.OUTLET_NUMBER.matcher(tokens.get(candidate.end).text()).matches()) {
            candidate.end++;
        }
        if (candidate.start > 0 && candidate.type != EntityType.NATIONALITY
                && OUTLET_ARTICLES.contains(tokens.get(candidate.start).text())
                && PersonRules.TOLD.contains(lower[candidate.start - 1])) {
            candidate.type = EntityType.ORGANIZATION;
            while (candidate.end < tokens.size() && candidate.end - candidate.start < 4
                    && !NameCandidate.startsCandidate(candidates, candidate.sentence, candidate.end)
                    && isCapitalWord(tokens.get(candidate.end))) {
                candidate.end++;
            }
        }
    }

    /** "when the Finance Bill returns": a bill before Parliament, no one called Bill. */
    private static boolean isNamedBill(List<Token> tokens, NameCandidate candidate) {
        return candidate.type == EntityType.PERSON && candidate.end - candidate.start == 1 && candidate.start > 1
                && tokens.get(candidate.start).text().equals("Bill")
                && isCapitalWord(tokens.get(candidate.start - 1))
                && tokens.get(candidate.start - 2).text().equalsIgnoreCase("the");
    }

    /** "Brent crude", "a discount to Brent": the oil benchmark, no one's or no place's name ("Brent Hayes" is). */
    private static boolean isOilBenchmark(List<Token> tokens, NameCandidate candidate) {
        return candidate.end - candidate.start == 1 && tokens.get(candidate.start).text().equals("Brent")
                && (candidate.end == tokens.size() || !NerTokens.isCapitalized(tokens.get(candidate.end).text()));
    }

    /** "Abrams tanks", "Caesar howitzers", "Bradley fighting vehicles": a weapon's name is no one's. */
    private boolean namesAWeapon(String[] lower, NameCandidate candidate) {
        if (lower[candidate.end - 1].equals("class") || lower[candidate.end - 1].equals("-class")) {
            return true; // "[Collins-class] submarines"
        }
        if (candidate.type != EntityType.PERSON
                && WEAPON_NAMES.contains(NerTokens.key(lower, candidate.start, candidate.end))) {
            return true; // "systems such as the Patriot"
        }
        if (candidate.start > 0 && WEAPON_NAMES.contains(NerTokens.key(lower, candidate.start - 1, candidate.end))
                || candidate.end < lower.length
                && WEAPON_NAMES.contains(NerTokens.key(lower, candidate.start, candidate.end + 1))) {
            return true; // "David's [Sling]", "[Iron] Dome"
        }
        int next = candidate.end;
        if (next < lower.length && (lower[next].equals("-class") || lower[next].equals("-")
                && next + 1 < lower.length && lower[next + 1].equals("class"))) {
            return true; // "three [American Virginia]-class submarines": a class of ships
        }
        if (next < lower.length && lower[next].equals("fighting")) {
            next++;
        }
        String name = NerTokens.key(lower, candidate.start, candidate.end);
        // the maker stays a maker ("Lockheed Martin systems", "Raytheon missiles")
        boolean maker = forcedOrganizations.contains(Gazetteer.NameList.ORG, name)
                || candidate.type == EntityType.ORGANIZATION && gazetteer.contains(Gazetteer.NameList.ORG, name);
        return next < lower.length && WEAPONS.contains(lower[next]) && candidate.type != EntityType.NATIONALITY
                && !maker && !placeRules.isKnownPlaceOnly(name);
    }

    /**
     * The person found right after one or two free name words from {@code start} ("Saad Rehman [Khattak]"), else null.
     */
    private NameCandidate personStartingAfterNameWords(List<Token> tokens, String[] lower, boolean[] covered,
                                                       List<NameCandidate> candidates, int sentence, int start) {
        int end = start;
        while (end < tokens.size() && end - start < 2 && !covered[end] && NerTokens.isCapitalized(tokens.get(end).text())
                && !isTitle(lower[end]) && !gazetteer.contains(Gazetteer.NameList.LOC, lower[end])
                && !gazetteer.contains(Gazetteer.NameList.COMMON, lower[end])) {
            end++;
        }
        for (NameCandidate candidate : candidates) {
            if (end > start && candidate.sentence == sentence && candidate.start == end
                    && candidate.type == EntityType.PERSON) {
                return candidate;
            }
        }
        return null;
    }

    /**
     * Types the form of a name tells: a middle word with a patronymic's ending makes a person ("Serhiy Oleksandrovych
     * Koval", "Vadim Nikolayevich Krasnov"); a lone acronym is no person, in a text that is not all capitals ("the
     * Istanbul-based think tank EDAM"); a word no list of people knows that said something in its application or a
     * statement is a body ("Eskom said in its application").
     */
    private void retypeByForm(List<List<Token>> sentences, List<String[]> lowerSentences, boolean capitalized,
                              List<NameCandidate> candidates) {
        for (NameCandidate candidate : candidates) {
            List<Token> tokens = sentences.get(candidate.sentence);
            String[] lower = lowerSentences.get(candidate.sentence);
            if (candidate.type != EntityType.PERSON && candidate.type != EntityType.NATIONALITY
                    && candidate.end - candidate.start == 3
                    && PATRONYMIC.matcher(tokens.get(candidate.start + 1).text()).matches()) {
                candidate.type = EntityType.PERSON;
            } else if (candidate.type == EntityType.PERSON && candidate.end - candidate.start == 1 && capitalized
                    && ALL_CAPITALS.matcher(tokens.get(candidate.start).text()).matches()) {
                candidate.type = EntityType.ORGANIZATION;
            } else if (candidate.type == EntityType.PERSON && candidate.end - candidate.start == 1
                    && (HEADS_OF_ORGANIZATIONS_ONLY.contains(tokens.get(candidate.start).text())
                    || tokens.get(candidate.start).text().equals("Office"))) {
                candidate.type = EntityType.ORGANIZATION; // "… Representative [Office]": no one is called "Office"
            } else if ((candidate.type == EntityType.ORGANIZATION || candidate.type == EntityType.PERSON)
                    && candidate.end < tokens.size() && isRegionWord(tokens.get(candidate.end))
                    && !ALL_CAPITALS.matcher(tokens.get(candidate.end - 1).text()).matches()) {
                candidate.type = EntityType.LOCATION; // "refiners in Shandong province": the province, not the airline
            } else if (candidate.type == EntityType.ORGANIZATION && candidate.end - candidate.start == 1
                    && isListedTownAfterPreposition(tokens, lower, candidate.start)
                    && !forcedOrganizations.contains(Gazetteer.NameList.ORG, lower[candidate.start])) {
                candidate.type = EntityType.LOCATION; // "in Linköping, where": the town, not its football club
            } else if (candidate.type == EntityType.LOCATION && candidate.end - candidate.start == 2
                    && candidate.start > 0 && personRules.isTitle(lower[candidate.start - 1])
                    && NerTokens.isCapitalized(tokens.get(candidate.start - 1).text())
                    && gazetteer.contains(Gazetteer.NameList.GIVEN, lower[candidate.start])
                    && !gazetteer.contains(Gazetteer.NameList.LOC, lower[candidate.start])
                    && !STREET_HEADS.contains(tokens.get(candidate.end - 1).text())) {
                // "US District Judge Ellen Park": a given name after a title names a person, not "Former Tennessee"
                candidate.type = EntityType.PERSON;
            } else if (candidate.type == EntityType.LOCATION && candidate.end - candidate.start > 1
                    && PLACE_COMPANY_WORDS.contains(tokens.get(candidate.end - 1).text())
                    && gazetteer.contains(Gazetteer.NameList.LOC,
                    NerTokens.key(lower, candidate.start, candidate.end - 1))) {
                candidate.type = EntityType.ORGANIZATION; // "the Moscow Exchange", "Qatar Airways": the company
            } else if (candidate.type == EntityType.PERSON && candidate.end - candidate.start == 1
                    && TOWN_BY_ENDING.matcher(tokens.get(candidate.start).text()).matches()) {
                candidate.type = EntityType.LOCATION; // "into Alexandroupolis": a town by its ending
            } else if (candidate.type == EntityType.PERSON && candidate.end - candidate.start == 1 && candidate.start > 0
                    && tokens.get(candidate.start - 1).text().equals("the") && !lower[candidate.start].endsWith("s")
                    && (candidate.end == tokens.size() || !isCapitalWord(tokens.get(candidate.end))
                    && !ADJECTIVE_HEADS.contains(tokens.get(candidate.end).pos()))) {
                candidate.type = EntityType.LOCATION; // "shipyards on the Clyde": no one's name goes after "the"
            } else if ((candidate.type == EntityType.ORGANIZATION || candidate.type == EntityType.PERSON)
                    && PlaceRules.isFacility(tokens, candidate)) {
                candidate.type = EntityType.LOCATION; // "Moody Air Force Base", "Fort Bragg": a site, a place
            } else if (candidate.type == EntityType.PERSON && (isCompanyByForm(tokens, candidate)
                    || candidate.end - candidate.start == 1
                    && institutionRules.isBodyStating(tokens, lower, candidate.start))) {
                candidate.type = EntityType.ORGANIZATION;
            }
        }
    }

    private boolean isListedPersonWord(String lower) {
        return gazetteer.contains(Gazetteer.NameList.PER, lower) || gazetteer.contains(Gazetteer.NameList.SURNAME, lower)
                || gazetteer.contains(Gazetteer.NameList.GIVEN, lower);
    }

    /**
     * Whether a "person" of two words or more is an Arabic place's name: it opens with a word only places' names open
     * with ("Deir al-Balah", "Beit Hanoun", "Bab el-Mandeb"), or with one that people's names open with too ("Khan",
     * "El", "Al", "Ain") right after a preposition of place ("in Khan Younis", "off El Arish").
     */
    private boolean isArabicPlaceName(List<Token> tokens, String[] lower, NameCandidate candidate) {
        if (candidate.end - candidate.start < 2) {
            return false;
        }
        String first = tokens.get(candidate.start).text();
        if (ARABIC_PLACE_OPENINGS.contains(first)) {
            return true;
        }
        int before = candidate.start - 1;
        if (first.equals("El") && candidate.end - candidate.start == 2
                && !NerTokens.isJoiningHyphen(tokens, candidate.start + 1)
                && !isListedPersonWord(lower[candidate.start + 1]) && (before < 0 || !personRules.isTitle(lower[before])
                && !gazetteer.contains(Gazetteer.NameList.GIVEN, lower[before])
                && !COMPANY_NOUNS.contains(tokens.get(before).text()))) {
            // "fleeing El Fasher": no list knows the word as a person's, and no title, given name or outlet's noun
            // ("the Bogotá daily El Tiempo") comes first
            return true;
        }
        if (!ARABIC_PLACE_OR_NAME_OPENINGS.contains(first) || before < 0) {
            return false;
        }
        if ((PLACE_PREPOSITIONS.contains(lower[before]) || SITE_PREPOSITIONS.contains(lower[before]))
                && !lower[before].equals("to")) {
            return true; // not "according to El-Amrani"
        }
        // "in Deir al-Balah and Khan Younis": after "and" or a comma that ends another Arabic place's name
        boolean joined = lower[before].equals("and") || lower[before].equals(",");
        for (int k = Math.max(0, before - 4); joined && k < before; k++) {
            if (ARABIC_PLACE_OPENINGS.contains(tokens.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPunctuation(String token) {
        return token.codePoints().noneMatch(Character::isLetterOrDigit);
    }

    /**
     * Whether what the model took for a person is a business by the words around it: a company's noun right before
     * ("farmers' association Liga Agricola"), a business's last word ("Danube Grain Logistics", "Dobrogea Bulk
     * Terminals"), or "which operates" after it ("Kuzey Denizcilik, which operates …").
     */
    private static boolean isCompanyByForm(List<Token> tokens, NameCandidate candidate) {
        if (candidate.start > 0 && COMPANY_NOUNS.contains(tokens.get(candidate.start - 1).text())) {
            return true;
        }
        if (candidate.end - candidate.start > 1 && BUSINESS_LAST_WORDS.contains(tokens.get(candidate.end - 1).text())) {
            return true;
        }
        return candidate.end + 2 < tokens.size() && tokens.get(candidate.end).text().equals(",")
                && tokens.get(candidate.end + 1).text().equals("which")
                && BUSINESS_VERBS.contains(tokens.get(candidate.end + 2).text());
    }

    /**
     * A name our organization list holds, and no list of places or people, is an organization though the model took it
     * for a place ("Gazprom, in a statement on its Telegram channel, said").
     */
    private void retypeListedOrganizations(List<List<Token>> sentences, List<String[]> lowerSentences,
                                           List<NameCandidate> candidates) {
        for (NameCandidate candidate : candidates) {
            if (candidate.type != EntityType.LOCATION) {
                continue; // a person keeps the name: "Senator Baker", "Mr Ford"
            }
            String key = NerTokens.key(lowerSentences.get(candidate.sentence), candidate.start, candidate.end);
            List<Token> tokens = sentences.get(candidate.sentence);
            if (gazetteer.isOrganizationOnly(key)
                    && (candidate.end == tokens.size() || !isRegionWord(tokens.get(candidate.end)))) {
                candidate.type = EntityType.ORGANIZATION;
            }
        }
    }

    /**
     * One type per name: each surface form takes its majority type (longer mentions weigh more), a single word
     * that is the surname of a person named in full is that person, and a "person" of one word that opens an
     * organization's name of the document, no given name, is that organization ("Wagner" after "the Wagner Group"), as
     * is an acronym that an organization's name defines in brackets wherever it stands.
     */
    private void unifyTypes(List<List<Token>> sentences, List<String[]> lowerSentences, List<NameCandidate> candidates) {
        placesNamedAlone(lowerSentences, candidates);
        Map<String, Map<EntityType, Integer>> votes = new HashMap<>();
        Map<String, Boolean> surnames = new HashMap<>();
        Set<String> bodiesFirstWords = new HashSet<>();
        Set<String> definedAcronyms = new HashSet<>();
        for (NameCandidate candidate : candidates) {
            if (candidate.type == EntityType.NATIONALITY) {
                continue;
            }
            String[] lower = lowerSentences.get(candidate.sentence);
            votes.computeIfAbsent(NerTokens.key(lower, candidate.start, candidate.end), k -> new HashMap<>())
                    .merge(candidate.type, 1, Integer::sum);
            if (candidate.type == EntityType.PERSON && candidate.end - candidate.start > 1) {
                surnames.put(lower[candidate.end - 1], true);
            }
            if (candidate.type == EntityType.ORGANIZATION && candidate.end - candidate.start > 1) {
                bodiesFirstWords.add(lower[candidate.start]);
                List<Token> tokens = sentences.get(candidate.sentence);
                int open = candidate.end;
                if (open + 2 < tokens.size() && lower[open].equals("(") && lower[open + 2].equals(")")) {
                    definedAcronyms.add(lower[open + 1]);
                }
            }
        }
        for (NameCandidate candidate : candidates) {
            if (candidate.type == EntityType.NATIONALITY) {
                continue;
            }
            String[] lower = lowerSentences.get(candidate.sentence);
            String key = NerTokens.key(lower, candidate.start, candidate.end);
            if (PlaceRules.SEATS.contains(key)) {
                continue;
            }
            if (candidate.end - candidate.start == 1 && surnames.containsKey(key)) {
                candidate.type = EntityType.PERSON;
                continue;
            }
            if (candidate.end - candidate.start == 1 && definedAcronyms.contains(key)) {
                candidate.type = EntityType.ORGANIZATION; // "… Regulator of South Africa (Nersa)": every Nersa after
                continue;
            }
            if (candidate.end - candidate.start == 1 && candidate.type == EntityType.PERSON
                    && bodiesFirstWords.contains(key) && !gazetteer.contains(Gazetteer.NameList.GIVEN, key)) {
                candidate.type = EntityType.ORGANIZATION; // "the Wagner Group … Wagner, which first deployed"
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

    /**
     * A place that is also a given name ("Jordan", "Chad", "Georgia"), written alone, is the place throughout a document
     * where one of its mentions follows a preposition of place ("aid to Jordan") and no person of two or more words
     * carries the name: the model, seeing a given name, took "Jordan has stood with us" for a person nine times. So is
     * a town of our lists named as one ("the Port of Darwin", "the town of Bakhmut"): "Darwin is where US Marines
     * rotate".
     */
    private void placesNamedAlone(List<String[]> lowerSentences, List<NameCandidate> candidates) {
        Set<String> personWords = new HashSet<>();
        Set<String> placed = new HashSet<>();
        Set<String> towns = new HashSet<>();
        for (NameCandidate candidate : candidates) {
            String[] lower = lowerSentences.get(candidate.sentence);
            if (candidate.type == EntityType.PERSON && candidate.end - candidate.start > 1) {
                personWords.addAll(Arrays.asList(lower).subList(candidate.start, candidate.end));
            }
            if (candidate.end - candidate.start == 1 && candidate.start > 0
                    && PLACE_PREPOSITIONS.contains(lower[candidate.start - 1])) {
                placed.add(lower[candidate.start]);
            }
            int last = candidate.end - 1;
            if (last > 1 && lower[last - 1].equals("of") && SETTLEMENT_WORDS.contains(lower[last - 2])) {
                towns.add(lower[last]); // "the [Port of Darwin]", "the town of [Bakhmut]"
            }
        }
        for (NameCandidate candidate : candidates) {
            String key = lowerSentences.get(candidate.sentence)[candidate.start];
            if (candidate.type == EntityType.PERSON && candidate.end - candidate.start == 1
                    && !personWords.contains(key)
                    && (placed.contains(key) && gazetteer.contains(Gazetteer.NameList.LOC, key)
                    || towns.contains(key) && gazetteer.contains(Gazetteer.NameList.CITY, key))) {
                candidate.type = EntityType.LOCATION;
            }
        }
    }

    /**
     * A person's given name alone speaks for them where the text calls them by it ("Energy Minister Arief Santoso said
     * … “…,” Arief told reporters"), as Indonesian, Arab and some other news does: the given name of a person of two or
     * more words found in the document, right before a speech verb, is that person.
     */
    private void addGivenNamesThatSpeak(List<List<Token>> sentences, List<String[]> lowerSentences, List<String[]> surfaces,
                                        List<NameCandidate> candidates, boolean[][] covered) {
        Set<String> givenNames = new HashSet<>();
        for (NameCandidate candidate : candidates) {
            if (candidate.type == EntityType.PERSON && candidate.end - candidate.start > 1) {
                String first = surfaces.get(candidate.sentence)[candidate.start];
                String lower = lowerSentences.get(candidate.sentence)[candidate.start];
                if (!PersonRules.EAST_ASIAN_FAMILY_NAMES.contains(first) && !PersonRules.CHINESE_FAMILY_NAMES.contains(first)
                        && !gazetteer.contains(Gazetteer.NameList.LOC, lower)
                        && !gazetteer.contains(Gazetteer.NameList.ORG, lower)
                        && !gazetteer.contains(Gazetteer.NameList.COMMON, lower) && !isTitle(lower)) {
                    givenNames.add(first);
                }
            }
        }
        for (int s = 0; s < sentences.size() && !givenNames.isEmpty(); s++) {
            String[] lower = lowerSentences.get(s);
            for (int i = 0; i + 1 < lower.length; i++) {
                if (!covered[s][i] && givenNames.contains(surfaces.get(s)[i]) && SpeechVerbs.isSpeechVerb(lower[i + 1])
                        && (i == 0 || !NerTokens.isCapitalized(sentences.get(s).get(i - 1).text()))) {
                    NameCandidate.add(candidates, covered, new NameCandidate(s, i, i + 1, EntityType.PERSON));
                }
            }
        }
    }

    /** Finds the other mentions of names already found (and of people's surnames) that the model missed. */
    private void propagate(List<List<Token>> sentences, List<String[]> lowerSentences, List<String[]> surfaces,
                           List<NameCandidate> candidates, boolean[][] covered) {
        Map<String, EntityType> names = new HashMap<>();
        Map<String, Boolean> prefixes = new HashMap<>();
        for (NameCandidate candidate : candidates) {
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
                if (PersonRules.EAST_ASIAN_FAMILY_NAMES.contains(first)
                        && PersonRules.isSyllableAfterHyphen(tokens, candidate.start + 2)
                        || PersonRules.CHINESE_FAMILY_NAMES.contains(first) && candidate.end - candidate.start == 2) {
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
                if (bestType == null || NerTokens.continuesName(tokens, bestEnd)
                        && !NerTokens.endsWithPossessive(tokens.get(bestEnd - 1).text())
                        || NerTokens.continuesName(tokens, i - 1) && i > 1) {
                    continue;
                }
                // "… al-Otaibi told reporters" after "Khalid bin Saad al-Otaibi": the article goes with the surname
                int start = bestType == EntityType.PERSON && i >= 2 && lower[i - 1].equals("-")
                        && ARABIC_ARTICLES.contains(lower[i - 2]) && !covered[s][i - 2] ? i - 2 : i;
                NameCandidate.add(candidates, covered, new NameCandidate(s, start, bestEnd, bestType));
                i = bestEnd - 1;
            }
        }
    }

    private static void putName(Map<String, EntityType> names, Map<String, Boolean> prefixes, String[] lower,
                                int start, int end, EntityType type) {
        names.putIfAbsent(NerTokens.key(lower, start, end), type);
        for (int e = start + 1; e < end; e++) {
            prefixes.put(NerTokens.key(lower, start, e), true);
        }
    }

    private static List<Mention> mentions(List<List<Token>> sentences, List<String[]> cores,
                                          List<NameCandidate> candidates) {
        candidates.sort(Comparator.<NameCandidate>comparingInt(c -> c.sentence).thenComparingInt(c -> c.start));
        List<Mention> mentions = new ArrayList<>(candidates.size());
        int lastEnd = -1;
        for (NameCandidate candidate : candidates) {
            List<Token> tokens = sentences.get(candidate.sentence);
            int start = tokens.get(candidate.start).start();
            Token last = tokens.get(candidate.end - 1);
            // a state's abbreviation keeps its stop, also at a sentence's end ("LAKE CHARLES, La. —")
            int end = candidate.type == EntityType.LOCATION && UsStates.isAbbreviation(last.text()) ? last.end()
                    : last.start() + cores.get(candidate.sentence)[candidate.end - 1].length();
            if (start >= lastEnd && end > start) {
                mentions.add(new Mention(start, end, candidate.type));
                lastEnd = end;
            }
        }
        return mentions;
    }
}
