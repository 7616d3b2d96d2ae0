package crosscheck.nlp;

import crosscheck.model.TextSpan;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OpenNlpStagesTest {
    static OpenNlpModels models;

    @BeforeAll
    static void load() {
        models = OpenNlpModels.load();
    }

    private static List<String> sentences(String text) {
        return new OpenNlpSentenceSplitter(models).split(text, 0, text.length()).stream().map(s -> s.of(text)).toList();
    }

    @Test
    void splitsSentencesAndNeverAcrossLineBreaks() {
        String text = "Budget talks\n\nThe U.S. Senate voted on Tuesday. Mr. Paul objected.\nA new line";
        List<String> sentences = sentences(text);
        assertEquals(List.of("Budget talks", "The U.S. Senate voted on Tuesday.", "Mr. Paul objected.", "A new line"), sentences);
    }

    @Test
    void aClosedQuoteEndsItsSentenceWhenACapitalFollows() {
        String text = "Mr Healey told the paper: ‘We will not make promises we cannot fund.’ He insisted Labour would act. "
                + "\"Will it work?\" she asked. \"We will see.\" said nobody in particular.";
        List<String> sentences = sentences(text);
        assertEquals(List.of("Mr Healey told the paper: ‘We will not make promises we cannot fund.’",
                "He insisted Labour would act.", "\"Will it work?\" she asked.",
                "\"We will see.\" said nobody in particular."), sentences);
    }

    @Test
    void aTitlesOrAMonthsAbbreviationDoesNotEndTheSentence() {
        String text = "The committee's ranking member, Sen. Douglas Pryor of Wyoming, said the plan had no end date. "
                + "Sen. Tom Hadley of Missouri, who chairs the panel, agreed with Rep. Carla Benitez. It passed. "
                + "The records are due by Feb. 28 at noon. DRDO chairman Dr V. Ramanathan said so. They chose Plan B. "
                + "The rest failed.";
        List<String> sentences = sentences(text);
        assertEquals(List.of("The committee's ranking member, Sen. Douglas Pryor of Wyoming, said the plan had no end "
                + "date.", "Sen. Tom Hadley of Missouri, who chairs the panel, agreed with Rep. Carla Benitez.",
                "It passed.", "The records are due by Feb. 28 at noon.", "DRDO chairman Dr V. Ramanathan said so.",
                "They chose Plan B.", "The rest failed."), sentences);
    }

    @Test
    void aStatesAbbreviationInAPartyTagOrAnIndianHonorificDoesNotEndTheSentence() {
        String text = "Rep. Nadia Ferrante, D-Calif., told CNN on Sunday that the bill was dead. Sen. Owen Marsh "
                + "(D-Mich.) said the vote would slip. “Nobody took our calls,” Smt. Kavitha Raman told me. Both spoke late.";
        assertEquals(List.of("Rep. Nadia Ferrante, D-Calif., told CNN on Sunday that the bill was dead.",
                "Sen. Owen Marsh (D-Mich.) said the vote would slip.", "“Nobody took our calls,” Smt. Kavitha Raman told me.",
                "Both spoke late."), sentences(text));
    }

    @Test
    void aBrigadiersAbbreviationDoesNotEndTheSentence() {
        String text = "“We need them quickly,” said Brig. Gen. Rudi Hartono, a ministry spokesman. Pvt. Ana Ruiz agreed.";
        assertEquals(List.of("“We need them quickly,” said Brig. Gen. Rudi Hartono, a ministry spokesman.",
                "Pvt. Ana Ruiz agreed."), sentences(text));
    }

    @Test
    void anAbbreviationBeforeALowerCaseWordDoesNotEndTheSentence() {
        String text = "Shares of its rival Tarrant Defense Corp. have nearly doubled since March. The rest fell.";
        assertEquals(List.of("Shares of its rival Tarrant Defense Corp. have nearly doubled since March.",
                "The rest fell."), sentences(text));
    }

    @Test
    void initialsInsideANameAndDecimalPointsDoNotEndTheSentence() {
        String text = "\"We are tired of paying,\" Senator J.D. Vance told Fox News. The council met. "
                + "President George W. Bush signed it in 2001. According to the Congressional Budget Office, that cut "
                + "would increase the deficit by $12.5 billion over ten years.";
        List<String> sentences = sentences(text);
        assertEquals(List.of("\"We are tired of paying,\" Senator J.D. Vance told Fox News.", "The council met.",
                "President George W. Bush signed it in 2001.", "According to the Congressional Budget Office, that cut "
                        + "would increase the deficit by $12.5 billion over ten years."), sentences);
    }

    @Test
    void aDecimalBeforeACapitalizedScaleWordDoesNotEndTheSentence() {
        assertEquals(List.of("The Pentagon Cannot Track $1.1 Billion in Aid, the audit found.", "It cost more."),
                sentences("The Pentagon Cannot Track $1.1 Billion in Aid, the audit found. It cost more."));
    }

    @Test
    void tokensAreCharacterSpansOfTheDocument() {
        String text = "Intro. He said: \"We'll pay $61 billion.\"";
        TextSpan sentence = new TextSpan(7, text.length());
        List<String> tokens = new OpenNlpTokenizer(models).tokenize(text, sentence).stream().map(t -> t.of(text)).toList();
        assertEquals(List.of("He", "said", ":", "\"", "We'll", "pay", "$", "61", "billion", ".", "\""), tokens);
    }

    @Test
    void tagsUniversalPartsOfSpeech() {
        List<String> tags = new OpenNlpPosTagger(models).tag(List.of("Healey", "spent", "61", "billion", "."));
        assertEquals(List.of("PROPN", "VERB", "NUM", "NUM", "PUNCT"), tags);
    }

    @Test
    void guessesEnglishAndGerman() {
        OpenNlpLanguageGuesser guesser = new OpenNlpLanguageGuesser(models);
        assertEquals("eng", guesser.guess("The Senate approved the aid package after months of delay in the House."));
        assertEquals("deu", guesser.guess("Der Bundestag hat am Donnerstag ein neues Hilfspaket für die Ukraine beschlossen, sagte der Minister."));
        assertEquals("eng", guesser.guess("Kyiv, Ukraine"), "too short to tell: counts as English");
    }

    @Test
    void aTextFullOfEnglishFunctionWordsIsEnglishWithoutTheModel() {
        String english = "The minister said on Tuesday that the government would not change its plan, and that the "
                + "money had been set aside for it by the Treasury. She added that they were still waiting for the "
                + "report, which is due in the spring, and that it was too early to say what it would show.";
        String german = "Der Minister sagte am Dienstag, dass die Regierung ihren Plan nicht ändern werde und das Geld "
                + "vom Finanzministerium dafür bereitgestellt worden sei. Sie fügte hinzu, dass man noch auf den "
                + "Bericht warte, der im Frühjahr erwartet wird, und es zu früh sei, um zu sagen, was er zeigen werde.";
        assertTrue(OpenNlpLanguageGuesser.isClearlyEnglish(english));
        assertFalse(OpenNlpLanguageGuesser.isClearlyEnglish(german));
        assertFalse(OpenNlpLanguageGuesser.isClearlyEnglish("The end of the war."), "too few words to tell");
        assertEquals("deu", new OpenNlpLanguageGuesser(models).guess(german));
    }
}
