package crosscheck.claims.scoring;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** ClaimBuster's CSV: quoted fields with commas, doubled quotes and line breaks. */
class ClaimCorporaTest {
    @Test
    void parsesQuotedFields() {
        List<List<String>> rows = ClaimCorpora.parseCsv("""
                id,Text,Verdict
                1,"He said ""no"", twice",1
                2,plain,-1\r
                3,"two
                lines",0
                """);
        assertEquals(4, rows.size());
        assertEquals(List.of("1", "He said \"no\", twice", "1"), rows.get(1));
        assertEquals(List.of("2", "plain", "-1"), rows.get(2));
        assertEquals(List.of("3", "two\nlines", "0"), rows.get(3));
    }
}
