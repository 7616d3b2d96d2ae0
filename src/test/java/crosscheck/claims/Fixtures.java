package crosscheck.claims;

import crosscheck.model.Entity;
import crosscheck.model.EntityCluster;
import crosscheck.model.EntityType;
import crosscheck.model.TextSpan;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Hand-made entities and sentences for claim tests, so they do not depend on a trained model. */
final class Fixtures {
    private Fixtures() {
    }

    /** Every occurrence of each name, with one cluster per name (cluster name = the first full form given). */
    static List<Entity> entities(String text, Object... namesAndTypes) {
        List<Entity> entities = new ArrayList<>();
        for (int i = 0; i < namesAndTypes.length; i += 2) {
            String name = (String) namesAndTypes[i];
            EntityType type = (EntityType) namesAndTypes[i + 1];
            Matcher matcher = Pattern.compile("(?<!\\w)" + Pattern.quote(name) + "(?!\\w)").matcher(text);
            while (matcher.find()) {
                if (entities.stream().noneMatch(e -> e.start() < matcher.end() && matcher.start() < e.end())) {
                    entities.add(new Entity(matcher.start(), matcher.end(), type, name, clusterId(name)));
                }
            }
        }
        entities.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return entities;
    }

    static String clusterId(String name) {
        return "c-" + name.toLowerCase().replaceAll("[^a-z]+", "-");
    }

    static EntityCluster cluster(String id, String fullName) {
        return new EntityCluster(id, EntityType.PERSON, fullName, 1, List.of());
    }

    /** Sentences ending at ". ", "! ", "? " or a line break: enough for the hand-written texts in these tests. */
    static List<TextSpan> sentences(String text) {
        List<TextSpan> spans = new ArrayList<>();
        Matcher matcher = Pattern.compile("[^\\n]+?(?:[.!?][\"”’']?(?=\\s|$)|$)", Pattern.MULTILINE).matcher(text);
        while (matcher.find()) {
            int start = matcher.start();
            int end = matcher.end();
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            if (start < end) {
                spans.add(new TextSpan(start, end));
            }
        }
        return spans;
    }
}
