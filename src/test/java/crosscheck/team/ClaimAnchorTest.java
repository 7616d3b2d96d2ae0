package crosscheck.team;

import crosscheck.model.Analysis;
import crosscheck.model.Claim;
import crosscheck.model.ClaimState;
import crosscheck.model.ClaimStatus;
import crosscheck.model.ClaimType;
import crosscheck.model.TextQuote;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The team's work stays with its claim when a newer analysis moves sentence boundaries or renames claims. */
class ClaimAnchorTest {
    static final String TEXT = "Aid\n\nThe fund holds $4 billion. Officials said so on Monday. It grew 5% in 2025.";

    static Analysis analysis(Claim... claims) {
        return new Analysis("Aid", TEXT, 5, "eng", null, List.of(), List.of(), List.of(), List.of(), List.of(claims), List.of());
    }

    static Claim claim(String id, String sentence) {
        int start = TEXT.indexOf(sentence);
        return new Claim(id, start, start + sentence.length(), sentence, 0.9, List.of(ClaimType.STATISTIC), List.of(), List.of());
    }

    static ClaimState stateOn(Claim claim) {
        return new ClaimState(claim.id(), ClaimStatus.FALSE, null, 1, Instant.EPOCH, "ana",
                TextQuote.of(TEXT, claim.start(), claim.end()), List.of(), List.of());
    }

    @Test
    void aClaimWithTheSameIdKeepsItsState() {
        Claim fund = claim("c-fund", "The fund holds $4 billion.");
        assertEquals(Map.of("c-fund", "c-fund"), ClaimWorkflow.anchor(Map.of("c-fund", stateOn(fund)), analysis(fund)));
    }

    @Test
    void aStateFollowsItsTextIntoAMergedSentenceWithANewId() {
        Claim old = claim("c-old", "The fund holds $4 billion.");
        Claim merged = claim("c-merged", "The fund holds $4 billion. Officials said so on Monday.");
        Claim other = claim("c-growth", "It grew 5% in 2025.");
        assertEquals(Map.of("c-merged", "c-old"), ClaimWorkflow.anchor(Map.of("c-old", stateOn(old)), analysis(other, merged)));
    }

    @Test
    void aStateWhoseTextIsGoneIsLeftStoredButUnattached() {
        Claim gone = new Claim("c-gone", 5, 10, "The f", 0.9, List.of(), List.of(), List.of());
        ClaimState state = new ClaimState("c-gone", ClaimStatus.VERIFIED, null, 1, Instant.EPOCH, "ana",
                new TextQuote("The fund holds $5 billion.", "", "", 5, 31), List.of(), List.of());
        assertEquals(Map.of(), ClaimWorkflow.anchor(Map.of(gone.id(), state), analysis(claim("c-growth", "It grew 5% in 2025."))));
    }

    @Test
    void theQuoteWithTheBestContextWinsAmongRepeats() {
        String text = "Yes. It rose. No. It rose. Maybe.";
        TextQuote second = TextQuote.of(text, 18, 26);
        assertEquals(18, second.locate(text));
        assertEquals(5, TextQuote.of(text, 5, 13).locate(text));
        assertEquals(19, second.locate(" " + text), "found again after the text shifted by one");
        assertEquals(-1, second.locate("Nothing here."));
    }
}
