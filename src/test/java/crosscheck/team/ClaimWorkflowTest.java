package crosscheck.team;

import crosscheck.model.Analysis;
import crosscheck.model.Article;
import crosscheck.model.Claim;
import crosscheck.model.ClaimState;
import crosscheck.model.ClaimStatus;
import crosscheck.model.InputRejected;
import crosscheck.model.PageInfo;
import crosscheck.model.Role;
import crosscheck.store.Database;
import crosscheck.store.JdbcArticleStore;
import crosscheck.store.JdbcClaimStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The workflow over the real embedded database: roles, and the team's work following its text into a new analysis. */
class ClaimWorkflowTest {
    static final Access EDITOR = Access.token("ed", Role.EDITOR);
    static final Access VIEWER = Access.token("vi", Role.VIEWER);

    @TempDir
    Path data;

    @Test
    void statesFollowTheirSentenceIntoANewerAnalysisWithOtherClaimIds() {
        Database database = Database.sqlite(data);
        JdbcArticleStore articles = new JdbcArticleStore(database);
        ClaimWorkflow workflow = new ClaimWorkflow(articles, new JdbcClaimStore(database), Clock.systemUTC());
        Claim fund = ClaimAnchorTest.claim("c-fund", "The fund holds $4 billion.");
        Claim growth = ClaimAnchorTest.claim("c-growth", "It grew 5% in 2025.");
        articles.saveIfAbsent(new Article("0123456789abcdef", "Aid", Instant.EPOCH, "paste", PageInfo.NONE,
                ClaimAnchorTest.analysis(fund, growth)));
        workflow.write(EDITOR, "0123456789abcdef", "c-fund", 0, new ClaimWorkflow.Change(ClaimStatus.FALSE, null, "Wrong total."));
        assertThrows(InputRejected.class, () -> workflow.write(VIEWER, "0123456789abcdef", "c-growth", 0,
                new ClaimWorkflow.Change(ClaimStatus.VERIFIED, null, null)), "viewers cannot write");

        // a newer model joins the first two sentences into one claim with a new id
        Analysis newer = ClaimAnchorTest.analysis(ClaimAnchorTest.claim("c-joined", "The fund holds $4 billion. Officials said so on Monday."), growth);
        articles.addAnalysis("0123456789abcdef", newer, Instant.EPOCH.plusSeconds(60));
        Map<String, ClaimState> states = workflow.states(VIEWER, "0123456789abcdef");
        assertEquals(ClaimStatus.FALSE, states.get("c-joined").status());
        assertEquals("Wrong total.", states.get("c-joined").notes().get(0).text());

        ClaimState next = workflow.write(EDITOR, "0123456789abcdef", "c-joined", 1,
                new ClaimWorkflow.Change(ClaimStatus.MISLEADING, null, null));
        assertEquals(2, next.version(), "a write to the new claim continues the same record");
        assertEquals("c-joined", next.claimId());
        InputRejected other = assertThrows(InputRejected.class,
                () -> workflow.states(Access.share("fedcba9876543210"), "0123456789abcdef"));
        assertEquals(InputRejected.Reason.FORBIDDEN, other.reason(), "a share link reads only its own article");
        assertEquals(ClaimStatus.MISLEADING, workflow.states(Access.share("0123456789abcdef"), "0123456789abcdef")
                .get("c-joined").status());
    }
}
