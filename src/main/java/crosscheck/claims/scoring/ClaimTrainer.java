package crosscheck.claims.scoring;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Trains the two-stage check-worthiness model: the hashed text models on all training sentences (check-worthy) and on
 * ClaimBuster's (factual), and a logistic model on the sentences' mean {@link WordVectors word vectors} when given
 * vectors; the blend over their logits, the evidence and the surroundings, fitted on out-of-fold logits
 * (folds are whole debates, so the blend learns how far to trust the text models on debates they have not seen) and
 * calibrated so that 0.5 is its F1-optimal cut on ClaimBuster. Deterministic for given data and settings. Not thread-safe.
 */
final class ClaimTrainer {
    /** ClaimBuster debates held out as development data by {@code --dev}: one per era, none shared with CheckThat!. */
    static final Set<String> CLAIMBUSTER_DEV = Set.of("1980-10-28.txt", "1992-10-15.txt", "2000-10-11.txt",
            "2008-10-07.txt", "2012-10-16.txt");
    /** CheckThat! 2019 debates held out by {@code --dev}: none of them is also in ClaimBuster. */
    static final Set<String> CHECKTHAT_DEV = Set.of("20160226_10_gop.tsv", "20160414_9dem.tsv",
            "20170228_trump_address.tsv", "20180916_trump_miami.tsv", "20180926_un_press.tsv",
            "20190108_oval_office.tsv");

    /**
     * The CheckThat! 2019 debates that ClaimBuster transcribes too (half or more of their lines are word for word in
     * ClaimBuster's file), with ClaimBuster's name for them.
     */
    static final Map<String, String> SHARED_DEBATES = Map.of("20160926_1pres.tsv", "2016-09-26.txt",
            "20161010_2pres.tsv", "2016-10-09.txt", "20161019_3pres.tsv", "2016-10-19.txt");

    /** What training needs beyond the data. */
    record Settings(int hashBits, SparseLogistic.Settings text, double checkThatWeight, int folds, double blendL2,
                    double vectorL2) {
        static Settings defaults() {
            return new Settings(18, new SparseLogistic.Settings(6, 0.1, 1e-4, 20261124L), 1.0, 5, 1.0, 1.0);
        }

        String describe() {
            return String.format(Locale.ROOT, "hash 2^%d, text model %d epochs, AdaGrad step %.3g, L2 %.3g, seed %d, "
                            + "CheckThat! weight %.2f, %d debate folds for the blend, blend L2 %.3g, sentence-vector "
                            + "model L2 %.3g", hashBits, text.epochs(), text.learningRate(), text.l2(), text.seed(),
                    checkThatWeight, folds, blendL2, vectorL2);
        }
    }

    private ClaimTrainer() {
    }

    static boolean isDev(ClaimExample example) {
        return example.corpus() == ClaimExample.Corpus.CLAIMBUSTER ? CLAIMBUSTER_DEV.contains(example.group())
                : CHECKTHAT_DEV.contains(example.group());
    }

    /**
     * The first line of a feature cache: it names how the sentences were analysed, so that a cache written by an older
     * version (another tokenizer) is refused rather than trained on.
     */
    static final String CACHE_HEADER = "# crosscheck check-worthiness cache 2: product pipeline, rule-based tokenizer";

