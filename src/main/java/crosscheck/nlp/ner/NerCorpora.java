package crosscheck.nlp.ner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * Readers for the training corpora under the shared data folder (data/ner), each mapped to our label set (PER, ORG, LOC)
 * and IOB2. Which corpora exist and how their labels map is stated here, once; their licences are in {@code NOTICE}.
 */
final class NerCorpora {
    /** Corpora whose licences allow a model we ship (share-alike at most); uner-ewt is our dev set and never listed. */
    static final List<String> ALL = List.of("gum", "wikigold", "crossner", "re3d", "btc", "wnut17");

    /** Sentences per pseudo-document for corpora without document boundaries. */
    private static final int SENTENCES_PER_CHUNK = 30;

    /** re3d sources whose licence allows reuse (BBC Online is non-commercial and is never read). */
    private static final Set<String> RE3D_SOURCES = Set.of("Australian_Department_of_Foreign_Affairs", "CENTCOM",
            "UK_Government", "US_State_Department", "Wikipedia");

    private static final Map<String, String> CROSSNER_TYPES = Map.of(
            "person", "PER", "politician", "PER", "organisation", "ORG", "politicalparty", "ORG",
            "country", "LOC", "location", "LOC");
    private static final Map<String, String> RE3D_TYPES = Map.of(
            "Person", "PER", "Organisation", "ORG", "Location", "LOC");
    private static final Map<String, String> WNUT_TYPES = Map.of(
            "person", "PER", "location", "LOC", "corporation", "ORG", "group", "ORG");
    private static final Map<String, String> CORE_TYPES = Map.of("PER", "PER", "ORG", "ORG", "LOC", "LOC");

    private NerCorpora() {
    }

    /** The documents of one named corpus below {@code dataDir}, labels mapped to PER/ORG/LOC. */
    static List<List<NerSentence>> read(Path dataDir, String corpus) throws IOException {
        return switch (corpus) {
            case "gum" -> chunk(readConll(dataDir.resolve("gum/permissive.train.iob2"), CORE_TYPES::get));
            case "wikigold" -> readConll(dataDir.resolve("wikigold/CONLL-format/data/wikigold.conll.txt"), CORE_TYPES::get);
            case "crossner" -> {
                List<List<NerSentence>> docs = new ArrayList<>();
                for (String part : List.of("train", "dev", "test")) {
                    docs.addAll(chunk(readConll(dataDir.resolve("crossner/politics/" + part + ".txt"), CROSSNER_TYPES::get)));
                }
                yield docs;
            }
            case "re3d" -> {
                List<List<NerSentence>> docs = new ArrayList<>();
                for (String source : RE3D_SOURCES.stream().sorted().toList()) {
                    for (Path file : list(dataDir.resolve("re3d/conll/" + source))) {
                        docs.add(readConll(file, RE3D_TYPES::get).stream().flatMap(List::stream).toList());
                    }
                }
                yield docs;
            }
            case "btc" -> {
                List<List<NerSentence>> docs = new ArrayList<>();
                for (Path file : list(dataDir.resolve("btc/CONLL-format/data"))) {
                    docs.addAll(chunk(readConll(file, CORE_TYPES::get)));
                }
                yield docs;
            }
            case "wnut17" -> {
                List<List<NerSentence>> docs = new ArrayList<>();
                docs.addAll(chunk(readConll(dataDir.resolve("wnut17/CONLL-format/data/train/wnut17train.conll"), WNUT_TYPES::get)));
                docs.addAll(chunk(readConll(dataDir.resolve("wnut17/CONLL-format/data/dev/emerging.dev.conll"), WNUT_TYPES::get)));
                yield docs;
            }
            default -> throw new IllegalArgumentException("unknown corpus '" + corpus + "'; known: " + ALL);
        };
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static List<List<NerSentence>> chunk(List<List<NerSentence>> docs) {
        List<List<NerSentence>> chunks = new ArrayList<>();
        for (List<NerSentence> doc : docs) {
            for (int from = 0; from < doc.size(); from += SENTENCES_PER_CHUNK) {
                chunks.add(doc.subList(from, Math.min(doc.size(), from + SENTENCES_PER_CHUNK)));
            }
        }
        return chunks;
    }

    /**
     * Reads a CoNLL-like file: token in the first column, label in the last (IOB1 or IOB2), blank lines between
     * sentences, {@code -DOCSTART-} or {@code # newdoc} between documents. Labels map through {@code types}
     * (null: not an entity for us).
     */
    static List<List<NerSentence>> readConll(Path file, UnaryOperator<String> types) throws IOException {
        List<List<NerSentence>> docs = new ArrayList<>();
        List<NerSentence> doc = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String trimmed = line.strip();
            boolean docStart = trimmed.startsWith("-DOCSTART-") || trimmed.startsWith("# newdoc");
            if (trimmed.isEmpty() || docStart) {
                if (!tokens.isEmpty()) {
                    doc.add(new NerSentence(tokens, toIob2(labels, types)));
                    tokens = new ArrayList<>();
                    labels = new ArrayList<>();
                }
                if (docStart && !doc.isEmpty()) {
                    docs.add(doc);
                    doc = new ArrayList<>();
                }
                continue;
            }
            String[] columns = trimmed.split("[\t ]+");
            tokens.add(columns[0]);
            labels.add(columns.length > 1 ? columns[columns.length - 1] : "O");
        }
        if (!tokens.isEmpty()) {
            doc.add(new NerSentence(tokens, toIob2(labels, types)));
        }
        if (!doc.isEmpty()) {
            docs.add(doc);
        }
        return docs;
    }

    /** Maps labels to our types and to IOB2 (an I- that does not continue an entity of its type starts one). */
    static List<String> toIob2(List<String> labels, UnaryOperator<String> types) {
        List<String> tags = new ArrayList<>(labels.size());
        String previousType = null;
        for (String label : labels) {
            String prefix = label.length() > 2 && label.charAt(1) == '-' ? label.substring(0, 1).toUpperCase(Locale.ROOT) : "O";
            String type = prefix.equals("O") ? null : types.apply(label.substring(2));
            if (type == null) {
                tags.add("O");
                previousType = null;
            } else if (prefix.equals("I") && type.equals(previousType)) {
                tags.add("I-" + type);
            } else {
                tags.add("B-" + type);
                previousType = type;
            }
        }
        return tags;
    }
}
