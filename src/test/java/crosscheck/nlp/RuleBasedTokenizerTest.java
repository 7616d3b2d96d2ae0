package crosscheck.nlp;

import crosscheck.model.TextSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RuleBasedTokenizerTest {
    private final RuleBasedTokenizer tokenizer = new RuleBasedTokenizer();

    private List<String> tokens(String text) {
        return tokenizer.tokenize(text, new TextSpan(0, text.length())).stream().map(t -> t.of(text)).toList();
    }

    /** Tokens joined by a space and each token in brackets, so that a test reads like the text. */
    private String bracketed(String text) {
        StringBuilder out = new StringBuilder();
        for (String token : tokens(text)) {
            out.append(out.isEmpty() ? "" : " ").append('[').append(token).append(']');
        }
        return out.toString();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "Ukraine got $61bn.|[Ukraine] [got] [$] [61bn] [.]",
            "It cost £15 billion, or €3.2m.|[It] [cost] [£] [15] [billion] [,] [or] [€] [3.2m] [.]",
            "Aid from the U.S. arrived.|[Aid] [from] [the] [U.S.] [arrived] [.]",
            "It came from the U.S.|[It] [came] [from] [the] [U.S.]",
            "I don't know, we'll see.|[I] [don't] [know] [,] [we'll] [see] [.]",
            "Send an e-mail or a long-term plan.|[Send] [an] [e-mail] [or] [a] [long] [-] [term] [plan] [.]",
            "Inflation was 2.5% in 2024.|[Inflation] [was] [2.5] [%] [in] [2024] [.]",
            "He said: \"We will pay.\"|[He] [said] [:] [\"] [We] [will] [pay] [.] [\"]",
            "“It is over,” she said.|[“] [It] [is] [over] [,] [”] [she] [said] [.]",
            "Mr. Smith met Dr. Jones and Rep. Lee.|[Mr.] [Smith] [met] [Dr.] [Jones] [and] [Rep.] [Lee] [.]",
            "See https://www.congress.gov/bill/815?q=aid-bill, please.|[See] [https://www.congress.gov/bill/815?q=aid-bill] [,] [please] [.]",
            "Write to press@example.org.|[Write] [to] [press@example.org] [.]",
            "The vote — delayed twice — passed.|[The] [vote] [—] [delayed] [twice] [—] [passed] [.]",
            "The plan—a compromise—failed.|[The] [plan] [—] [a] [compromise] [—] [failed] [.]",
            "It passed 311–112 (a record).|[It] [passed] [311–112] [(] [a] [record] [)] [.]",
            "Wait... what?|[Wait] [...] [what] [?]",
            "The company's and the states' views|[The] [company's] [and] [the] [states'] [views]",
            "He called it 'awful'.|[He] [called] [it] ['] [awful] ['] [.]",
            "A co-founder of a non-profit|[A] [co-founder] [of] [a] [non-profit]",
            "They won 7-6 and/or drew.|[They] [won] [7-6] [and] [/] [or] [drew] [.]",
            "At 9 a.m. on Jan. 5|[At] [9] [a.m.] [on] [Jan.] [5]",
            "John F. Kennedy spoke.|[John] [F.] [Kennedy] [spoke] [.]",
            "Ron Vance, R-Ohio, flew an F-16 on D-Day.|[Ron] [Vance] [,] [R] [-] [Ohio] [,] [flew] [an] [F-16] [on] [D-Day] [.]",
            "Rep. Ann Lee (D-Mich.) and Sen. Al Roy (R-S.C.) met in Erie, Pa., today.|[Rep.] [Ann] [Lee] [(] [D] [-] [Mich.] [)] [and] [Sen.] [Al] [Roy] [(] [R] [-] [S.C.] [)] [met] [in] [Erie] [,] [Pa.] [,] [today] [.]",
            "no.|[no] [.]"})
    void splitsHardCases(String text, String expected) {
        assertEquals(expected, bracketed(text));
    }

    @Test
    void tokensAreExactSpansOfTheDocumentInsideTheSentence() {
        String text = "Intro. He said: \"We'll pay $61 billion.\"";
        TextSpan sentence = new TextSpan(7, text.length());
        List<TextSpan> spans = tokenizer.tokenize(text, sentence);
        assertEquals(List.of("He", "said", ":", "\"", "We'll", "pay", "$", "61", "billion", ".", "\""),
                spans.stream().map(t -> t.of(text)).toList());
        assertEquals(new TextSpan(7, 9), spans.get(0));
        assertEquals(new TextSpan(27, 28), spans.get(6));
        assertEquals(new TextSpan(text.length() - 1, text.length()), spans.get(spans.size() - 1));
    }

    @Test
    void noBreakSpacesAndTabsSeparateTokens() {
        assertEquals(List.of("61", "billion", "dollars"), tokens("61\u00a0billion\tdollars"));
    }

    @Test
    void theWordsOfOtherScriptsKeepTheirHyphens() {
        assertEquals(List.of("какие-то", "люди"), tokens("какие-то люди"));
    }

    @Test
    void latinWordsWithAccentsSplitAtHyphensAsTheModelDoes() {
        assertEquals(List.of("the", "Düsseldorf", "-", "based", "group"), tokens("the Düsseldorf-based group"));
    }

    @Test
    void agreesWithOpenNlpsTokenizerModelOnTheSampleArticle() throws IOException {
        String text;
        try (InputStream in = getClass().getResourceAsStream("/crosscheck/sample-article.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        OpenNlpTokenizer model = new OpenNlpTokenizer(OpenNlpModels.load());
        int modelTokens = 0;
        int agreed = 0;
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            TextSpan whole = new TextSpan(0, line.length());
            Set<TextSpan> ours = new HashSet<>(tokenizer.tokenize(line, whole));
            for (TextSpan token : model.tokenize(line, whole)) {
                modelTokens++;
                agreed += ours.contains(token) ? 1 : 0;
            }
        }
        assertTrue(modelTokens > 300, "the sample has " + modelTokens + " tokens");
        double agreement = agreed / (double) modelTokens;
        assertTrue(agreement >= 0.98, "agreement with the model " + agreement);
    }
}
