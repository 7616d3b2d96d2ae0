package crosscheck.claims.scoring;

import crosscheck.claims.Evidence;
import crosscheck.model.ClaimType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which sentences count as the view of an unnamed group, from their words and evidence. */
class NewsRulesTest {
    private static String[] words(String sentence) {
        return sentence.replace(".", " .").split(" ");
    }

    private static Evidence evidence(Set<ClaimType> types, int amounts, int dates, int names) {
        return new Evidence(types, List.of(), amounts, dates, names, false, false, false, 9);
    }

    @Test
    void aViewOfUnnamedCriticsMayNameThoseItJudges() {
        assertTrue(NewsRules.isUnnamedGroupsView(words("Critics say Washington has given Israel a free hand."),
                evidence(Set.of(ClaimType.ATTRIBUTION), 0, 0, 2)));
        assertTrue(NewsRules.isUnnamedGroupsView(words("Some critics say the pledge is meaningless."),
                evidence(Set.of(ClaimType.ATTRIBUTION), 0, 0, 0)));
    }

    @Test
    void aFigureADateOrAnEventIsSomethingToCheck() {
        assertFalse(NewsRules.isUnnamedGroupsView(words("Critics say the plan would cost $12 billion."),
                evidence(Set.of(ClaimType.STATISTIC), 1, 0, 0)));
        assertFalse(NewsRules.isUnnamedGroupsView(words("Critics say the vote was held on Monday."),
                evidence(Set.of(), 0, 1, 0)));
        assertFalse(NewsRules.isUnnamedGroupsView(words("Critics say Russia attacked the port."),
                evidence(Set.of(ClaimType.EVENT), 0, 0, 1)));
        assertFalse(NewsRules.isUnnamedGroupsView(words("Senator Paul says the pledge is meaningless."),
                evidence(Set.of(ClaimType.ATTRIBUTION), 0, 0, 1)));
    }

    @Test
    void aSentenceThatGoesOnWithAQuoteBeginsInsideIt() {
        assertTrue(NewsRules.continuesAQuote(words("I am asking for the tools to defend democracy . \"")));
        assertTrue(NewsRules.continuesAQuote(words("We will not retreat , ” he said .")));
        assertFalse(NewsRules.continuesAQuote(words("\" I am not asking for charity .")));
        assertFalse(NewsRules.continuesAQuote(words("He said \" we will win .")));
        assertFalse(NewsRules.continuesAQuote(words("He said \" we will win . \"")));
    }
}
