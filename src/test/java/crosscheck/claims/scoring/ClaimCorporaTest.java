package crosscheck.claims.scoring;

import crosscheck.claims.Evidence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** ClaimBuster's CSV (quoted fields with commas, doubled quotes and line breaks; its labels) and CheckThat!'s TSV. */
class ClaimCorporaTest {
    @TempDir
    Path dir;

    @Test
    void claimBusterVerdictsGiveCheckWorthyAndFactualAndNoSpeaker() throws Exception {
        Path csv = dir.resolve("cb.csv");
        Files.writeString(csv, """
                Sentence_id,Text,Speaker,File_id,Line_number,Verdict
                1,We cut taxes by 10 percent.,A,d.txt,4,1
                2,I was born in a small town.,A,d.txt,5,0
                3,I love this country.,B,d.txt,9,-1
                """, StandardCharsets.UTF_8);
        List<ClaimCorpora.RawSentence> sentences = ClaimCorpora.readClaimBuster(csv);
        assertEquals(List.of(true, false, false), sentences.stream().map(ClaimCorpora.RawSentence::positive).toList());
        assertEquals(List.of(true, true, false), sentences.stream().map(ClaimCorpora.RawSentence::factual).toList());
        assertEquals(List.of(4, 5, 9), sentences.stream().map(ClaimCorpora.RawSentence::line).toList());
        assertEquals(List.of("", "", ""), sentences.stream().map(ClaimCorpora.RawSentence::speaker).toList());
    }

    @Test
    void checkThatLinesKeepTheirSpeaker() throws Exception {
        Path debates = Files.createDirectories(dir.resolve("ct"));
        Files.writeString(debates.resolve("d.tsv"), "1\tHOLT\tGood evening.\t0\n2\tTRUMP\tWe lost 70,000 factories.\t1\n",
                StandardCharsets.UTF_8);
        List<ClaimCorpora.RawSentence> sentences = ClaimCorpora.readCheckThat(debates);
        assertEquals(List.of("HOLT", "TRUMP"), sentences.stream().map(ClaimCorpora.RawSentence::speaker).toList());
        assertEquals(List.of(false, true), sentences.stream().map(ClaimCorpora.RawSentence::positive).toList());
        assertNull(sentences.get(0).factual());
    }

    @Test
    void aCacheLineReadsBackTheSameExample() {
        Evidence evidence = new Evidence(Set.of(), List.of(), 1, 0, 2, false, false, true, 3);
        ClaimExample example = new ClaimExample(ClaimExample.Corpus.CHECKTHAT, "d.tsv", 7, "Is it 5?", true,
                new String[] {"Is", "it", "5", "?"}, new String[] {"AUX", "PRON", "NUM", "PUNCT"}, evidence, "TRUMP", null);
        ClaimExample read = ClaimExample.fromCacheLine(example.toCacheLine());
        assertEquals(example.group(), read.group());
        assertEquals(example.line(), read.line());
        assertEquals(example.speaker(), read.speaker());
        assertNull(read.factual());
        assertArrayEquals(example.words(), read.words());
        assertEquals(example.evidence(), read.evidence());
        ClaimExample factual = new ClaimExample(ClaimExample.Corpus.CLAIMBUSTER, "d.txt", 1, "x", false,
                new String[] {"x"}, new String[] {"X"}, evidence, "", false);
        assertEquals(Boolean.FALSE, ClaimExample.fromCacheLine(factual.toCacheLine()).factual());
    }
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
