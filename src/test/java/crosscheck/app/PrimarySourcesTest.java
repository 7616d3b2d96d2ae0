package crosscheck.app;

import crosscheck.ingest.Analyzer;
import crosscheck.model.Analysis;
import crosscheck.model.Claim;
import crosscheck.model.SourceDocument;
import crosscheck.model.SourceKind;
import crosscheck.model.SourceLink;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Whether factual claims in news articles of the usual kind (written for this test) carry a link to the site a
 * checker would go to first. Prints the share; every claim sentence must be found, and at least 80% must link there.
 */
class PrimarySourcesTest {
    static Analyzer analyzer;

    @BeforeAll
    static void load() {
        analyzer = Crosscheck.analyzer(null);
    }

    static final String US = """
            The Senate passed the $95 billion foreign aid package by 70 votes to 29 on Tuesday, sending it to the House.

            The bill includes $61 billion for Ukraine, according to the Congressional Budget Office.

            The national debt passed $34 trillion in January for the first time, Treasury figures show.

            Unemployment fell to 3.7% in December, the Bureau of Labor Statistics said on Friday.

            The Pentagon said it would send $1 billion in weapons from its own stocks within days.

            Gross domestic product grew at an annual rate of 3.3% in the fourth quarter, the Commerce Department reported.

            Secretary of State Antony Blinken told Reuters: "This package keeps Ukraine in the fight."
            """;

    static final String UK = """
            Shadow Defence Secretary John Healey said defence spending had fallen to 2.1% of GDP under the Conservatives.

            Inflation fell to 4% in January, the Office for National Statistics said on Wednesday.

            The Office for Budget Responsibility forecasts borrowing of £87 billion this year.

            MPs voted by 320 to 276 to pass the Safety of Rwanda Bill in the House of Commons on Tuesday.

            The Conservatives received £4.8 million in donations in the last quarter, Electoral Commission figures show.

            Britain has given £12.5 billion in military and humanitarian aid to Ukraine since 2022, the Ministry of Defence said.
            """;

    /** Claim sentence start → the sites (hosts) a checker would pick first. */
    static Map<String, Set<String>> expectations() {
        Map<String, Set<String>> expected = new LinkedHashMap<>();
        expected.put("The Senate passed", Set.of("www.congress.gov", "www.senate.gov"));
        expected.put("The bill includes", Set.of("www.cbo.gov", "www.congress.gov"));
        expected.put("The national debt", Set.of("fiscaldata.treasury.gov"));
        expected.put("Unemployment fell", Set.of("search.bls.gov", "www.bls.gov"));
        expected.put("The Pentagon said", Set.of("www.defense.gov"));
        expected.put("Gross domestic product", Set.of("www.bea.gov"));
        expected.put("Secretary of State Antony Blinken", Set.of("www.reuters.com", "www.state.gov"));
        expected.put("Shadow Defence Secretary", Set.of("www.gov.uk"));
        expected.put("Inflation fell", Set.of("www.ons.gov.uk"));
        expected.put("The Office for Budget Responsibility", Set.of("obr.uk"));
        expected.put("MPs voted", Set.of("bills.parliament.uk", "hansard.parliament.uk"));
        expected.put("The Conservatives received", Set.of("www.electoralcommission.org.uk"));
        expected.put("Britain has given", Set.of("www.gov.uk"));
        return expected;
    }

    @Test
    void factualClaimsLinkToTheSiteACheckerWouldPickFirst() {
        List<Claim> claims = new ArrayList<>();
        for (String article : List.of(US, UK)) {
            Analysis analysis = analyzer.analyze(SourceDocument.of("", article));
            claims.addAll(analysis.claims());
        }
        int found = 0;
        int first = 0;
        List<String> misses = new ArrayList<>();
        for (Map.Entry<String, Set<String>> expected : expectations().entrySet()) {
            Claim claim = claims.stream().filter(c -> c.text().startsWith(expected.getKey())).findFirst()
                    .orElseThrow(() -> new AssertionError("not a claim: " + expected.getKey()));
            List<String> hosts = claim.sources().stream().filter(s -> s.kind() != SourceKind.FACTCHECK)
                    .map(SourceLink::url).map(url -> URI.create(url).getHost()).toList();
            if (!hosts.isEmpty() && expected.getValue().contains(hosts.get(0))) {
                first++;
            }
            if (hosts.stream().anyMatch(expected.getValue()::contains)) {
                found++;
            } else {
                misses.add(expected.getKey() + " → " + hosts);
            }
        }
        double share = found / (double) expectations().size();
        System.out.printf("primary sources: %d of %d factual claims link to the expected site (%.0f%%), %d of them "
                + "as the first link; missed: %s%n", found, expectations().size(), 100 * share, first, misses);
        assertTrue(share >= 0.8, "share " + share + ", missed " + misses);
    }
}
