package crosscheck.nlp.ner;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Our development proxy for news and Wikipedia-like text: GUM's dev documents of chosen genres, cut out of the
 * flattened {@code gum/permissive.dev.iob2} (which has no document boundaries) by the first sentence of each dev
 * document in {@code gum/conllu}, written as IOB2 with {@code # newdoc} lines. In UNER's style (the style of the
 * held-out test), names lose what UNER leaves out of them: office titles and honorifics before a person ("Emperor
 * [Norton]"), a leading "the" and a trailing possessive, and a nationality alone is no name.
 */
final class GumDevSet {
    /** The genres whose dev documents read most like news and Wikipedia. */
    static final List<String> FORMAL_GENRES = List.of("news", "bio", "interview", "voyage", "academic");
    private static final Set<String> POSSESSIVES = Set.of("'s", "’s", "'", "’");
    private static final Set<String> NAME_TYPES = Set.of("PER", "ORG", "LOC");

    record Sentence(List<String> tokens, List<String> tags) {
        Sentence {
            tokens = List.copyOf(tokens);
            tags = List.copyOf(tags);
        }
    }

    record Document(String id, List<Sentence> sentences) {
        Document {
            sentences = List.copyOf(sentences);
        }
    }

    private GumDevSet() {
    }

    /**
     * The dev documents of {@code genres} (all when empty) from the GUM folder {@code gum}, in the order of the dev
     * file, each checked against its CoNLL-U sentence count.
     */
    static List<Document> read(Path gum, List<String> genres) throws IOException {
        List<String> devNames = devNames(gum.resolve("splits.md"));
        List<Sentence> flat = readIob2(gum.resolve("permissive.dev.iob2"));
        Map<List<String>, String> firstSentences = new LinkedHashMap<>();
        Map<String, Integer> sentenceCounts = new LinkedHashMap<>();
        for (String name : devNames) {
            Path conllu = gum.resolve("conllu").resolve(name + ".conllu");
            if (Files.isRegularFile(conllu)) {
                List<List<String>> sentences = conlluSentences(conllu);
                firstSentences.put(sentences.get(0), name);
                sentenceCounts.put(name, sentences.size());
            }
        }
        List<Integer> starts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < flat.size(); i++) {
            String name = firstSentences.get(flat.get(i).tokens());
            if (name != null && !names.contains(name)) {
                starts.add(i);
                names.add(name);
            }
        }
        List<Document> documents = new ArrayList<>();
        for (int d = 0; d < names.size(); d++) {
            int end = d + 1 < starts.size() ? starts.get(d + 1) : flat.size();
            String name = names.get(d);
            if (end - starts.get(d) != sentenceCounts.get(name)) {
                throw new IOException(name + ": " + (end - starts.get(d)) + " sentences in the dev file, "
                        + sentenceCounts.get(name) + " in its CoNLL-U file");
            }
            if (genres.isEmpty() || genres.contains(genreOf(name))) {
                documents.add(new Document(name, flat.subList(starts.get(d), end)));
            }
        }
        return documents;
    }

    /** "GUM_news_iodine" → "news". */
    static String genreOf(String documentName) {
        String[] parts = documentName.split("_");
        return parts.length > 2 ? parts[1] : "";
    }

    /** The sentence in UNER's style; the gazetteer's title and demonym lists say what a title and a nationality are. */
    static Sentence unerStyle(Sentence sentence, Gazetteer gazetteer) {
        List<String> tokens = sentence.tokens();
        String[] lower = tokens.stream().map(t -> t.toLowerCase(Locale.ROOT)).toArray(String[]::new);
        List<String> tags = new ArrayList<>(sentence.tags());
        int n = tokens.size();
        for (int start = 0; start < n; ) {
            String tag = tags.get(start);
            if (tag.equals("O")) {
                start++;
                continue;
            }
            String type = tag.substring(2);
            int end = start + 1;
            while (end < n && tags.get(end).equals("I-" + type)) {
                end++;
            }
            if (NAME_TYPES.contains(type)) {
                int from = start;
                int to = end;
                while (to - from > 1 && POSSESSIVES.contains(lower[to - 1])) {
                    to--;
                }
                while (to - from > 1 && lower[from].equals("the")) {
                    from++;
                }
                if (type.equals("PER")) {
                    int title;
                    while (from < to && (title = titleLength(gazetteer, lower, from, to)) > 0) {
                        from += title;
                        while (from < to && lower[from].equals("-")) {
                            from++;
                        }
                    }
                    if (from < to && lower[from].equals("of")) {
                        from = to;
                    }
                }
                if (to - from == 1 && gazetteer.contains(Gazetteer.NameList.DEMONYM, lower[from])) {
                    from = to;
                }
                for (int i = start; i < end; i++) {
                    tags.set(i, i < from || i >= to ? "O" : (i == from ? "B-" : "I-") + type);
                }
            }
            start = end;
        }
        return new Sentence(tokens, tags);
    }

    /** The longest title of up to four words from {@code start} that ends inside {@code [start, end)}, or 0. */
    private static int titleLength(Gazetteer gazetteer, String[] lower, int start, int end) {
        int best = 0;
        for (int length = 1; length <= Math.min(4, end - start); length++) {
            String key = String.join(" ", java.util.Arrays.asList(lower).subList(start, start + length));
            if (gazetteer.contains(Gazetteer.NameList.TITLE, key)
                    || key.endsWith(".") && gazetteer.contains(Gazetteer.NameList.TITLE, key.substring(0, key.length() - 1))) {
                best = length;
            }
        }
        return best;
    }

    static void write(List<Document> documents, PrintStream out) {
        for (Document document : documents) {
            out.println("# newdoc id = " + document.id());
            for (Sentence sentence : document.sentences()) {
                for (int i = 0; i < sentence.tokens().size(); i++) {
                    out.println(sentence.tokens().get(i) + "\t" + sentence.tags().get(i));
                }
                out.println();
            }
        }
    }

    /** The document names listed under "## dev" in GUM's splits.md. */
    static List<String> devNames(Path splits) throws IOException {
        List<String> names = new ArrayList<>();
        boolean dev = false;
        for (String line : Files.readAllLines(splits, StandardCharsets.UTF_8)) {
            if (line.startsWith("## ")) {
                dev = line.strip().equals("## dev");
            } else if (dev && line.strip().startsWith("* ")) {
                names.add(line.strip().substring(2).strip());
            }
        }
        return names;
    }

    private static List<Sentence> readIob2(Path file) throws IOException {
        List<Sentence> sentences = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                if (!tokens.isEmpty()) {
                    sentences.add(new Sentence(tokens, tags));
                    tokens.clear();
                    tags.clear();
                }
                continue;
            }
            String[] columns = line.split("\t");
            tokens.add(columns[0]);
            tags.add(columns[columns.length - 1]);
        }
        if (!tokens.isEmpty()) {
            sentences.add(new Sentence(tokens, tags));
        }
        return sentences;
    }

    /** The word forms of each sentence of a CoNLL-U file (multi-word and empty nodes left out). */
    private static List<List<String>> conlluSentences(Path file) throws IOException {
        List<List<String>> sentences = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                if (!words.isEmpty()) {
                    sentences.add(List.copyOf(words));
                    words.clear();
                }
            } else if (!line.startsWith("#")) {
                String[] columns = line.split("\t");
                if (columns.length > 1 && !columns[0].contains("-") && !columns[0].contains(".")) {
                    words.add(columns[1]);
                }
            }
        }
        if (!words.isEmpty()) {
            sentences.add(List.copyOf(words));
        }
        return sentences;
    }
}
