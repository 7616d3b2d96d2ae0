package crosscheck.nlp;

import crosscheck.model.EntityType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DatelineTest {
    /** The places {@link EntityRecognizer#placeDatelines} marks, given one name mention the finder got wrong. */
    private static List<String> places(String text, Mention wrong) {
        List<Mention> mentions = new ArrayList<>(wrong == null ? List.of() : List.of(wrong));
        EntityRecognizer.placeDatelines(text, mentions);
        return mentions.stream().map(m -> m.type() + ":" + text.substring(m.start(), m.end())).toList();
    }

    @Test
    void thePlaceOfADatelineIsALocationWhateverTheFinderSaid() {
        String text = "Aid vote nears\n\nWASHINGTON — Senate leaders advanced the bill on Wednesday.";
        int at = text.indexOf("WASHINGTON");
        assertEquals(List.of("LOCATION:WASHINGTON"), places(text, new Mention(at, at + 10, EntityType.ORGANIZATION)));
    }

    @Test
    void datelinesWithACountryOrAnAgencyKeepOnlyTheCapitalisedPlace() {
        assertEquals(List.of("LOCATION:KYIV"), places("KYIV, Ukraine — Air raid sirens sounded.", null));
        assertEquals(List.of("LOCATION:NEW YORK"), places("Intro.\nNEW YORK (Reuters) - Stocks fell.", null));
        assertEquals(List.of("LOCATION:BRUSSELS"), places("BRUSSELS, Feb 1 (AFP) - Leaders met.", null));
        assertEquals(List.of("LOCATION:NEW DELHI"), places("NEW DELHI: The ministry was allocated more.", null));
    }

    @Test
    void labelsAndOrdinarySentencesAreNotDatelines() {
        assertEquals(List.of(), places("BREAKING — The vote failed.", null));
        assertEquals(List.of(), places("CLAIM: The bill costs $1 trillion.", null));
        assertEquals(List.of(), places("NOTE: figures are rounded.", null));
        assertEquals(List.of(), places("The NATO summit opens - in Vilnius.", null));
        assertEquals(List.of(), places("Senate leaders met — briefly.", null));
    }
}
