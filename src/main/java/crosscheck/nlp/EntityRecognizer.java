package crosscheck.nlp;

import crosscheck.model.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * All entities of a document: names from a {@link NameFinder}, values from {@link ValueEntityFinder} rules
 * (a value wins where the two overlap), grouped by {@link EntityClusterer}. Thread-safe when its parts are.
 */
public final class EntityRecognizer {
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
        all.sort(Comparator.comparingInt(Mention::start));
        return clusterer.cluster(text, all);
    }
}
