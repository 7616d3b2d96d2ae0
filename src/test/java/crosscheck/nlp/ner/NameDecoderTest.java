package crosscheck.nlp.ner;

import crosscheck.model.TextSpan;
import crosscheck.nlp.OpenNlpModels;
import crosscheck.nlp.OpenNlpPosTagger;
import crosscheck.nlp.OpenNlpSentenceSplitter;
import crosscheck.nlp.RuleBasedTokenizer;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Our decoder of the shipped name-finder model against OpenNLP's {@code NameFinderME} over the same model. */
class NameDecoderTest {
    private static TokenNameFinderModel model;
    /** The sample article and a few lines more, as encoded tokens (word and POS tag) per sentence. */
    private static List<String[]> document;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = NameDecoderTest.class.getResourceAsStream(TrainedNameFinder.MODEL_RESOURCE)) {
            model = new TokenNameFinderModel(in);
        }
        String text;
        try (InputStream in = NameDecoderTest.class.getResourceAsStream("/crosscheck/sample-article.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        text += "\n\nangela merkel met emmanuel macron in paris.\nBREAKING: NATO CHIEF JENS STOLTENBERG VISITS KYIV"
                + "\nOn Monday, the U.N. Security Council and the World Bank's Ajay Banga spoke in New York.";
        OpenNlpModels models = OpenNlpModels.load();
        OpenNlpPosTagger tagger = new OpenNlpPosTagger(models);
        RuleBasedTokenizer tokenizer = new RuleBasedTokenizer();
        document = new ArrayList<>();
        for (TextSpan sentence : new OpenNlpSentenceSplitter(models).split(text, 0, text.length())) {
            String whole = text;
            List<String> words = tokenizer.tokenize(text, sentence).stream().map(t -> t.of(whole)).toList();
            List<String> tags = tagger.tag(words);
            String[] encoded = new String[words.size()];
            for (int i = 0; i < encoded.length; i++) {
                encoded[i] = NerTokens.encode(words.get(i), tags.get(i));
            }
            document.add(encoded);
        }
    }

    @Test
    void findsTheNamesOpenNlpsNameFinderFinds() {
        NameFinderME reference = new NameFinderME(model);
        NameDecoder decoder = NameDecoder.of(model, NerFeatureGeneratorFactory.gazetteer(),
                NerFeatureGeneratorFactory.clusters());
        NameDecoder.Document state = decoder.newDocument();
        int names = 0;
        for (String[] sentence : document) {
            Span[] expected = reference.find(sentence);
            Span[] actual = decoder.find(sentence, state);
            // spans are equal when their start, end and type are
            assertEquals(Arrays.asList(expected), Arrays.asList(actual), () -> String.join(" ", sentence));
            names += expected.length;
        }
        assertTrue(names > 20, "names compared: " + names);
    }

    @Test
    void readsTheBeamSizeFromTheModel() {
        assertEquals(3, NameDecoder.beamSizeOf(model.getManifestProperty(NameDecoder.BEAM_SIZE_PROPERTY)));
        assertEquals(NameDecoder.DEFAULT_BEAM_SIZE, NameDecoder.beamSizeOf(null));
    }
}
