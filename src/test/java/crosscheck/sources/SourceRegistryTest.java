package crosscheck.sources;

import crosscheck.model.Claim;
import crosscheck.model.ClaimType;
import crosscheck.model.SourceLink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SourceRegistryTest {
    @Test
    void theShippedRegistryCoversTheRequiredBodies() {
        Set<String> ids = Set.copyOf(SourceRegistry.builtIn().entries().stream().map(SourceEntry::id).toList());
        assertTrue(ids.containsAll(Set.of("congress-bills", "fiscal-data", "debt-to-the-penny", "bls", "bea", "census", "cbo",
                "usaspending", "state-dept", "white-house", "defense-gov", "gov-uk", "legislation-uk", "hansard", "ons", "obr",
                "electoral-commission", "eur-lex", "eurostat", "europarl", "eu-council", "un-press", "world-bank", "imf",
                "sipri", "nato", "icc", "ohchr", "ocha", "reuters", "ap", "afp", "google-factcheck", "fullfact",
                "politifact", "factcheck-org")), ids.toString());
        for (SourceEntry entry : SourceRegistry.builtIn().entries()) {
            assertTrue(entry.search().startsWith("https://") && entry.home().startsWith("https://"), entry.id());
        }
    }

    @Test
    void aTeamFileAddsASourceWithoutARestart(@TempDir Path data) throws IOException {
        SourceRegistry registry = SourceRegistry.withTeamFile(data);
        SourceMatcher matcher = new SourceMatcher(registry);
        String text = "The council's housing budget rose by £4 million this year.";
        Claim claim = new Claim("c", 0, text.length(), text, 0.9, List.of(ClaimType.STATISTIC), List.of(), List.of());
        ClaimSources context = new ClaimSources(claim, List.of(), List.of(), Set.of("UK"), List.of());
        assertFalse(matcher.match(context).stream().anyMatch(l -> l.url().contains("council.example")));

        Files.writeString(data.resolve(SourceRegistry.TEAM_FILE), """
                {"sources": [{"id": "city-budget", "name": "City Council budget papers",
                  "home": "https://council.example.gov.uk", "search": "https://council.example.gov.uk/search?q={query}",
                  "jurisdiction": ["UK"], "keywords": ["council", "housing budget"], "claimTypes": ["statistic"],
                  "kind": "primary", "action": "search budget papers for"}]}
                """);
        Files.setLastModifiedTime(data.resolve(SourceRegistry.TEAM_FILE), FileTime.from(Instant.now().plusSeconds(5)));
        List<SourceLink> links = matcher.match(context);
        assertEquals("council.example.gov.uk", java.net.URI.create(links.get(0).url()).getHost(), links.toString());
        assertTrue(links.get(0).label().startsWith("City Council budget papers: search budget papers for"));
    }

    @Test
    void aBrokenTeamFileFallsBackToTheShippedRegistry(@TempDir Path data) throws IOException {
        Files.writeString(data.resolve(SourceRegistry.TEAM_FILE), "{ not json");
        assertEquals(SourceRegistry.builtIn().entries().size(), SourceRegistry.withTeamFile(data).entries().size());
    }

    @Test
    void anEntryWithAPlainHttpUrlIsRefused() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new SourceEntry("x", "X", "http://x.example", "https://x.example/?q={query}", null, null, null,
                        null, null, null, null));
        assertTrue(e.getMessage().contains("https"));
    }
}
