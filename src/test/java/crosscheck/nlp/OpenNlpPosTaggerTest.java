package crosscheck.nlp;

import crosscheck.model.TextSpan;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Our decoding of OpenNLP's POS model against OpenNLP's own, which generates the features by its descriptor. */
class OpenNlpPosTaggerTest {
    private static OpenNlpModels models;
    private static List<List<String>> sentences;

    @BeforeAll
    static void load() throws IOException {
        models = OpenNlpModels.load();
        String text;
        try (InputStream in = OpenNlpPosTaggerTest.class.getResourceAsStream("/crosscheck/sample-article.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        text += "\n\nSHE SAID NO. i dont know lol!!! Mr. O'Neill's 3-pointer, at 9:30 p.m., cost $4.5m (€3,9m).";
        sentences = new ArrayList<>();
        RuleBasedTokenizer tokenizer = new RuleBasedTokenizer();
        for (TextSpan sentence : new OpenNlpSentenceSplitter(models).split(text, 0, text.length())) {
            String document = text;
            sentences.add(tokenizer.tokenize(text, sentence).stream().map(t -> t.of(document)).toList());
        }
    }

    private static List<String> openNlpTags(List<String> tokens) {
        POSModel model = models.posModel();
        MaxentModel maxent = model.getArtifact(OpenNlpPosTagger.POS_ARTIFACT);
        return new BeamSearch(1, maxent).bestSequence(tokens.toArray(String[]::new), null,
                model.getFactory().getPOSContextGenerator(0), model.getFactory().getSequenceValidator()).getOutcomes();
    }

    @Test
    void tagsAsOpenNlpsGreedyDecoderDoes() {
        OpenNlpPosTagger tagger = new OpenNlpPosTagger(models);
        int tokens = 0;
        for (List<String> sentence : sentences) {
            assertEquals(openNlpTags(sentence), tagger.tag(sentence), sentence::toString);
            tokens += sentence.size();
        }
        assertTrue(tokens > 300, "tokens compared: " + tokens);
    }

    @Test
    void taggingADocumentAtOnceGivesTheSameTagsAsSentenceBySentence() {
        OpenNlpPosTagger tagger = new OpenNlpPosTagger(models);
        List<List<String>> bySentence = sentences.stream().map(tagger::tag).toList();
        assertEquals(bySentence, tagger.tagDocument(sentences));
    }

    @Test
    void anEmptySentenceHasNoTags() {
        assertEquals(List.of(), new OpenNlpPosTagger(models).tag(List.of()));
    }
}
