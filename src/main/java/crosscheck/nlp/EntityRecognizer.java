package crosscheck.nlp;

import crosscheck.model.EntityType;
import crosscheck.model.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * All entities of a document: names from a {@link NameFinder}, values from {@link ValueEntityFinder} rules
 * (a value wins where the two overlap), the place of a news dateline ("KYIV, Ukraine —", "LONDON (Reuters) -",
 * "NEW DELHI: The ministry":
 * capitals at the start of a paragraph, which the name finder, trained on ordinary case, takes for an acronym),
 * grouped by {@link EntityClusterer}. Thread-safe when its parts are.
 */
public final class EntityRecognizer {
    /**
     * Group 1: the place of a dateline, one to four capitalised words before a comma (with a region or a date:
     * "KYIV, Ukraine", "BRUSSELS, Feb 1"), an agency in brackets, a dash, or a colon before a capital ("NEW DELHI:").
     */
    static final Pattern DATELINE = Pattern.compile(
            "(?m)^[\\s\\p{Z}]*(\\p{Lu}[\\p{Lu}'’.-]+(?:\\s\\p{Lu}[\\p{Lu}'’.-]+){0,3})"
                    + "(?=(?:,\\s\\p{Lu}[\\p{L}.]+(?:\\s[\\p{Lu}\\d][\\p{L}\\d.]*){0,2})?\\s*(?:\\([^()\\n]{1,40}\\)\\s*)?"
                    + "(?:[—–-]|:(?=\\s\\p{Lu}))\\s)");
    /** Capitalised paragraph openings that are labels, not places. */
    private static final Set<String> NOT_PLACES = Set.of("BREAKING", "UPDATE", "UPDATED", "EXCLUSIVE", "ANALYSIS",
            "OPINION", "LIVE", "WATCH", "EDITORIAL", "CORRECTION", "NOTE", "FACT CHECK", "COMMENT", "REVIEW", "WARNING",
            "SOURCE", "SOURCES", "READ MORE", "SEE ALSO", "PHOTO", "VIDEO", "AUDIO", "TRANSCRIPT", "DISCLAIMER",
            "SUMMARY", "BACKGROUND", "CONTEXT", "CLAIM", "VERDICT", "RATING", "FACT", "EDITOR'S NOTE");
    private final NameFinder names;
    private final ValueEntityFinder values;
    private final EntityClusterer clusterer;

    public EntityRecognizer(NameFinder names) {
        this.names = names;
        this.values = new ValueEntityFinder();
        this.clusterer = new EntityClusterer();
    }

    public EntityClusterer.Result recognize(String text, List<List<Token>> sentences) {
        List<Mention> valueMentions = new ArrayList<>();
        for (List<Token> sentence : sentences) {
            if (!sentence.isEmpty()) {
                valueMentions.addAll(values.find(text, sentence.get(0).start(), sentence.get(sentence.size() - 1).end()));
            }
        }
        List<Mention> all = new ArrayList<>(valueMentions);
        // both lists are in text order and free of overlaps within themselves: one pass finds the overlaps
        int next = 0;
        for (Mention name : names.find(text, sentences)) {
            while (next < valueMentions.size() && valueMentions.get(next).end() <= name.start()) {
                next++;
            }
            if (next == valueMentions.size() || !valueMentions.get(next).overlaps(name)) {
                all.add(name);
            }
        }
        placeDatelines(text, all);
        all.sort(Comparator.comparingInt(Mention::start));
        return clusterer.cluster(text, all);
    }

    /** Makes the place of each dateline a location, instead of whatever overlapped it. */
    static void placeDatelines(String text, List<Mention> mentions) {
        Matcher dateline = DATELINE.matcher(text);
        while (dateline.find()) {
            if (NOT_PLACES.contains(dateline.group(1))) {
                continue;
            }
            Mention place = new Mention(dateline.start(1), dateline.end(1), EntityType.LOCATION);
            mentions.removeIf(place::overlaps);
            mentions.add(place);
        }
    }
}
