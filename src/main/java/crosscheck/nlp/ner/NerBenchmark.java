package crosscheck.nlp.ner;

import crosscheck.model.Token;
import crosscheck.nlp.OpenNlpModels;
import crosscheck.nlp.OpenNlpPosTagger;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Measures the name finder on a tokenized file (any layout {@code eval-ner} reads): model loading time, heap held by
 * the loaded model and gazetteers, and tokens per second on one warm thread, POS tagging excluded and included.
 * {@code java -cp ... crosscheck.nlp.ner.NerBenchmark GOLD.iob2 [ROUNDS]}.
 */
final class NerBenchmark {
    private NerBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        List<List<NerSentence>> documents = NerCommands.readGold(Path.of(args[0]));
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        OpenNlpModels models = OpenNlpModels.load();
        OpenNlpPosTagger posTagger = models.posTagger();

        long heapBefore = usedHeap();
        long started = System.nanoTime();
        Gazetteer.load();
        double gazetteerSeconds = (System.nanoTime() - started) / 1e9;
        started = System.nanoTime();
        TrainedNameFinder finder = TrainedNameFinder.load();
        double loadSeconds = (System.nanoTime() - started) / 1e9;
        long heapAfter = usedHeap();
        System.out.printf(Locale.ROOT, "load %.2f s (gazetteers alone %.2f s), heap held by model and gazetteers %.1f MB%n",
                loadSeconds, gazetteerSeconds, (heapAfter - heapBefore) / 1e6);

        List<String> texts = new ArrayList<>();
        List<List<List<Token>>> tagged = new ArrayList<>();
        long tokens = 0;
        for (List<NerSentence> document : documents) {
            StringBuilder text = new StringBuilder();
            List<List<Token>> sentences = new ArrayList<>();
            for (NerSentence sentence : document) {
                List<String> pos = posTagger.tag(sentence.tokens());
                List<Token> sentenceTokens = new ArrayList<>();
                for (int i = 0; i < sentence.size(); i++) {
                    int start = text.length();
                    text.append(sentence.tokens().get(i)).append(' ');
                    sentenceTokens.add(new Token(start, start + sentence.tokens().get(i).length(), sentence.tokens().get(i), pos.get(i)));
                }
                sentences.add(sentenceTokens);
                tokens += sentence.size();
            }
            texts.add(text.toString());
            tagged.add(sentences);
        }
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int round = 0; round < rounds; round++) {
            long t0 = System.nanoTime();
            long c0 = threads.getCurrentThreadCpuTime();
            for (int d = 0; d < texts.size(); d++) {
                finder.find(texts.get(d), tagged.get(d));
            }
            double finderSeconds = (System.nanoTime() - t0) / 1e9;
            double finderCpu = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
            long t1 = System.nanoTime();
            long c1 = threads.getCurrentThreadCpuTime();
            for (List<NerSentence> document : documents) {
                for (NerSentence sentence : document) {
                    posTagger.tag(sentence.tokens());
                }
            }
            double posSeconds = (System.nanoTime() - t1) / 1e9;
            double posCpu = (threads.getCurrentThreadCpuTime() - c1) / 1e9;
            System.out.printf(Locale.ROOT, "round %d: %d tokens; name finder %.0f tokens/s wall, %.0f tokens/s of CPU; "
                    + "POS tagger %.0f tokens/s wall, %.0f tokens/s of CPU%n", round + 1, tokens, tokens / finderSeconds,
                    tokens / finderCpu, tokens / posSeconds, tokens / posCpu);
        }
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