    /** Reads and analyses both corpora under {@code dataDir}, or reads the analysed sentences from {@code cache}. */
    static List<ClaimExample> loadExamples(Path dataDir, Path cache, PrintStream out) throws IOException {
        if (cache != null && Files.exists(cache)) {
            List<String> lines = Files.readAllLines(cache, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).equals(CACHE_HEADER)) {
                throw new IllegalArgumentException("the cache " + cache + " was written by an older version (sentences "
                        + "analysed another way); delete it to rebuild it");
            }
            List<ClaimExample> examples = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                examples.add(ClaimExample.fromCacheLine(line));
            }
            out.printf(Locale.ROOT, "read %d analysed sentences from the cache %s%n", examples.size(), cache);
            return examples;
        }
        List<ClaimCorpora.RawSentence> raw = new ArrayList<>();
        Path claimBuster = dataDir.resolve("claimbuster/crowdsourced.csv");
        Path checkThat = dataDir.resolve("checkthat2019/training");
        if (!Files.isRegularFile(claimBuster) && !Files.isDirectory(checkThat)) {
            throw new IllegalArgumentException("found neither " + claimBuster + " nor " + checkThat);
        }
        if (Files.isRegularFile(claimBuster)) {
            List<ClaimCorpora.RawSentence> sentences = ClaimCorpora.readClaimBuster(claimBuster);
            out.printf(Locale.ROOT, "read %d ClaimBuster sentences from %s%n", sentences.size(), claimBuster);
            raw.addAll(sentences);
        }
        if (Files.isDirectory(checkThat)) {
            List<ClaimCorpora.RawSentence> sentences = ClaimCorpora.readCheckThat(checkThat);
            out.printf(Locale.ROOT, "read %d CheckThat! sentences from %s%n", sentences.size(), checkThat);
            raw.addAll(sentences);
        }
        List<ClaimExample> examples = annotate(raw, out);
        if (cache != null) {
            try (BufferedWriter writer = Files.newBufferedWriter(cache, StandardCharsets.UTF_8)) {
                writer.write(CACHE_HEADER);
                writer.newLine();
                for (ClaimExample example : examples) {
                    writer.write(example.toCacheLine());
                    writer.newLine();
                }
            }
            out.println("wrote the analysed sentences to the cache " + cache);
        }
        return examples;
    }

    static List<ClaimExample> annotate(List<ClaimCorpora.RawSentence> raw, PrintStream out) {
        SentenceAnnotator annotator = SentenceAnnotator.load();
        out.println("analysing sentences with the product's pipeline (rule-based tokens, OpenNLP sentences and tags)"
                + (annotator.withNames() ? " and the trained name finder" : " (no name-finder model on the class path)"));
        List<ClaimExample> examples = new ArrayList<>(raw.size());
        long started = System.nanoTime();
        for (int i = 0; i < raw.size(); i++) {
            ClaimExample example = annotator.annotate(raw.get(i));
            if (example != null) {
                examples.add(example);
            }
            if ((i + 1) % 5000 == 0) {
                out.printf(Locale.ROOT, "  %d/%d sentences, %.0f s%n", i + 1, raw.size(),
                        (System.nanoTime() - started) / 1e9);
            }
        }
        return examples;
    }

    /** The model trained on {@code examples}, with a sentence-vector model when {@code vectors} is not null. */
    static CheckworthinessModel train(List<ClaimExample> examples, Settings settings, WordVectors vectors,
                                      String provenance, PrintStream out) {
        TextFeatures features = new TextFeatures(settings.hashBits());
        int corpusFeature = corpusFeature(features);
        int n = examples.size();
        int[][] x = new int[n][];
        boolean[] y = new boolean[n];
        boolean[] factual = new boolean[n];
        double[] weights = new double[n];
        double[] factualWeights = new double[n];
        for (int i = 0; i < n; i++) {
            ClaimExample example = examples.get(i);
            x[i] = withCorpus(features.extract(example.words(), example.tags()), example, corpusFeature);
            y[i] = example.positive();
            weights[i] = example.corpus() == ClaimExample.Corpus.CHECKTHAT ? settings.checkThatWeight() : 1;
            factual[i] = Boolean.TRUE.equals(example.factual());
            factualWeights[i] = example.factual() == null ? 0 : 1; // only ClaimBuster says what is factual
        }
        double[][] sentenceVectors = sentenceVectors(examples, vectors, out);
        // out-of-fold text logits, folds by whole debate
        List<String> groups = new ArrayList<>(new TreeSet<>(examples.stream().map(ClaimTrainer::foldKey).toList()));
        double[] outOfFold = new double[n];
        double[] outOfFoldFactual = new double[n];
        double[] outOfFoldVector = new double[n];
        for (int fold = 0; fold < settings.folds(); fold++) {
            Set<String> held = new TreeSet<>();
            for (int g = fold; g < groups.size(); g += settings.folds()) {
                held.add(groups.get(g));
            }
            List<Integer> trainIndex = new ArrayList<>();
            List<Integer> factualIndex = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (!held.contains(foldKey(examples.get(i)))) {
                    trainIndex.add(i);
                    if (factualWeights[i] > 0) {
                        factualIndex.add(i);
                    }
                }
            }
            SparseLogistic foldModel = SparseLogistic.train(features.size(), select(x, trainIndex), select(y, trainIndex),
                    select(weights, trainIndex), settings.text());
            SparseLogistic foldFactual = trainFactual(features, x, factual, factualIndex, settings);
            double[] foldVector = sentenceVectors == null ? null : DenseLogistic.fit(select(sentenceVectors, trainIndex),
                    select(y, trainIndex), select(weights, trainIndex), settings.vectorL2(), 50);
            for (int i = 0; i < n; i++) {
                if (held.contains(foldKey(examples.get(i)))) {
                    outOfFold[i] = foldModel.logit(x[i]);
                    outOfFoldFactual[i] = foldFactual.logit(x[i]);
                    outOfFoldVector[i] = foldVector == null ? 0 : vectorLogit(foldVector, sentenceVectors[i]);
                }
            }
            out.printf(Locale.ROOT, "  fold %d/%d: text models trained on %d sentences (%d with a factual label), %d "
                    + "debates held out%n", fold + 1, settings.folds(), trainIndex.size(), factualIndex.size(), held.size());
        }
        double[][] surroundings = surroundings(examples, outOfFold);
        double[][] blendX = new double[n][EvidenceFeatures.SIZE];
        for (int i = 0; i < n; i++) {
            ClaimExample example = examples.get(i);
            EvidenceFeatures.fill(outOfFold[i], outOfFoldFactual[i], outOfFoldVector[i], example.evidence(),
                    surroundings[i], example.corpus() == ClaimExample.Corpus.CHECKTHAT, blendX[i]);
        }
        double[] blend = DenseLogistic.fit(blendX, y, weights, settings.blendL2(), 50);
        // calibration: move the bias so that the F1-optimal cut of the out-of-fold ClaimBuster probabilities lands on
        // 0.5, the default claim threshold, which so keeps its meaning; the ranking is unchanged
        List<RankingMetrics.Scored> beforeRules = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (examples.get(i).corpus() == ClaimExample.Corpus.CLAIMBUSTER) {
                beforeRules.add(new RankingMetrics.Scored(examples.get(i).group(), probability(blend, blendX[i]), y[i]));
            }
        }
        if (!beforeRules.isEmpty()) {
            double cut = RankingMetrics.bestF1(beforeRules).threshold();
            if (cut > 0 && cut < 1) {
                blend[0] -= Math.log(cut / (1 - cut));
                out.printf(Locale.ROOT, "  calibration: the F1-optimal cut %.3f moved to 0.5%n", cut);
            }
        }
        out.println("  blend (bias then weights):");
        out.printf(Locale.ROOT, "    %-20s %+.3f%n", "bias", blend[0]);
        for (int j = 0; j < EvidenceFeatures.SIZE; j++) {
            out.printf(Locale.ROOT, "    %-20s %+.3f%n", EvidenceFeatures.NAMES.get(j), blend[j + 1]);
        }
        SparseLogistic text = SparseLogistic.train(features.size(), x, y, weights, settings.text());
        List<Integer> factualIndex = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (factualWeights[i] > 0) {
                factualIndex.add(i);
            }
        }
        SparseLogistic factualText = trainFactual(features, x, factual, factualIndex, settings);
        double[] blendWeights = new double[EvidenceFeatures.SIZE];
        System.arraycopy(blend, 1, blendWeights, 0, blendWeights.length);
        // the CheckThat! corpus feature is used in training only; drop its text weight so no hashed feature carries it
        float corpusWeight = text.weights[corpusFeature];
        text.weights[corpusFeature] = 0;
        factualText.weights[corpusFeature] = 0;
        out.printf(Locale.ROOT, "  text models: %d sentences (%d with a factual label), CheckThat! corpus offset %.3f%n",
                n, factualIndex.size(), corpusWeight);

        // the debate threshold: F1-optimal on the out-of-fold ClaimBuster scores
        List<RankingMetrics.Scored> claimBuster = new ArrayList<>();
        NewsRules rules = NewsRules.load();
        for (int i = 0; i < n; i++) {
            ClaimExample example = examples.get(i);
            if (example.corpus() == ClaimExample.Corpus.CLAIMBUSTER) {
                double score = rules.apply(probability(blend, blendX[i]), example.words(), example.evidence());
                claimBuster.add(new RankingMetrics.Scored(example.group(), score, example.positive()));
            }
        }
        double threshold = claimBuster.isEmpty() ? 0.5 : RankingMetrics.bestF1(claimBuster).threshold();
        out.printf(Locale.ROOT, "  debate threshold (F1-optimal on out-of-fold ClaimBuster scores): %.3f%n", threshold);
        double[] vectorWeights = new double[0];
        double vectorBias = 0;
        if (sentenceVectors != null) {
            double[] fitted = DenseLogistic.fit(sentenceVectors, y, weights, settings.vectorL2(), 50);
            int dims = vectors.dims();
            vectorBias = fitted[0];
            vectorWeights = Arrays.copyOfRange(fitted, 1, dims + 1);
            out.printf(Locale.ROOT, "  sentence-vector model: %d dimensions, CheckThat! corpus offset %.3f%n", dims,
                    fitted[dims + 1]);
        }
        return new CheckworthinessModel(settings.hashBits(), text.weights, text.bias, factualText.weights,
                factualText.bias, blend[0], blendWeights, threshold, provenance, vectorWeights, vectorBias,
                vectors == null ? 0 : vectors.checksum());
    }

    /**
     * The sentence vector of every example, with one more column marking a CheckThat! sentence (the corpus offset is
     * learnt in training only, like the text models' corpus feature, and dropped from the shipped weights); null
     * without vectors.
     */
    private static double[][] sentenceVectors(List<ClaimExample> examples, WordVectors vectors, PrintStream out) {
        if (vectors == null) {
            return null;
        }
        int dims = vectors.dims();
        double[][] values = new double[examples.size()][dims + 1];
        double[] vector = new double[dims];
        int known = 0;
        for (int i = 0; i < values.length; i++) {
            ClaimExample example = examples.get(i);
            known += vectors.sentenceVector(example.words(), vector) > 0 ? 1 : 0;
            System.arraycopy(vector, 0, values[i], 0, dims);
            values[i][dims] = example.corpus() == ClaimExample.Corpus.CHECKTHAT ? 1 : 0;
        }
        out.printf(Locale.ROOT, "  sentence vectors: %d words of %d dimensions; %d of %d sentences have a known word%n",
                vectors.size(), dims, known, values.length);
        return values;
    }

    /** A fitted sentence-vector model's ({@code [bias, weights..., corpus offset]}) logit of one sentence vector. */
    private static double vectorLogit(double[] coefficients, double[] sentenceVector) {
        double z = coefficients[0];
        for (int j = 0; j < sentenceVector.length; j++) {
            z += coefficients[j + 1] * sentenceVector[j];
        }
        return z;
    }

    /** The factual text model on the sentences {@code index} (those with a factual label); all zero without any. */
    private static SparseLogistic trainFactual(TextFeatures features, int[][] x, boolean[] factual, List<Integer> index,
                                               Settings settings) {
        return index.isEmpty() ? new SparseLogistic(features.size()) : SparseLogistic.train(features.size(),
                select(x, index), select(factual, index), null, settings.text());
    }

    /** The blend's probability: {@code coefficients} is the bias, then one weight per feature. */
    private static double probability(double[] coefficients, double[] features) {
        double z = coefficients[0];
        for (int j = 0; j < features.length; j++) {
            z += coefficients[j + 1] * features[j];
        }
        return SparseLogistic.sigmoid(z);
    }

    /**
     * The examples' documents: the indices of each debate's sentences in line order. A sentence follows the previous
     * one when its line number is the next (ClaimBuster keeps only some lines of each debate).
     */
    static List<List<Integer>> documents(List<ClaimExample> examples) {
        Map<String, List<Integer>> byGroup = new LinkedHashMap<>();
        for (int i = 0; i < examples.size(); i++) {
            byGroup.computeIfAbsent(groupKey(examples.get(i)), g -> new ArrayList<>()).add(i);
        }
        List<List<Integer>> documents = new ArrayList<>();
        for (List<Integer> document : byGroup.values()) {
            document.sort(Comparator.comparingInt(i -> examples.get(i).line()));
            documents.add(document);
        }
        return documents;
    }

    /** Whether each sentence of {@code document} (indices into {@code examples}) directly follows the one before. */
    static boolean[] followsPrevious(List<ClaimExample> examples, List<Integer> document) {
        boolean[] follows = new boolean[document.size()];
        for (int k = 1; k < follows.length; k++) {
            follows[k] = examples.get(document.get(k)).line() == examples.get(document.get(k - 1)).line() + 1;
        }
        return follows;
    }

    /** The {@link Surroundings} of every example from the given text logits, document by document. */
    private static double[][] surroundings(List<ClaimExample> examples, double[] textLogits) {
        double[][] values = new double[examples.size()][];
        for (List<Integer> document : documents(examples)) {
            double[] logits = new double[document.size()];
            String[] speakers = new String[document.size()];
            for (int k = 0; k < logits.length; k++) {
                logits[k] = textLogits[document.get(k)];
                speakers[k] = examples.get(document.get(k)).speaker();
            }
            double[][] documentValues = Surroundings.of(logits, followsPrevious(examples, document), speakers);
            for (int k = 0; k < logits.length; k++) {
                values[document.get(k)] = documentValues[k];
            }
        }
        return values;
    }

    /**
     * The debate an example comes from, for the blend's folds: a debate transcribed in both corpora is one debate, so
     * that its sentences are never scored by a text model that learnt the same sentences from the other corpus.
     */
    static String foldKey(ClaimExample example) {
        if (example.corpus() == ClaimExample.Corpus.CHECKTHAT && SHARED_DEBATES.containsKey(example.group())) {
            return ClaimExample.Corpus.CLAIMBUSTER.name() + "/" + SHARED_DEBATES.get(example.group());
        }
        return groupKey(example);
    }

    private static String groupKey(ClaimExample example) {
        return example.corpus().name() + "/" + example.group();
    }

    static int corpusFeature(TextFeatures features) {
        return features.index("corpus|checkthat");
    }

    private static int[] withCorpus(int[] features, ClaimExample example, int corpusFeature) {
        if (example.corpus() != ClaimExample.Corpus.CHECKTHAT) {
            return features;
        }
        int[] extended = Arrays.copyOf(features, features.length + 1);
        extended[features.length] = corpusFeature;
        return extended;
    }

    private static int[][] select(int[][] values, List<Integer> index) {
        int[][] selected = new int[index.size()][];
        for (int i = 0; i < selected.length; i++) {
            selected[i] = values[index.get(i)];
        }
        return selected;
    }

    private static double[][] select(double[][] values, List<Integer> index) {
        double[][] selected = new double[index.size()][];
        for (int i = 0; i < selected.length; i++) {
            selected[i] = values[index.get(i)];
        }
        return selected;
    }

    private static boolean[] select(boolean[] values, List<Integer> index) {
        boolean[] selected = new boolean[index.size()];
        for (int i = 0; i < selected.length; i++) {
            selected[i] = values[index.get(i)];
        }
        return selected;
    }

    private static double[] select(double[] values, List<Integer> index) {
        double[] selected = new double[index.size()];
        for (int i = 0; i < selected.length; i++) {
            selected[i] = values[index.get(i)];
        }
        return selected;
    }
}
