package crosscheck.nlp;

import crosscheck.model.Entity;
import crosscheck.model.EntityCluster;
import crosscheck.model.EntityType;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Groups the mentions of one document into entity clusters: "Antony Blinken", "Blinken" and "Blinken's";
 * "Labour Party" and "Labour"; "US Congress" and "Congress"; "European Union" and "EU". Names get one type per
 * surface form (the majority of its mentions); values (money, percentages, dates) cluster by their normalised text.
 * Thread-safe (stateless).
 */
public final class EntityClusterer {
    private static final Pattern POSSESSIVE = Pattern.compile("(?:['’]s|['’])$");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** The Arabic article joined to a surname by a hyphen ("al-Obaidi", "El-Sisi", "as-Sudani"). */
    private static final Pattern ARABIC_ARTICLE = Pattern.compile("^(?:[Aa]l|[Ee]l|[Aa][dnrstz]|[Aa]sh)-(?=\\p{Lu})");
    /** Words that say whose institution it is ("US Congress", "the British Parliament"), not which one. */
    private static final Set<String> COUNTRY_MODIFIERS = Set.of("us", "u.s.", "usa", "uk", "u.k.", "britain", "british",
            "america", "american", "the", "eu", "european", "russia", "russian", "ukraine", "ukrainian", "france", "french",
            "germany", "german", "china", "chinese", "israel", "israeli", "federal", "national");
    /**
     * An abbreviation as a document defines it: capitals, perhaps with digits, a plus or an ampersand ("BOTAŞ"), or
     * small letters between capitals ("AfD", "PiS").
     */
    private static final Pattern ABBREVIATION = Pattern.compile(
            "\\p{Lu}[\\p{Lu}\\d&+-]{1,9}|\\p{Lu}[\\p{L}\\d&+-]{0,8}\\p{Lu}");
    private static final Pattern OPENING_BRACKET = Pattern.compile("\\s*\\(\\s*");
    private static final Set<String> ACRONYM_SKIP = Set.of("of", "the", "and", "for", "on", "in", "&");

    /** The entities and clusters of a document; clusters carry no links yet. */
    public record Result(List<Entity> entities, List<EntityCluster> clusters) {
        public Result {
            entities = List.copyOf(entities);
            clusters = List.copyOf(clusters);
        }
    }

    private static final class Group {
        final EntityType type;
        final List<Integer> members = new ArrayList<>();
        String name;
        List<String> words;

        Group(EntityType type, String name) {
            this.type = type;
            rename(name);
        }

        void rename(String newName) {
            name = newName;
            words = Arrays.asList(WHITESPACE.split(newName));
        }
    }

    public Result cluster(String text, List<Mention> mentions) {
        List<Mention> sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparingInt(Mention::start));
        List<String> keys = new ArrayList<>(sorted.size());
        for (Mention mention : sorted) {
            keys.add(key(text.substring(mention.start(), mention.end())));
        }
        EntityType[] types = unifyNameTypes(sorted, keys);
        Map<String, Integer> definedAbbreviations = definedAbbreviations(text, sorted, keys, types);

        // Longest names first, so that short forms find the full form they abbreviate.
        Integer[] order = new Integer[sorted.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt((Integer i) -> -keys.get(i).split(" ").length)
                .thenComparingInt(i -> -keys.get(i).length()).thenComparingInt(i -> i));

