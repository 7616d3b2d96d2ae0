package crosscheck.claims;

import crosscheck.model.LoadedTerm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoadedLanguageTest {
    private static List<String> marked(LoadedLanguage lexicon, String text) {
        return lexicon.find(text).stream().map(LoadedTerm::text).toList();
    }

    @Test
    void marksWholeWordsPhrasesAndPrefixes() {
        String text = "The Kremlin's puppet government ran a genocidal, fast-collapsing regime; critics call it a blank  cheque.";
        assertEquals(List.of("puppet government", "genocidal", "fast-collapsing", "regime", "blank  cheque"),
                marked(LoadedLanguage.builtIn(), text));
    }

    @Test
    void eachMarkCarriesItsReason() {
        LoadedTerm term = LoadedLanguage.builtIn().find("A so-called ceasefire.").get(0);
        assertEquals("so-called", term.text());
        assertEquals("distancing word that casts doubt", term.reason());
    }

    @Test
    void partsOfOtherWordsAreNotMarked() {
        assertTrue(marked(LoadedLanguage.builtIn(), "The regimental band played; the evildoer's lieutenant lied.").isEmpty());
    }

    @Test
    void aTeamFileExtendsTheLexiconWithoutARestart(@TempDir Path data) throws IOException {
        LoadedLanguage lexicon = LoadedLanguage.withTeamFile(data);
        assertTrue(marked(lexicon, "A junta seized power.").isEmpty());
        Path file = data.resolve(LoadedLanguage.TEAM_FILE);
        Files.writeString(file, "# ours\njunta\tlabel for a military government\n");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
        List<LoadedTerm> found = lexicon.find("A junta seized power.");
        assertEquals("label for a military government", found.get(0).reason());
    }
}
