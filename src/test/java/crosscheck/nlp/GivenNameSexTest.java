package crosscheck.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import crosscheck.nlp.GivenNameSex.Sex;
import org.junit.jupiter.api.Test;

class GivenNameSexTest {
    @Test
    void namesTheListsAgreeOnHaveASexInAnyCase() {
        assertEquals(Sex.FEMALE, GivenNameSex.of("Yasmin"));
        assertEquals(Sex.FEMALE, GivenNameSex.of("SOLÈNE"));
        assertEquals(Sex.MALE, GivenNameSex.of("conor"));
        assertEquals(Sex.MALE, GivenNameSex.of("Jean-Baptiste"));
    }

    @Test
    void namesBothSexesBearAndWordsThatAreNoNamesHaveNone() {
        assertEquals(Sex.UNKNOWN, GivenNameSex.of("Andrea"), "female in English, male in Italian");
        assertEquals(Sex.UNKNOWN, GivenNameSex.of("Jean"), "female in English, male in French");
        assertEquals(Sex.UNKNOWN, GivenNameSex.of("Pentagon"));
        assertEquals(Sex.UNKNOWN, GivenNameSex.of(""));
    }
}
