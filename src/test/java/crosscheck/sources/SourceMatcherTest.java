package crosscheck.sources;

import crosscheck.model.Claim;
import crosscheck.model.ClaimType;
import crosscheck.model.Entity;
import crosscheck.model.EntityType;
import crosscheck.model.Quote;
import crosscheck.model.QuoteKind;
import crosscheck.model.SourceKind;
import crosscheck.model.SourceLink;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SourceMatcherTest {
    private final SourceMatcher matcher = new SourceMatcher(SourceRegistry.builtIn());

    private static Claim claim(String text, ClaimType... types) {
        return new Claim("c1", 0, text.length(), text, 0.9, List.of(types), List.of(), List.of());
    }

    private static Entity entity(String text, String name, EntityType type) {
        int at = text.indexOf(name);
        return new Entity(at, at + name.length(), type, name, "x");
    }

    private List<SourceLink> match(String text, List<Entity> entities, List<Quote> quotes, Set<String> article,
                                   List<String> cited, ClaimType... types) {
        return matcher.match(new ClaimSources(claim(text, types), entities, quotes, article, cited));
    }

    private static List<String> hosts(List<SourceLink> links) {
        return links.stream().map(l -> URI.create(l.url()).getHost()).toList();
    }

    @Test
    void aCongressionalAppropriationPointsAtCongressGovFirst() {
        String text = "The Senate passed the $61 billion supplemental appropriations bill for Ukraine.";
        List<SourceLink> links = match(text, List.of(entity(text, "Senate", EntityType.ORGANIZATION),
                entity(text, "$61 billion", EntityType.MONEY), entity(text, "Ukraine", EntityType.LOCATION)),
                List.of(), Set.of("US"), List.of(), ClaimType.STATISTIC, ClaimType.POLICY);
        assertEquals("www.congress.gov", hosts(links).get(0), links.toString());
        assertTrue(links.get(0).label().startsWith("Congress.gov: search bills"), links.get(0).label());
        assertTrue(links.size() <= SourceMatcher.MAX_LINKS);
    }

    @Test
    void aBritishDefenceSpendingFigurePointsAtUkSources() {
        String text = "Healey said defence spending had fallen to 2.1 per cent of GDP under the Conservatives.";
        List<SourceLink> links = match(text, List.of(entity(text, "2.1 per cent", EntityType.PERCENT)), List.of(),
                Set.of("UK"), List.of(), ClaimType.STATISTIC, ClaimType.ATTRIBUTION);
        List<String> hosts = hosts(links);
        assertTrue(hosts.contains("www.gov.uk") || hosts.contains("www.ons.gov.uk") || hosts.contains("www.sipri.org"), hosts.toString());
        assertFalse(hosts.contains("www.congress.gov"), "no US legislature for a UK claim: " + hosts);
        assertEquals(SourceKind.FACTCHECK, links.get(links.size() - 1).kind(), "a fact-check archive comes last");
    }

    @Test
    void aQuoteGivenToReutersSearchesReutersForTheQuoteWords() {
        String text = "Blinken told Reuters: \"This package keeps Ukraine in the fight.\"";
        int at = text.indexOf('"');
        Quote quote = new Quote(at, text.length(), text.substring(at), QuoteKind.DIRECT, "Antony Blinken", "p", "Reuters");
        List<SourceLink> links = match(text, List.of(), List.of(quote), Set.of("US"), List.of(), ClaimType.QUOTE);
        SourceLink wire = links.get(0);
        assertEquals(SourceKind.WIRE, wire.kind());
        assertTrue(wire.url().startsWith("https://www.reuters.com/site-search/?query="), wire.url());
        String query = URLDecoder.decode(wire.url().substring(wire.url().indexOf('=') + 1), StandardCharsets.UTF_8);
        assertEquals("This package keeps Ukraine in the fight", query);
    }

    @Test
    void claimsMatchedTogetherGetTheLinksTheyGetAlone() {
        String us = "The Senate passed the $61 billion supplemental appropriations bill for Ukraine.";
        String uk = "Healey said defence spending had fallen to 2.1 per cent of GDP under the Conservatives.";
        ClaimSources first = new ClaimSources(claim(us, ClaimType.STATISTIC), List.of(entity(us, "Senate",
                EntityType.ORGANIZATION)), List.of(), Set.of("US"), List.of());
        ClaimSources second = new ClaimSources(claim(uk, ClaimType.STATISTIC), List.of(), List.of(), Set.of("UK"),
                List.of("https://www.example.org/report"));
        List<List<SourceLink>> together = matcher.match(List.of(first, second));
        assertEquals(List.of(matcher.match(first), matcher.match(second)), together);
        assertEquals("www.congress.gov", hosts(together.get(0)).get(0));
        assertEquals("www.example.org", hosts(together.get(1)).get(0));
    }

    @Test
    void linksCitedByTheArticleComeFirst() {
        String text = "The House approved the bill by 311 votes to 112.";
        List<SourceLink> links = match(text, List.of(), List.of(), Set.of("US"),
                List.of("https://clerk.house.gov/Votes/2024151"), ClaimType.EVENT);
        assertEquals(SourceKind.CITED, links.get(0).kind());
        assertEquals("https://clerk.house.gov/Votes/2024151", links.get(0).url());
    }

    @Test
    void termsThatCouldBreakOutOfTheParameterAreEncoded() {
        String text = "Officials said \"aid & arms = 50%? #now /path?x=1&y='2' Україна 乌克兰\" was the plan.";
        int at = text.indexOf('"');
        int end = text.indexOf('"', at + 1) + 1;
        Quote quote = new Quote(at, end, text.substring(at, end), QuoteKind.DIRECT, null, null, "Reuters");
        List<SourceLink> links = match(text, List.of(), List.of(quote), Set.of("US", "UK"), List.of(),
                ClaimType.QUOTE, ClaimType.POLICY);
        assertFalse(links.isEmpty());
        for (SourceLink link : links) {
            URI uri = URI.create(link.url());
            assertEquals("https", uri.getScheme(), link.url());
            String afterTemplate = link.url().replaceAll("^https://[^/?#]+", "");
            assertFalse(afterTemplate.contains("&y="), link.url());
            assertFalse(afterTemplate.contains("#now"), link.url());
            assertFalse(afterTemplate.contains(" "), link.url());
            assertFalse(afterTemplate.contains("'"), link.url());
            assertTrue(link.url().chars().allMatch(c -> c < 128), "non-Latin script is percent-encoded: " + link.url());
        }
    }

    @Test
    void noClaimGetsMoreThanSixLinks() {
        String text = "Reuters and AP and AFP reported the Senate vote on the $61 billion aid bill, the deficit, GDP, inflation and NATO.";
        List<SourceLink> links = match(text, List.of(), List.of(), Set.of("US", "UK", "EU", "INT"),
                List.of("https://a.example/1", "https://b.example/2"), ClaimType.values());
        assertEquals(6, links.size());
    }

    @Test
    void jurisdictionsComeFromNamesInTheText() {
        assertEquals(Set.of("UK", "INT"), matcher.jurisdictionsOf("Labour said Britain would meet its NATO target."));
        assertEquals(Set.of("US"), matcher.jurisdictionsOf("The Pentagon and Congress disagreed."));
    }
}
