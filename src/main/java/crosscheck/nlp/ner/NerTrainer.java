package crosscheck.nlp.ner;

import crosscheck.nlp.OpenNlpModels;
import crosscheck.nlp.PosTagger;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Trains our name-finder model from corpora already read: normalizes their annotation to the style we tag
 * (no titles inside PER, no leading "the", no possessive 's), POS-tags every sentence, adds lower-cased copies of
 * some sentences for robustness to uncased web text, and trains an OpenNLP sequence model over our features.
 * Deterministic for a given seed. Not thread-safe; one training at a time.
 */
final class NerTrainer {
    /** Training settings, with the defaults chosen by measurement on dev. */
    record Settings(String algorithm, int iterations, int cutoff, double lowercaseFraction, double sample, long seed,
                    int beamSize) {
        static Settings defaults() {
            return new Settings("MAXENT", 100, 2, 0.15, 1.0, 42L, 3);
        }
    }

    private final Gazetteer gazetteer;
    private final PosTagger posTagger;

    NerTrainer(Gazetteer gazetteer, PosTagger posTagger) {
        this.gazetteer = gazetteer;
        this.posTagger = posTagger;
    }

    static NerTrainer create() {
        return new NerTrainer(NerFeatureGeneratorFactory.gazetteer(), OpenNlpModels.load().posTagger());
    }

    TokenNameFinderModel train(List<List<NerSentence>> documents, Settings settings) throws IOException {
        List<NameSample> samples = samples(documents, settings);
        TrainingParameters parameters = new TrainingParameters();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, settings.algorithm());
        parameters.put(TrainingParameters.ITERATIONS_PARAM, settings.iterations());
        parameters.put(TrainingParameters.CUTOFF_PARAM, settings.cutoff());
        parameters.put(TrainingParameters.THREADS_PARAM, 1);
        parameters.put("BeamSize", settings.beamSize());
        TokenNameFinderFactory factory = TokenNameFinderFactory.create(null,
                NerFeatureGeneratorFactory.DESCRIPTOR.getBytes(StandardCharsets.UTF_8), Map.of(), new FastBioCodec());
        return NameFinderME.train("en", null, ObjectStreamUtils.createObjectStream(samples), parameters, factory);
    }

    List<NameSample> samples(List<List<NerSentence>> documents, Settings settings) {
        Random random = new Random(settings.seed());
        List<NameSample> samples = new ArrayList<>();
        for (List<NerSentence> document : documents) {
            boolean firstOfDocument = true;
            for (NerSentence raw : document) {
                if (settings.sample() < 1.0 && random.nextDouble() >= settings.sample()) {
                    continue;
                }
                NerSentence sentence = normalize(raw);
                samples.add(sample(sentence.tokens(), sentence.tags(), firstOfDocument));
                firstOfDocument = false;
                if (random.nextDouble() < settings.lowercaseFraction()) {
                    List<String> lowered = sentence.tokens().stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
                    samples.add(sample(lowered, sentence.tags(), false));
                }
            }
        }
        return samples;
    }

    private NameSample sample(List<String> tokens, List<String> tags, boolean clearAdaptiveData) {
        List<String> pos = posTagger.tag(tokens);
        String[] encoded = new String[tokens.size()];
        for (int i = 0; i < encoded.length; i++) {
            encoded[i] = NerTokens.encode(tokens.get(i), pos.get(i));
        }
        return new NameSample(encoded, spans(tags), clearAdaptiveData);
    }

    static Span[] spans(List<String> tags) {
        List<Span> spans = new ArrayList<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            boolean continues = tag.startsWith("I-") && tag.substring(2).equals(type);
            if (!continues && start >= 0) {
                spans.add(new Span(start, i, type));
                start = -1;
                type = null;
            }
            if (tag.startsWith("B-") || (tag.startsWith("I-") && start < 0)) {
                start = i;
                type = tag.substring(2);
            }
        }
        return spans.toArray(Span[]::new);
    }

    /** Removes what the tagged style leaves out of names: leading titles of people, a leading "the", a final 's. */
    NerSentence normalize(NerSentence sentence) {
        List<String> tokens = sentence.tokens();
        String[] tags = sentence.tags().toArray(String[]::new);
        for (Span span : spans(sentence.tags())) {
            int start = span.getStart();
            int end = span.getEnd();
            while (end - start > 1 && isPossessive(tokens.get(end - 1))) {
                tags[--end] = "O";
            }
            while (end - start > 1 && tokens.get(start).equalsIgnoreCase("the")) {
                tags[start++] = "O";
            }
            if (span.getType().equals("PER")) {
                while (end - start > 1 && isTitle(tokens.get(start)) && NerTokens.isCapitalized(tokens.get(start + 1))) {
                    tags[start++] = "O";
                }
            }
            if (start != span.getStart()) {
                tags[start] = "B-" + span.getType();
            }
        }
        return new NerSentence(tokens, List.of(tags));
    }

    private boolean isTitle(String token) {
        String lower = token.toLowerCase(Locale.ROOT);
        return gazetteer.contains(Gazetteer.NameList.TITLE, lower)
                || (lower.endsWith(".") && gazetteer.contains(Gazetteer.NameList.TITLE, lower.substring(0, lower.length() - 1)));
    }

    static boolean isPossessive(String token) {
        return token.equals("'s") || token.equals("’s") || token.equals("'") || token.equals("’") || token.equals("s");
    }
}
