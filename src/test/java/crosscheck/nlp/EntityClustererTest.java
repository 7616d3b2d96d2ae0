package crosscheck.nlp;

import crosscheck.model.Entity;
import crosscheck.model.EntityCluster;
import crosscheck.model.EntityType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class EntityClustererTest {
    private final EntityClusterer clusterer = new EntityClusterer();

    /** Marks each given surface form, in order of appearance, with its type. */
    private static List<Mention> mark(String text, Object... formsAndTypes) {
        List<Mention> mentions = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < formsAndTypes.length; i += 2) {
            String form = (String) formsAndTypes[i];
            int at = text.indexOf(form, from);
            mentions.add(new Mention(at, at + form.length(), (EntityType) formsAndTypes[i + 1]));
            from = at + form.length();
        }
        return mentions;
    }

    @Test
    void joinsAFullNameWithItsSurnameAndPossessive() {
        String text = "Antony Blinken arrived. Blinken said Mr Blinken's plan was ready.";
        EntityClusterer.Result result = clusterer.cluster(text, mark(text,
                "Antony Blinken", EntityType.PERSON, "Blinken", EntityType.PERSON, "Blinken's", EntityType.PERSON));
        assertEquals(1, result.clusters().size());
        EntityCluster cluster = result.clusters().get(0);
        assertEquals("Antony Blinken", cluster.name());
        assertEquals(3, cluster.mentions());
        assertEquals("per-antony-blinken", cluster.id());
        result.entities().forEach(e -> assertEquals(cluster.id(), e.cluster()));
    }

    @Test
    void aSurnameAloneJoinsTheFullNameThatGivesItWithTheArabicArticle() {
        String text = "Ali Jabbar al-Obaidi told reporters. “We are paying,” Obaidi said. Abdel Fattah El-Sisi agreed.";
        EntityClusterer.Result result = clusterer.cluster(text, mark(text, "Ali Jabbar al-Obaidi", EntityType.PERSON,
                "Obaidi", EntityType.PERSON, "Abdel Fattah El-Sisi", EntityType.PERSON));
        assertEquals(2, result.clusters().size(), result.clusters().toString());
        assertEquals("Ali Jabbar al-Obaidi", result.clusters().get(0).name());
        assertEquals(2, result.clusters().get(0).mentions());
    }

    @Test
    void joinsPartyAndCongressShortForms() {
        String text = "The Labour Party won. Labour said the US Congress and Congress agreed.";
        EntityClusterer.Result result = clusterer.cluster(text, mark(text,
                "Labour Party", EntityType.ORGANIZATION, "Labour", EntityType.ORGANIZATION,
                "US Congress", EntityType.ORGANIZATION, "Congress", EntityType.ORGANIZATION));
        Map<String, Integer> mentions = result.clusters().stream()
                .collect(Collectors.toMap(EntityCluster::name, EntityCluster::mentions));
        assertEquals(Map.of("Labour Party", 2, "US Congress", 2), mentions);
    }

    @Test
    void aLastWordAloneIsNotTheLongerNameUnlessOnlyACountryPrecedesIt() {
        String text = "The White House asked the House to vote. New York and York differ. The US Senate and the Senate met.";
        EntityClusterer.Result result = clusterer.cluster(text, mark(text,
                "White House", EntityType.ORGANIZATION, "House", EntityType.ORGANIZATION,
                "New York", EntityType.LOCATION, "York", EntityType.LOCATION,
                "US Senate", EntityType.ORGANIZATION, "Senate", EntityType.ORGANIZATION));
        Map<String, Integer> mentions = result.clusters().stream()
                .collect(Collectors.toMap(EntityCluster::name, EntityCluster::mentions));
        assertEquals(Map.of("White House", 1, "House", 1, "New York", 1, "York", 1, "US Senate", 2), mentions);
    }

    @Test
    void aChamberIsNotItsCommittee() {
        String text = "The House Armed Services Committee met. House Republicans balked, and the House will vote.";
        EntityClusterer.Result result = clusterer.cluster(text, mark(text,
                "House Armed Services Committee", EntityType.ORGANIZATION, "House", EntityType.ORGANIZATION,
                "House", EntityType.ORGANIZATION));
        Map<String, Integer> mentions = result.clusters().stream()
                .collect(Collectors.toMap(EntityCluster::name, EntityCluster::mentions));
        assertEquals(Map.of("House Armed Services Committee", 1, "House", 2), mentions);
    }

    @Test
    void joinsAnAcronymWithItsFullForm() {
        String text = "The European Union met. The EU agreed.";
        EntityClusterer.Result result = clusterer.cluster(text, mark(text,
                "European Union", EntityType.ORGANIZATION, "EU", EntityType.ORGANIZATION));
        assertEquals(1, result.clusters().size());
    }

    @Test
    void joinsAnAcronymWithTheSmallWordsInLowerCase() {
        String text = "The Ministry of Defence declined. In a statement, the MoD said little. McCain spoke.";
        EntityClusterer.Result result = clusterer.cluster(text, mark(text,
                "Ministry of Defence", EntityType.ORGANIZATION, "MoD", EntityType.ORGANIZATION,
                "McCain", EntityType.ORGANIZATION));
        assertEquals(2, result.clusters().size());
        assertEquals(result.entities().get(0).cluster(), result.entities().get(1).cluster());
        assertEquals("Ministry of Defence", result.clusters().get(0).name());
    }

    @Test
    void anAcronymMayLeaveOutALeadingAbbreviation() {
        String text = "The UN Office for the Coordination of Humanitarian Affairs (OCHA) said so. OCHA agreed.";
        EntityClusterer.Result result = clusterer.cluster(text, mark(text,
                "UN Office for the Coordination of Humanitarian Affairs", EntityType.ORGANIZATION,
                "OCHA", EntityType.ORGANIZATION, "OCHA", EntityType.ORGANIZATION));
        assertEquals(1, result.clusters().size());
    }

    @Test
    void givesOneTypePerNameByMajority() {
        String text = "Jordan met Jordan. Jordan left.";
        EntityClusterer.Result result = clusterer.cluster(text, mark(text,
                "Jordan", EntityType.LOCATION, "Jordan", EntityType.PERSON, "Jordan", EntityType.LOCATION));
        assertEquals(1, result.clusters().size());
        result.entities().forEach(e -> assertEquals(EntityType.LOCATION, e.type()));
    }

    @Test
    void keepsDifferentPeopleWithDifferentSurnamesApart() {
        String text = "Joe Biden and Jill Stein spoke. Biden left.";
        EntityClusterer.Result result = clusterer.cluster(text, mark(text,
                "Joe Biden", EntityType.PERSON, "Jill Stein", EntityType.PERSON, "Biden", EntityType.PERSON));
        List<Entity> entities = result.entities();
        assertEquals(entities.get(0).cluster(), entities.get(2).cluster());
        assertNotEquals(entities.get(0).cluster(), entities.get(1).cluster());
    }

    @Test
    void clustersValuesByTheirText() {
        String text = "It cost $61 billion. The $61 billion came on Monday.";
        EntityClusterer.Result result = clusterer.cluster(text, mark(text,
                "$61 billion", EntityType.MONEY, "$61 billion", EntityType.MONEY, "Monday", EntityType.DATE));
        assertEquals(2, result.clusters().size());
        assertEquals(2, result.clusters().get(0).mentions());
    }

    @Test
    void aNationalityKeepsItsTypeAndGivesNoneAway() {
        String text = "Gulf buyers turn elsewhere. In the Gulf, spending is on another scale.";
        EntityClusterer.Result result = clusterer.cluster(text, mark(text,
                "Gulf", EntityType.NATIONALITY, "Gulf", EntityType.LOCATION));
        assertEquals(EntityType.NATIONALITY, result.entities().get(0).type());
        assertEquals(EntityType.LOCATION, result.entities().get(1).type());
    }

    @Test
    void anAbbreviationDefinedInBracketsJoinsItsFullNameThoughItsLettersComeFromAnotherLanguage() {
        String text = "Tariffs rise, the Energy Market Regulatory Authority (EPDK) said. EPDK blamed costs. The Central "
                + "Bank (TCMB) and TCMB agreed.";
        EntityClusterer.Result result = clusterer.cluster(text, mark(text,
                "Energy Market Regulatory Authority", EntityType.ORGANIZATION, "EPDK", EntityType.ORGANIZATION,
                "EPDK", EntityType.PERSON, "Central Bank", EntityType.ORGANIZATION, "TCMB", EntityType.ORGANIZATION,
                "TCMB", EntityType.ORGANIZATION));
        Map<String, Integer> mentions = result.clusters().stream()
                .collect(Collectors.toMap(EntityCluster::name, EntityCluster::mentions));
        assertEquals(Map.of("Energy Market Regulatory Authority", 3, "Central Bank", 3), mentions);
    }
    @Test
    void anAbbreviationWithSmallLettersBetweenCapitalsJoinsItsFullName() {
        String text = "The far-right Alternative for Germany (AfD) accused both parties. The AfD later said it would sue.";
        EntityClusterer.Result result = clusterer.cluster(text, mark(text,
                "Alternative for Germany", EntityType.ORGANIZATION, "AfD", EntityType.ORGANIZATION,
                "AfD", EntityType.ORGANIZATION));
        Map<String, Integer> mentions = result.clusters().stream()
                .collect(Collectors.toMap(EntityCluster::name, EntityCluster::mentions));
        assertEquals(Map.of("Alternative for Germany", 3), mentions);
    }
}
