package crosscheck.claims.scoring;

import crosscheck.claims.Evidence;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** The blend's folds keep a debate transcribed in both corpora in one fold. */
class ClaimTrainerTest {
    @Test
    void aDebateInBothCorporaIsOneFoldKey() {
        assertEquals(ClaimTrainer.foldKey(example(ClaimExample.Corpus.CLAIMBUSTER, "2016-10-09.txt")),
                ClaimTrainer.foldKey(example(ClaimExample.Corpus.CHECKTHAT, "20161010_2pres.tsv")));
        assertNotEquals(ClaimTrainer.foldKey(example(ClaimExample.Corpus.CLAIMBUSTER, "2016-10-09.txt")),
                ClaimTrainer.foldKey(example(ClaimExample.Corpus.CHECKTHAT, "20161005_vice_pres.tsv")));
    }

    @Test
    void noSharedDebateIsADevelopmentDebate() {
        for (var shared : ClaimTrainer.SHARED_DEBATES.entrySet()) {
            assertEquals(Set.of(), intersection(ClaimTrainer.CHECKTHAT_DEV, shared.getKey()));
            assertEquals(Set.of(), intersection(ClaimTrainer.CLAIMBUSTER_DEV, shared.getValue()));
        }
    }

    private static Set<String> intersection(Set<String> set, String value) {
        return set.contains(value) ? Set.of(value) : Set.of();
    }

    private static ClaimExample example(ClaimExample.Corpus corpus, String group) {
        Evidence none = new Evidence(Set.of(), List.of(), 0, 0, 0, false, false, false, 1);
        return new ClaimExample(corpus, group, 1, "Yes.", false, new String[] {"Yes"}, new String[] {"INTJ"}, none, "",
                null);
    }
}
