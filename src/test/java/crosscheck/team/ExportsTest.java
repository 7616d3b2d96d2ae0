package crosscheck.team;

import crosscheck.model.Article;
import crosscheck.model.ClaimNote;
import crosscheck.model.ClaimState;
import crosscheck.model.ClaimStatus;
import crosscheck.model.PageInfo;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExportsTest {
    static final Instant AT = Instant.parse("2026-11-24T12:00:00Z");

    static Article article() {
        var claim = ClaimAnchorTest.claim("c-fund", "The fund holds $4 billion.");
        var growth = ClaimAnchorTest.claim("c-growth", "It grew 5% in 2025.");
        return new Article("0123456789abcdef", "Aid [click](javascript:x) *now*", AT, "https://news.example/aid",
                PageInfo.NONE, ClaimAnchorTest.analysis(claim, growth));
    }

    static Map<String, ClaimState> states() {
        return Map.of("c-fund", new ClaimState("c-fund", ClaimStatus.FALSE, "Dana", 2, AT, "ana", null,
                List.of(new ClaimNote(1, "ana", "Treasury data say **$3.1 billion**.", AT)), List.of()));
    }

    @Test
    void theMarkdownReportListsEveryClaimWithItsFindingsAndEscapesArticleText() {
        String report = Exports.markdown(article(), states(), "https://cc.example/a/0123456789abcdef");
        assertTrue(report.startsWith("# Aid \\[click\\](javascript:x) \\*now\\*\n"), report);
        assertTrue(report.contains("**2 claims**: 1 unchecked · 1 false\n"), report);
        assertTrue(report.contains("## 1. FALSE\n\n> The fund holds $4 billion."));
        assertTrue(report.contains("- Assignee: Dana"));
        assertTrue(report.contains("Treasury data say **$3.1 billion**."), "notes keep their Markdown");
        assertTrue(report.contains("## 2. UNCHECKED"));
    }

    @Test
    void claimReviewsArePublishedOnlyForRatedClaims() {
        String json = Exports.claimReview(article(), states(), "https://cc.example/a/0123456789abcdef", "Desk");
        assertTrue(json.contains("\"@type\":\"ClaimReview\""));
        assertTrue(json.contains("\"claimReviewed\":\"The fund holds $4 billion.\""));
        assertTrue(json.contains("\"ratingValue\":1"));
        assertTrue(json.contains("\"alternateName\":\"False\""));
        assertTrue(json.contains("\"url\":\"https://news.example/aid\""));
        assertTrue(json.contains("\"datePublished\":\"2026-11-24\""));
        assertFalse(json.contains("It grew 5%"), "an unchecked claim is not reviewed");
        assertEquals("[]", Exports.claimReview(article(), Map.of(), "u", "Desk"));
    }
}
