package crosscheck.claims;

import crosscheck.model.Claim;
import crosscheck.model.ClaimType;
import crosscheck.model.Entity;
import crosscheck.model.EntityType;
import crosscheck.model.Quote;
import crosscheck.model.TextSpan;
import crosscheck.model.Token;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClaimFinderTest {
    private final ClaimFinder finder = new ClaimFinder(new EvidenceScorer(), ClaimFinder.DEFAULT_THRESHOLD);

    /** Whitespace tokens; numbers tagged NUM, the rest X: enough for the evidence rules. */
    private static List<List<Token>> tokens(String text, List<TextSpan> sentences) {
        return tokens(text, sentences, Set.of());
    }

    /** Whitespace tokens as above, with the words in {@code verbs} tagged VERB. */
    private static List<List<Token>> tokens(String text, List<TextSpan> sentences, Set<String> verbs) {
        List<List<Token>> all = new ArrayList<>();
        for (TextSpan sentence : sentences) {
            List<Token> tokens = new ArrayList<>();
            Matcher word = Pattern.compile("[^\\s]+").matcher(text).region(sentence.start(), sentence.end());
            while (word.find()) {
                tokens.add(new Token(word.start(), word.end(), word.group(),
                        word.group().matches("[\\d,.]+") ? "NUM" : verbs.contains(word.group()) ? "VERB" : "X"));
            }
            all.add(tokens);
        }
        return all;
    }

    private ClaimFinder.Result find(String text, List<Entity> entities) {
        List<TextSpan> sentences = Fixtures.sentences(text);
        List<Quote> quotes = new QuoteFinder().find(text, sentences, entities, List.of());
        return finder.find(text, sentences, tokens(text, sentences), entities, quotes);
    }

    @Test
    void figuresAndQuotesAreClaimsWithTypesAndReasons() {
        String text = "The Senate approved $61 billion on Tuesday. "
                + "Blinken told Reuters: \"This package keeps Ukraine in the fight.\" "
                + "It is time for every democracy to stand with Ukraine.";
        ClaimFinder.Result result = find(text, Fixtures.entities(text, "Senate", EntityType.ORGANIZATION,
                "$61 billion", EntityType.MONEY, "Tuesday", EntityType.DATE, "Blinken", EntityType.PERSON,
                "Reuters", EntityType.ORGANIZATION, "Ukraine", EntityType.LOCATION));
        assertEquals(3, result.sentences().size());
        List<Claim> claims = result.claims();
        assertEquals(2, claims.size(), claims.toString());
        Claim money = claims.stream().filter(c -> c.text().contains("$61 billion")).findFirst().orElseThrow();
        assertTrue(money.types().contains(ClaimType.STATISTIC));
        assertTrue(money.reasons().contains("amount: $61 billion"), money.reasons().toString());
        Claim quote = claims.stream().filter(c -> c.types().contains(ClaimType.QUOTE)).findFirst().orElseThrow();
        assertTrue(quote.reasons().contains("quote attributed to Blinken via Reuters"), quote.reasons().toString());
        assertFalse(claims.stream().anyMatch(c -> c.text().startsWith("It is time")), "a call to action is no claim");
    }

    @Test
    void claimsAreRankedAndIdsAreStable() {
        String text = "Inflation rose to 3.1% in 2024, the highest since 1991. The minister spoke.";
        ClaimFinder.Result first = find(text, Fixtures.entities(text, "3.1%", EntityType.PERCENT, "2024", EntityType.DATE, "1991", EntityType.DATE));
        ClaimFinder.Result again = find(text, Fixtures.entities(text, "3.1%", EntityType.PERCENT, "2024", EntityType.DATE, "1991", EntityType.DATE));
        assertEquals(first.claims().get(0).id(), again.claims().get(0).id());
        assertTrue(first.claims().get(0).types().contains(ClaimType.COMPARISON));
        for (int i = 1; i < first.claims().size(); i++) {
            assertTrue(first.claims().get(i - 1).score() >= first.claims().get(i).score());
        }
    }

    @Test
    void aBodyDisputingSomethingIsAnEvent() {
        String text = "The Defense Department disputed that reading. The Treasury questioned the figures. "
                + "Beijing reacted angrily.";
        List<Entity> entities = Fixtures.entities(text, "Defense Department", EntityType.ORGANIZATION,
                "Treasury", EntityType.ORGANIZATION, "Beijing", EntityType.LOCATION);
        List<TextSpan> sentences = Fixtures.sentences(text);
        List<Claim> claims = new ClaimFinder(new EvidenceScorer(), 0.1)
                .find(text, sentences, tokens(text, sentences), entities, List.of()).claims();
        assertEquals(3, claims.size(), claims.toString());
        assertTrue(claims.stream().allMatch(c -> c.types().contains(ClaimType.EVENT)), claims.toString());
    }

    @Test
    void anActionSetOnADateIsAnEventWhateverItsVerb() {
        String text = "Lawmakers return from recess on April 9. Call your senator today.";
        List<Entity> entities = Fixtures.entities(text, "April 9", EntityType.DATE, "today", EntityType.DATE);
        List<TextSpan> sentences = Fixtures.sentences(text);
        List<Claim> claims = new ClaimFinder(new EvidenceScorer(), 0.0)
                .find(text, sentences, tokens(text, sentences, Set.of("return", "Call")), entities, List.of())
                .claims();
        Claim recess = claims.stream().filter(c -> c.text().startsWith("Lawmakers")).findFirst().orElseThrow();
        assertTrue(recess.types().contains(ClaimType.EVENT), recess.toString());
        assertTrue(recess.reasons().contains("event: \"return\" with a date"), recess.reasons().toString());
        assertTrue(claims.stream().noneMatch(c -> c.text().startsWith("Call")), "a call to action is no event: " + claims);
    }

    @Test
    void theThresholdIsConfigurableButAnAmountIsAlwaysAClaim() {
        String text = "The Senate approved the package on Tuesday. The Senate approved $61 billion on Tuesday.";
        List<Entity> entities = Fixtures.entities(text, "Senate", EntityType.ORGANIZATION, "Tuesday", EntityType.DATE,
                "Senate", EntityType.ORGANIZATION, "$61 billion", EntityType.MONEY, "Tuesday", EntityType.DATE);
        List<TextSpan> sentences = Fixtures.sentences(text);
        ClaimFinder strict = new ClaimFinder(new EvidenceScorer(), 1.0);
        List<Claim> claims = strict.find(text, sentences, tokens(text, sentences), entities, List.of()).claims();
        assertEquals(1, claims.size());
        assertEquals("The Senate approved $61 billion on Tuesday.", claims.get(0).text());
        ClaimFinder lenient = new ClaimFinder(new EvidenceScorer(), 0.0);
        assertEquals(2, lenient.find(text, sentences, tokens(text, sentences), entities, List.of()).claims().size());
    }

    @Test
    void aTitleThatStatesAFigureIsAClaimLikeAnyOtherSentence() {
        String text = "Senate clears $61 billion\n\nThe Senate approved $61 billion on Tuesday.";
        List<Entity> entities = Fixtures.entities(text, "Senate", EntityType.ORGANIZATION, "$61 billion", EntityType.MONEY,
                "Senate", EntityType.ORGANIZATION, "$61 billion", EntityType.MONEY);
        List<TextSpan> sentences = Fixtures.sentences(text);
        ClaimFinder.Result result = finder.find(text, sentences, tokens(text, sentences), entities, List.of());
        assertEquals(2, result.sentences().size());
        assertEquals(2, result.claims().size());
    }

    @Test
    void aCallToActionOrAnOpinionIsNoClaimUnlessItStatesAValueOrAttributes() {
        String text = "Call your senator before Tuesday and tell them: not one more dollar. "
                + "Every member who voted yes owes the voters an explanation. "
                + "Roughly a third of the money goes to new missiles. "
                + "The measure cleared the chamber 311 to 112. "
                + "If you agree, call your representative before the committee vote. "
                + "Tell that to the family in Ohio paying 7 percent on a car loan. "
                + "Congress should stop writing blank checks for endless wars. "
                + "The fighting takes place in a 15-kilometre strip near Pokrovsk. "
                + "Not one more dollar for endless wars.";
        List<Entity> entities = Fixtures.entities(text, "Tuesday", EntityType.DATE, "Ohio", EntityType.LOCATION,
                "7 percent", EntityType.PERCENT, "Congress", EntityType.ORGANIZATION, "Pokrovsk", EntityType.LOCATION);
        List<TextSpan> sentences = Fixtures.sentences(text);
        ClaimFinder.Result result = new ClaimFinder(new EvidenceScorer(), 0.0)
                .find(text, sentences, tokens(text, sentences), entities, List.of());
        List<String> claimed = result.claims().stream().map(Claim::text).toList();
        assertFalse(claimed.stream().anyMatch(c -> c.startsWith("Call") || c.startsWith("Every") || c.startsWith("If")
                || c.startsWith("Tell") || c.startsWith("Congress") || c.startsWith("Not one")), claimed.toString());
        assertTrue(claimed.contains("The fighting takes place in a 15-kilometre strip near Pokrovsk."), claimed.toString());
        assertTrue(claimed.contains("Roughly a third of the money goes to new missiles."), claimed.toString());
        assertTrue(claimed.contains("The measure cleared the chamber 311 to 112."), claimed.toString());
    }

    @Test
    void shouldIsTheWritersViewAndFirstOrANounIsNoEvidence() {
        String text = "Before another dime leaves the Treasury, Congress should secure the border first. "
                + "First, Europe ought to pay for the partnerships that the coastal states want. "
                + "Europe should check their claims about Ghana. "
                + "Ghana was the first country to sign the pact. "
                + "Ghana states that the pact works.";
        List<Entity> entities = Fixtures.entities(text, "Treasury", EntityType.ORGANIZATION,
                "Congress", EntityType.ORGANIZATION, "Europe", EntityType.LOCATION, "Ghana", EntityType.LOCATION);
        List<TextSpan> sentences = Fixtures.sentences(text);
        List<List<Token>> tokens = tokens(text, sentences, Set.of("check", "states"));
        ClaimFinder.Result result = new ClaimFinder(new EvidenceScorer(), 0.0)
                .find(text, sentences, retagged(tokens, Set.of("coastal"), "ADJ"), entities, List.of());
        List<String> claimed = result.claims().stream().map(Claim::text).toList();
        assertEquals(List.of("Ghana states that the pact works.", "Ghana was the first country to sign the pact."),
                claimed.stream().sorted().toList(), claimed.toString());
        assertTrue(result.claims().stream().filter(c -> c.text().startsWith("Ghana was")).findFirst().orElseThrow()
                .types().contains(ClaimType.COMPARISON));
        assertTrue(result.claims().stream().filter(c -> c.text().startsWith("Ghana states")).findFirst().orElseThrow()
                .types().contains(ClaimType.ATTRIBUTION));
    }

    @Test
    void aSentenceTheModelScoresCheckWorthyIsAnEventWhenNoRuleNamesItsKind() {
        String text = "The administration overruled them. The gap remains stark. \"Demand has never been stronger,\" "
                + "Stahl said. Join the rally on Friday and tell Congress: no.\n(Reporting by Ana Ruiz; Editing by Tom Lee)";
        List<Entity> entities = Fixtures.entities(text, "Ana Ruiz", EntityType.PERSON, "Tom Lee", EntityType.PERSON,
                "Stahl", EntityType.PERSON, "Friday", EntityType.DATE, "Congress", EntityType.ORGANIZATION);
        List<TextSpan> sentences = Fixtures.sentences(text);
        List<Quote> quotes = new QuoteFinder().find(text, sentences, entities, List.of());
        CheckworthinessScorer everything = (sentence, evidence) -> 0.8;
        ClaimFinder.Result result = new ClaimFinder(everything, ClaimFinder.DEFAULT_THRESHOLD)
                .find(text, sentences, tokens(text, sentences, Set.of("overruled", "said", "Join", "tell")), entities, quotes);
        List<String> claimed = result.claims().stream().map(Claim::text).toList();
        assertEquals(List.of("\"Demand has never been stronger,\" Stahl said.", "The administration overruled them."),
                claimed.stream().sorted().toList(), "no verb in 'The gap remains stark' as tagged here; credits and "
                        + "orders to the reader are no claims");
        Claim overruled = result.claims().stream().filter(c -> c.text().startsWith("The admin")).findFirst().orElseThrow();
        assertEquals(List.of(ClaimType.EVENT), overruled.types());
        assertEquals(List.of("event: \"overruled\" (scored check-worthy)"), overruled.reasons());
    }

    /** The tokens with the words in {@code words} tagged {@code pos}. */
    private static List<List<Token>> retagged(List<List<Token>> sentences, Set<String> words, String pos) {
        return sentences.stream().map(tokens -> tokens.stream().map(token -> words.contains(token.text())
                ? new Token(token.start(), token.end(), token.text(), pos) : token).toList()).toList();
    }

    @Test
    void aSentenceOnlyTheModelLikesMustNameSomethingOrScoreWellAboveTheThreshold() {
        ClaimFinder scoredSix = new ClaimFinder((sentence, evidence) -> 0.6, ClaimFinder.DEFAULT_THRESHOLD);
        String text = "Security is not measured in missiles alone. The administration in Kyiv overruled them.";
        List<TextSpan> sentences = Fixtures.sentences(text);
        List<Entity> entities = Fixtures.entities(text, "Kyiv", EntityType.LOCATION);
        ClaimFinder.Result result = scoredSix.find(text, sentences, tokens(text, sentences, Set.of("measured",
                "overruled")), entities, List.of());
        assertEquals(1, result.claims().size(), result.claims().toString());
        assertTrue(result.claims().get(0).text().contains("overruled"), result.claims().toString());
        ClaimFinder scoredSeven = new ClaimFinder((sentence, evidence) -> 0.7, ClaimFinder.DEFAULT_THRESHOLD);
        assertEquals(2, scoredSeven.find(text, sentences, tokens(text, sentences, Set.of("measured", "overruled")),
                entities, List.of()).claims().size());
    }

    @Test
    void theWritersOwnQuestionIsNoClaimWithAFigureButAQuotedOneIs() {
        String text = "Who in Rome can still claim, with a straight face, that 2% is beyond reach? \"Who will pay the "
                + "$61 billion?\" Marco Bellini asked on Tuesday.";
        List<Entity> entities = Fixtures.entities(text, "Rome", EntityType.LOCATION, "2%", EntityType.PERCENT,
                "$61 billion", EntityType.MONEY, "Marco Bellini", EntityType.PERSON, "Tuesday", EntityType.DATE);
        List<Claim> claims = find(text, entities).claims();
        assertEquals(1, claims.size(), claims.toString());
        assertTrue(claims.get(0).text().startsWith("\"Who will pay"), claims.toString());
    }
    @Test
    void aHeadlineLabelledOpinionIsNoClaimAndANounLikeSupportForGivesNoOrder() {
        String text = "Opinion: Kyiv won the argument, and the militias kept their guns\n"
                + "Support for sending air defences to Taiwan stood at 61%. "
                + "Demand for artillery shells has tripled since 2022.";
        List<Entity> entities = Fixtures.entities(text, "Kyiv", EntityType.LOCATION, "Taiwan", EntityType.LOCATION,
                "61%", EntityType.PERCENT, "2022", EntityType.DATE);
        List<TextSpan> sentences = Fixtures.sentences(text);
        ClaimFinder.Result result = new ClaimFinder(new EvidenceScorer(), 0.0)
                .find(text, sentences, tokens(text, sentences), entities, List.of());
        List<String> claimed = result.claims().stream().map(Claim::text).toList();
        assertFalse(claimed.stream().anyMatch(c -> c.startsWith("Opinion")), claimed.toString());
        assertTrue(claimed.contains("Support for sending air defences to Taiwan stood at 61%."), claimed.toString());
        assertTrue(claimed.contains("Demand for artillery shells has tripled since 2022."), claimed.toString());
    }
}
