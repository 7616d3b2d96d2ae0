package crosscheck.nlp.ner;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Longest-match lookup of names in the gazetteer lists. */
class GazetteerTest {
    private final Gazetteer gazetteer = Gazetteer.of(Map.of(
            Gazetteer.NameList.LOC, List.of("new york", "new york city", "york"),
            Gazetteer.NameList.ORG, List.of("labour party")));

    @Test
    void marksTheLongestEntryAndItsInside() {
        int[] marks = gazetteer.match(new String[] {"in", "new", "york", "city", "today"});
        assertFalse(Gazetteer.begins(marks[0], Gazetteer.NameList.LOC));
        assertTrue(Gazetteer.begins(marks[1], Gazetteer.NameList.LOC));
        assertTrue(Gazetteer.continues(marks[2], Gazetteer.NameList.LOC));
        assertFalse(Gazetteer.begins(marks[2], Gazetteer.NameList.LOC));
        assertTrue(Gazetteer.continues(marks[3], Gazetteer.NameList.LOC));
        assertEquals(0, marks[4]);
    }

    @Test
    void aPrefixAloneIsNotAMatch() {
        int[] marks = gazetteer.match(new String[] {"labour", "said"});
        assertEquals(0, marks[0]);
        assertTrue(Gazetteer.begins(gazetteer.match(new String[] {"labour", "party"})[0], Gazetteer.NameList.ORG));
    }

    @Test
    void tokenizesLikeOurTokenizer() {
        assertEquals(List.of("coca", "-", "cola", "'s"), Gazetteer.tokenize("Coca-Cola's"));
        assertEquals(List.of("st.", "louis"), Gazetteer.tokenize(" St.  Louis "));
    }

    @Test
    void theShippedListsLoad() {
        Gazetteer shipped = Gazetteer.load();
        assertTrue(shipped.contains(Gazetteer.NameList.LOC, "london"));
        assertTrue(shipped.contains(Gazetteer.NameList.DEMONYM, "russian"));
        assertTrue(shipped.contains(Gazetteer.NameList.TITLE, "secretary"));
    }
}
