package crosscheck.claims;

import crosscheck.model.ClaimType;
import crosscheck.model.Entity;
import crosscheck.model.EntityType;
import crosscheck.model.TextSpan;
import crosscheck.model.Token;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvidenceFinderTest {
    private final EvidenceFinder finder = new EvidenceFinder();

    /** One sentence of whitespace tokens tagged as {@code tags} says, X otherwise. */
    private static SentenceContext sentence(String text, Map<String, String> tags) {
        List<Token> tokens = new ArrayList<>();
        Matcher word = Pattern.compile("[^\\s.]+").matcher(text);
        while (word.find()) {
            tokens.add(new Token(word.start(), word.end(), word.group(), tags.getOrDefault(word.group(), "X")));
        }
        return new SentenceContext(text, new TextSpan(0, text.length()), tokens, List.of(), List.of());
    }

    @Test
    void aWordTheTaggerCallsANumberCountsNothingButANumberWordDoes() {
        Evidence hurry = finder.find(sentence("The bill's champions are in a hurry.",
                Map.of("bill's", "NUM", "champions", "NOUN")));
        assertFalse(hurry.reasons().stream().anyMatch(r -> r.startsWith("figure")), hurry.reasons().toString());
        Evidence senators = finder.find(sentence("Twenty-five senators voted against it.",
                Map.of("Twenty-five", "NUM", "senators", "NOUN")));
        assertTrue(senators.reasons().contains("figure: Twenty-five senators"), senators.reasons().toString());
    }

    @Test
    void nobodySayingIsNoAttribution() {
        String text = "The truth is that nobody in The Hague has yet explained who will pay.";
        SentenceContext plain = sentence(text, Map.of());
        int hague = text.indexOf("The Hague");
        Evidence nobody = finder.find(new SentenceContext(text, plain.span(), plain.tokens(), List.of(new Entity(hague,
                hague + 9, EntityType.LOCATION, "The Hague", "loc-the-hague")), List.of()));
        assertFalse(nobody.types().contains(ClaimType.ATTRIBUTION), nobody.reasons().toString());
    }

    @Test
    void theWritersShrugIsOpinionAndANumberAfterTheNamesAKnownSet() {
        assertTrue(finder.find(sentence("Whether that optimism survives the weekend is anyone's guess.", Map.of()))
                .opinion());
        assertTrue(finder.find(sentence("Whether that is enough to keep it alive is another question.", Map.of()))
                .opinion());
        Evidence known = finder.find(sentence("For the alliance, the two newcomers are a gift.",
                Map.of("two", "NUM", "newcomers", "NOUN")));
        assertFalse(known.reasons().stream().anyMatch(r -> r.startsWith("figure")), known.reasons().toString());
        Evidence counted = finder.find(sentence("Two newcomers joined the alliance.", Map.of("Two", "NUM",
                "newcomers", "NOUN")));
        assertTrue(counted.reasons().contains("figure: Two newcomers"), counted.reasons().toString());
    }

    @Test
    void whatShouldHappenIsReportedNotUrged() {
        assertFalse(finder.find(sentence("The fund is nearly spent, and the quarrel over what should replace it is "
                + "splitting the coalition.", Map.of())).opinion());
        assertTrue(finder.find(sentence("The coalition should replace it with a permanent budget.", Map.of())).opinion());
    }

    @Test
    void theWritersJudgementIsOpinion() {
        for (String judgement : List.of("It is hard to see how that gap closes without higher taxes.",
                "That is rich coming from lawmakers who waved through trillions.",
                "It is not a good look for an administration that made deterrence its slogan.",
                "Critics abroad would do well to remember who guards the southern flank.")) {
            assertTrue(finder.find(sentence(judgement, Map.of())).opinion(), judgement);
        }
        assertFalse(finder.find(sentence("It is hard to find spare parts for the old jets, the report found.", Map.of()))
                .opinion());
    }

    @Test
    void theWritersRhetoricIsOpinion() {
        for (String rhetoric : List.of("Shame on every senator who voted to leave Ukraine defenceless.",
                "For too long, Britain rolled out the red carpet for the oligarchs.",
                "There is nothing strong about breaking promises to the poorest.",
                "It is nothing of the kind: it is a windfall for shareholders.",
                "Make no mistake, this is a retreat.", "Nobody disputes that Ukraine must be defended.")) {
            assertTrue(finder.find(sentence(rhetoric, Map.of())).opinion(), rhetoric);
        }
        assertFalse(finder.find(sentence("The senators voted 61 to 39 for the package on Tuesday.", Map.of())).opinion());
    }
}