        List<Group> groups = new ArrayList<>();
        Map<String, Group> byExactKey = new HashMap<>();
        Group[] groupOf = new Group[sorted.size()];
        for (int index : order) {
            EntityType type = types[index];
            String key = keys.get(index);
            String exact = type + "|" + key.toLowerCase(Locale.ROOT);
            Group group = byExactKey.get(exact);
            Integer fullForm = definedAbbreviations.get(key.toLowerCase(Locale.ROOT));
            if (group == null && fullForm != null && groupOf[fullForm] != null && groupOf[fullForm].type == type) {
                group = groupOf[fullForm]; // "the Energy Market Regulatory Authority (EPDK)": its letters need not match
            }
            if (group == null && type.isName()) {
                group = findLongerForm(groups, type, key, sorted.get(index).start(), groupOf, sorted);
            }
            if (group == null) {
                group = new Group(type, key);
                groups.add(group);
            }
            byExactKey.putIfAbsent(exact, group);
            group.members.add(index);
            groupOf[index] = group;
        }
        return build(text, sorted, groupOf, groups);
    }

    /**
     * The abbreviations a document defines in brackets right after a body's full name ("the Coordinator of Government
     * Activities in the Territories (COGAT)", "the Energy Market Regulatory Authority (EPDK)"), whatever language their
     * letters come from, each with the index of its full form; every mention of such an abbreviation takes the full
     * form's type.
     */
    private static Map<String, Integer> definedAbbreviations(String text, List<Mention> mentions, List<String> keys,
                                                             EntityType[] types) {
        Map<String, Integer> fullForms = new HashMap<>();
        for (int i = 1; i < mentions.size(); i++) {
            Mention full = mentions.get(i - 1);
            Mention abbreviation = mentions.get(i);
            String key = keys.get(i);
            if (types[i - 1] == EntityType.ORGANIZATION && types[i].isName() && types[i] != EntityType.NATIONALITY
                    && ABBREVIATION.matcher(key).matches() && keys.get(i - 1).split(" ").length >= 2
                    && OPENING_BRACKET.matcher(text.substring(full.end(), abbreviation.start())).matches()
                    && text.startsWith(")", abbreviation.end())) {
                fullForms.putIfAbsent(key.toLowerCase(Locale.ROOT), i - 1);
            }
        }
        for (int i = 0; i < mentions.size(); i++) {
            Integer full = fullForms.get(keys.get(i).toLowerCase(Locale.ROOT));
            if (full != null && types[i].isName() && types[i] != EntityType.NATIONALITY) {
                types[i] = types[full];
            }
        }
        return fullForms;
    }

    /**
     * One type per name: every mention of a surface form gets the type most of its mentions have. A nationality keeps
     * its type and gives none away: it depends on the words after it ("Gulf buyers", but "in the Gulf").
     */
    private static EntityType[] unifyNameTypes(List<Mention> mentions, List<String> keys) {
        Map<String, Map<EntityType, Integer>> votes = new HashMap<>();
        for (int i = 0; i < mentions.size(); i++) {
            if (unifies(mentions.get(i).type())) {
                votes.computeIfAbsent(keys.get(i).toLowerCase(Locale.ROOT), k -> new LinkedHashMap<>())
                        .merge(mentions.get(i).type(), 1, Integer::sum);
            }
        }
        EntityType[] types = new EntityType[mentions.size()];
        for (int i = 0; i < mentions.size(); i++) {
            EntityType type = mentions.get(i).type();
            if (unifies(type)) {
                type = votes.get(keys.get(i).toLowerCase(Locale.ROOT)).entrySet().stream()
                        .max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            }
            types[i] = type;
        }
        return types;
    }

    private static boolean unifies(EntityType type) {
        return type.isName() && type != EntityType.NATIONALITY;
    }

    /** A cluster of the same type whose name contains this one as whole words, or spells it as an acronym. */
    private static Group findLongerForm(List<Group> groups, EntityType type, String key, int position,
                                        Group[] groupOf, List<Mention> mentions) {
        List<String> words = Arrays.asList(WHITESPACE.split(key));
        Group best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Group group : groups) {
            if (group.type != type || group.words.size() <= words.size() && !isAcronymOf(key, group.words)) {
                continue;
            }
            if (!containsWords(group.words, words) && !isAcronymOf(key, group.words)) {
                continue;
            }
            if (type != EntityType.PERSON && isHeadOnly(group.words, words)
                    || type == EntityType.ORGANIZATION && isBodyWithin(group.words, words)) {
                continue;
            }
            int distance = distanceToNearestMember(group, position, groupOf, mentions);
            if (distance < bestDistance) {
                best = group;
                bestDistance = distance;
            }
        }
        return best;
    }

    /**
     * Whether a one-word name is only the last word of a longer place or organization whose other words are not a
     * country's ("House" is not the "White House", "York" not "New York"; "Congress" is the "US Congress").
     */
    private static boolean isHeadOnly(List<String> longer, List<String> shorter) {
        if (shorter.size() != 1 || !longer.get(longer.size() - 1).equalsIgnoreCase(shorter.get(0))
                || containsWords(longer.subList(0, longer.size() - 1), shorter)) {
            return false;
        }
        for (String word : longer.subList(0, longer.size() - 1)) {
            if (!COUNTRY_MODIFIERS.contains(word.toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a one-word organization is only the first word of a body within it, two or more words longer ("House"
     * is not the "House Armed Services Committee", nor "NATO" its "Parliamentary Assembly"); "Labour" is still the
     * "Labour Party".
     */
    private static boolean isBodyWithin(List<String> longer, List<String> shorter) {
        return shorter.size() == 1 && longer.size() >= 3 && longer.get(0).equalsIgnoreCase(shorter.get(0))
                && !containsWords(longer.subList(1, longer.size()), shorter);
    }

    private static int distanceToNearestMember(Group group, int position, Group[] groupOf, List<Mention> mentions) {
        int distance = Integer.MAX_VALUE;
        for (int member : group.members) {
            int start = mentions.get(member).start();
            // a full form before the short form is the usual order in news writing; after it counts less
            int d = start <= position ? position - start : 2 * (start - position);
            distance = Math.min(distance, d);
        }
        return distance;
    }

    /** Whether two words are one, but for an Arabic article before a surname ("al-Obaidi" and "Obaidi"). */
    private static boolean sameWord(String a, String b) {
        return a.equalsIgnoreCase(b) || ARABIC_ARTICLE.matcher(a).replaceFirst("")
                .equalsIgnoreCase(ARABIC_ARTICLE.matcher(b).replaceFirst(""));
    }

    private static boolean containsWords(List<String> longer, List<String> shorter) {
        outer:
        for (int i = 0; i + shorter.size() <= longer.size(); i++) {
            for (int j = 0; j < shorter.size(); j++) {
                if (!sameWord(longer.get(i + j), shorter.get(j))) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /**
     * Whether {@code candidate} spells the initials of {@code words} but small words ("NATO", "U.S."), the small
     * words' letters in lower case allowed ("MoD" for "Ministry of Defence").
     */
    static boolean isAcronymOf(String candidate, List<String> words) {
        String written = candidate.replace(".", "");
        if (written.length() < 2 || written.length() > 6 || !written.chars().allMatch(Character::isLetter)
                || !Character.isUpperCase(written.charAt(0))) {
            return false;
        }
        String letters = written.chars().filter(Character::isUpperCase)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        if (letters.length() < 2 || written.length() - letters.length() >= letters.length()) {
            return false; // "McCain" is no acronym
        }
        String initials = initials(words);
        // "OCHA" for "UN Office for the Coordination of Humanitarian Affairs": a leading abbreviation may stay out
        boolean leadingAbbreviation = !words.isEmpty() && words.get(0).length() <= 3
                && words.get(0).equals(words.get(0).toUpperCase(Locale.ROOT));
        return initials.equals(letters)
                || leadingAbbreviation && initials.length() > 1 && initials.substring(1).equals(letters);
    }

    /** The capital initials of a name's words but its small ones: "CBO" for "Congressional Budget Office". */
    public static String initials(List<String> words) {
        StringBuilder initials = new StringBuilder();
        for (String word : words) {
            if (!ACRONYM_SKIP.contains(word.toLowerCase(Locale.ROOT)) && !word.isEmpty()) {
                initials.append(Character.toUpperCase(word.charAt(0)));
            }
        }
        return initials.toString();
    }

    private static Result build(String text, List<Mention> sorted, Group[] groupOf, List<Group> groups) {
        Map<Group, String> ids = new HashMap<>();
        Set<String> used = new HashSet<>();
        List<EntityCluster> clusters = new ArrayList<>();
        for (Group group : groups) {
            String id = uniqueId(group, used);
            ids.put(group, id);
            clusters.add(new EntityCluster(id, group.type, displayName(text, sorted, group), group.members.size(), List.of()));
        }
        List<Entity> entities = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            Mention mention = sorted.get(i);
            entities.add(new Entity(mention.start(), mention.end(), groupOf[i].type,
                    text.substring(mention.start(), mention.end()), ids.get(groupOf[i])));
        }
        clusters.sort(Comparator.comparingInt(EntityCluster::mentions).reversed().thenComparing(EntityCluster::name));
        return new Result(entities, clusters);
    }

    /** The longest full form among the mentions, without a possessive ending. */
    private static String displayName(String text, List<Mention> sorted, Group group) {
        String best = group.name;
        for (int member : group.members) {
            Mention mention = sorted.get(member);
            String form = key(text.substring(mention.start(), mention.end()));
            if (form.length() > best.length()) {
                best = form;
            }
        }
        return best;
    }

    private static String uniqueId(Group group, Set<String> used) {
        String base = group.type.shortTag().toLowerCase(Locale.ROOT) + "-" + slug(group.name);
        String id = base;
        for (int n = 2; !used.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (slug.isEmpty()) {
            slug = Integer.toHexString(name.hashCode());
        }
        return slug.length() > 48 ? slug.substring(0, 48) : slug;
    }

    /** The form of a mention used for matching: whitespace folded, possessive and a leading "the" removed. */
    static String key(String surface) {
        String folded = WHITESPACE.matcher(surface.strip()).replaceAll(" ");
        folded = POSSESSIVE.matcher(folded).replaceFirst("");
        if (folded.regionMatches(true, 0, "the ", 0, 4) && folded.length() > 4) {
            folded = folded.substring(4);
        }
        return folded.isEmpty() ? surface.strip() : folded;
    }
}
