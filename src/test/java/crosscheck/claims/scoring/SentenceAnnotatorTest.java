package crosscheck.claims.scoring;

import crosscheck.model.Token;
import crosscheck.nlp.AnnotatedText;
import crosscheck.nlp.NlpPipeline;
import crosscheck.nlp.OpenNlpModels;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The trainer's annotator sees the tokens and tags the product sees, so the model learns the product's input. */
class SentenceAnnotatorTest {
    static final List<String> LINES = List.of(
            "The U.S. lost 61,000 jobs in Jan. and Mr. Smith's non-profit said so.",
            "We've cut taxes by 2.5% — not once, but twice (in 2017 and 2019)!",
            "\"They're leaving,\" he said of Ford's small-car division; it's 7-6 now.",
            "Prices rose 1/2 a point at e-mail.com/a-b, didn't they?");

    @Test
    void tokensAndTagsAreTheProductPipelines() {
        NlpPipeline product = NlpPipeline.openNlp(OpenNlpModels.load(), (text, sentences) -> List.of(),
                text -> crosscheck.nlp.LanguageGuesser.ENGLISH);
        SentenceAnnotator annotator = SentenceAnnotator.load();
        for (String line : LINES) {
            ClaimExample example = annotator.annotate(new ClaimCorpora.RawSentence(ClaimExample.Corpus.CHECKTHAT, "d",
                    1, line, false, "A", null));
            AnnotatedText annotated = product.annotate(line, 0);
            List<String> words = new ArrayList<>();
            List<String> tags = new ArrayList<>();
            for (List<Token> sentence : annotated.tokens()) {
                for (Token token : sentence) {
                    words.add(token.text());
                    tags.add(token.pos());
                }
            }
            assertEquals(words, Arrays.asList(example.words()), line);
            assertEquals(tags, Arrays.asList(example.tags()), line);
        }
    }
}
