package crosscheck.nlp.ner;

import crosscheck.model.EntityType;
import crosscheck.model.TextSpan;
import crosscheck.model.Token;
import crosscheck.nlp.Mention;
import crosscheck.nlp.OpenNlpModels;
import crosscheck.nlp.OpenNlpPosTagger;
import crosscheck.nlp.OpenNlpSentenceSplitter;
import crosscheck.nlp.RuleBasedTokenizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped model with its rules and document-level reasoning, on sentences written for these tests. */
class TrainedNameFinderTest {
    private static OpenNlpSentenceSplitter splitter;
    private static RuleBasedTokenizer tokenizer;
    private static OpenNlpPosTagger posTagger;
    private static TrainedNameFinder finder;

    @BeforeAll
    static void load() {
        OpenNlpModels models = OpenNlpModels.load();
        splitter = new OpenNlpSentenceSplitter(models);
        tokenizer = new RuleBasedTokenizer();
        posTagger = new OpenNlpPosTagger(models);
        finder = TrainedNameFinder.load();
    }

    private record Found(String text, EntityType type) {
    }

    private static List<List<Token>> analyse(String text) {
        List<List<Token>> sentences = new ArrayList<>();
        for (TextSpan sentence : splitter.split(text, 0, text.length())) {
            List<TextSpan> spans = tokenizer.tokenize(text, sentence);
            List<String> words = spans.stream().map(span -> span.of(text)).toList();
            List<String> pos = posTagger.tag(words);
            List<Token> tokens = new ArrayList<>();
            for (int i = 0; i < spans.size(); i++) {
                tokens.add(new Token(spans.get(i).start(), spans.get(i).end(), words.get(i), pos.get(i)));
            }
            sentences.add(tokens);
        }
        return sentences;
    }

    /** Asserts that each of {@code names} was found with {@code type}. */
    private static void assertFound(List<Found> found, EntityType type, String... names) {
        for (String name : names) {
            assertTrue(found.contains(new Found(name, type)), name + " as " + type + " in " + found);
        }
    }

    private static List<Found> find(String text) {
        return finder.find(text, analyse(text)).stream()
                .map(mention -> new Found(text.substring(mention.start(), mention.end()), mention.type()))
                .toList();
    }

    @Test
    void stripsAnOfficeTitleFromThePerson() {
        List<Found> found = find("Shadow Defence Secretary John Healey said the plan would leave the army short of soldiers.");
        assertTrue(found.contains(new Found("John Healey", EntityType.PERSON)), found::toString);
        assertTrue(found.stream().noneMatch(f -> f.text().contains("Secretary")), found::toString);
    }

    @Test
    void stripsAnHonorificAndFindsTheSurnameLater() {
        List<Found> found = find("Antony Blinken landed in Warsaw on Monday. "
                + "Mr Blinken told reporters that the talks had gone well. Blinken then flew on to Kyiv.");
        assertEquals(List.of(
                new Found("Antony Blinken", EntityType.PERSON),
                new Found("Warsaw", EntityType.LOCATION),
                new Found("Blinken", EntityType.PERSON),
                new Found("Blinken", EntityType.PERSON),
                new Found("Kyiv", EntityType.LOCATION)), found);
    }

    @Test
    void leavesThePossessiveOutOfTheName() {
        List<Found> found = find("Maria Gonzalez's report was published by the Environment Agency's press office.");
        assertTrue(found.contains(new Found("Maria Gonzalez", EntityType.PERSON)), found::toString);
        assertTrue(found.stream().noneMatch(f -> f.text().endsWith("'s")), found::toString);
    }

    @Test
    void labourIsAnOrganization() {
        List<Found> found = find("Labour promised to cut waiting lists. Critics said Labour had no plan to pay for it.");
        assertEquals(List.of(new Found("Labour", EntityType.ORGANIZATION), new Found("Labour", EntityType.ORGANIZATION)),
                found);
    }

    @Test
    void demonymsAreNationalitiesNotPlaces() {
        List<Found> found = find("Russian forces shelled the town while American and Israeli diplomats met in Cairo.");
        assertTrue(found.contains(new Found("Russian", EntityType.NATIONALITY)), found::toString);
        assertTrue(found.contains(new Found("American", EntityType.NATIONALITY)), found::toString);
        assertTrue(found.contains(new Found("Israeli", EntityType.NATIONALITY)), found::toString);
        assertTrue(found.contains(new Found("Cairo", EntityType.LOCATION)), found::toString);
    }

    @Test
    void oneTypePerNameAcrossTheDocument() {
        List<Found> found = find("Helen Okafor founded a charity in Lagos. Okafor said the charity had grown quickly. "
                + "Donors in Lagos gave more than expected, Okafor added.");
        List<Found> okafor = found.stream().filter(f -> f.text().contains("Okafor")).toList();
        assertEquals(3, okafor.size(), found::toString);
        assertTrue(okafor.stream().allMatch(f -> f.type() == EntityType.PERSON), found::toString);
    }

    @Test
    void mentionsAreInTextOrderAndDoNotOverlap() {
        String text = "The European Union and NATO met in Brussels, where Chancellor Olaf Scholz spoke. "
                + "Scholz later visited Paris and the United Nations in New York.";
        List<Mention> mentions = finder.find(text, analyse(text));
        assertFalse(mentions.isEmpty());
        for (int i = 1; i < mentions.size(); i++) {
            assertTrue(mentions.get(i - 1).end() <= mentions.get(i).start(), mentions::toString);
        }
    }

    @Test
    void theNamePartOfATokenLeavesOutPossessivesAndAFinalFullStop() {
        assertEquals("Gonzalez", TrainedNameFinder.core("Gonzalez's", false));
        assertEquals("Democrats", TrainedNameFinder.core("Democrats'", false));
        assertEquals("Kyiv", TrainedNameFinder.core("Kyiv.", true));
        assertEquals("U.S.", TrainedNameFinder.core("U.S.", true));
        assertEquals("Kyiv.", TrainedNameFinder.core("Kyiv.", false));
    }

    @Test
    void isSafeToShareBetweenThreads() throws Exception {
        String text = "Antony Blinken met Olaf Scholz in Berlin.";
        List<List<Token>> sentences = analyse(text);
        List<Mention> expected = finder.find(text, sentences);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Mention>>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                results.add(pool.submit(() -> finder.find(text, sentences)));
            }
            for (Future<List<Mention>> result : results) {
                assertEquals(expected, result.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void anOwnersPossessiveIsNotPartOfTheOrganization() {
        // "Britain's Labour Party" was one organization, so its display name began with "Britain's"
        List<Found> found = find("Britain's Labour Party promised to raise defence spending, its leader said on Monday.");
        assertTrue(found.contains(new Found("Labour Party", EntityType.ORGANIZATION)), found.toString());
        assertTrue(found.stream().noneMatch(f -> f.text().contains("Britain's")), found.toString());
    }

    @Test
    void officeWordsLeftBeforeANameAreNoOrganization() {
        // the title stripped from "Shadow Defence Secretary John Healey" used to stay behind as ORG "Shadow Defence"
        List<Found> found = find("In London, Shadow Defence Secretary John Healey insisted Labour would act.");
        assertTrue(found.contains(new Found("John Healey", EntityType.PERSON)), found.toString());
        assertTrue(found.stream().noneMatch(f -> f.text().startsWith("Shadow")), found.toString());
    }

    @Test
    void wireAgenciesAreOrganizations() {
        List<Found> found = find("Secretary of State Antony Blinken told Reuters the aid would arrive within days.");
        assertTrue(found.contains(new Found("Reuters", EntityType.ORGANIZATION)), found.toString());
    }

    @Test
    void stripsATitleOfSeveralWords() {
        List<Found> found = find("Guerrillas threatened to assassinate Prime Minister Iyad Allawi in retaliation for the attack.");
        assertTrue(found.contains(new Found("Iyad Allawi", EntityType.PERSON)), found.toString());
    }

    @Test
    void aSeatIsAnOrganizationWhenItActsAndAPlaceWhenSomethingHappensThere() {
        List<Found> acts = find("The White House said on Monday that the talks would go on.");
        assertTrue(acts.contains(new Found("White House", EntityType.ORGANIZATION)), acts.toString());
        List<Found> place = find("The two leaders met at the White House on Monday.");
        assertTrue(place.contains(new Found("White House", EntityType.LOCATION)), place.toString());
    }

    @Test
    void aPlaceBeforeAnOrganizationsNameIsPartOfIt() {
        List<Found> found = find("US Marines moved into most of Fallujah on Wednesday.");
        assertTrue(found.contains(new Found("US Marines", EntityType.ORGANIZATION)), found.toString());
    }

    @Test
    void describingWordsStayOutOfTheName() {
        List<Found> found = find("The Palestinian militant organisation Hamas has announced an end to rocket attacks on Israel.");
        assertTrue(found.contains(new Found("Hamas", EntityType.ORGANIZATION)), found.toString());
        assertTrue(found.stream().noneMatch(f -> f.text().contains("militant")), found.toString());
    }

    @Test
    void countriesAreNoNationalities() {
        List<Found> found = find("The storm reached the Philippines, Djibouti and Greenland.");
        assertTrue(found.stream().noneMatch(f -> f.type() == EntityType.NATIONALITY), found.toString());
    }

    @Test
    void theHouseIsAnOrganization() {
        List<Found> found = find("Republicans in the House blocked the bill, and the House adjourned until Monday.");
        assertEquals(2, found.stream().filter(f -> f.equals(new Found("House", EntityType.ORGANIZATION))).count(),
                found.toString());
    }

    @Test
    void aPartyMemberFromAPlaceIsThePlaceAlone() {
        List<Found> found = find("House Speaker Mike Johnson, a Louisiana Republican, said the vote would wait.");
        assertTrue(found.contains(new Found("Louisiana", EntityType.LOCATION)), found.toString());
        // the member of a party is a nationality of its own, never part of the place
        assertTrue(found.stream().noneMatch(f -> f.text().contains("Republican") && f.type() != EntityType.NATIONALITY),
                found.toString());
        List<Found> ohio = find("Vance, an Ohio Republican, voted against every package.");
        assertTrue(ohio.contains(new Found("Ohio", EntityType.LOCATION)), ohio.toString());
        assertTrue(ohio.stream().noneMatch(f -> f.text().contains("Republican") && f.type() != EntityType.NATIONALITY),
                ohio.toString());
    }

    @Test
    void institutionsNamedForWhatTheyDoAreOneOrganization() {
        List<Found> found = find("The Institute for Fiscal Studies warned that taxes would rise. "
                + "The Stop the War Coalition said the money was wasted, and the Treasury did not comment. "
                + "A report by the Institute for the Study of War was cited by the Office for Budget Responsibility.");
        assertFound(found, EntityType.ORGANIZATION, "Institute for Fiscal Studies", "Stop the War Coalition", "Treasury",
                "Institute for the Study of War", "Office for Budget Responsibility");
    }

    @Test
    void aDepartmentOfTwoThingsIsOneOrganization() {
        List<Found> found = find("The U.S. Department of Housing and Urban Development said the money was spent. "
                + "Officials at the Ministry of Foreign Affairs and Trade in Canberra declined to comment.");
        assertFound(found, EntityType.ORGANIZATION, "U.S. Department of Housing and Urban Development",
                "Ministry of Foreign Affairs and Trade");
    }

    @Test
    void aTitleNamesThePersonAfterItInASentenceAlone() {
        List<Found> found = find("Justice Scalia wrote the opinion, Senator Baker said, and Biden will host King "
                + "Abdullah II next month.");
        assertFound(found, EntityType.PERSON, "Scalia", "Baker", "Abdullah II");
        assertTrue(find("The Justice Department declined to comment.").stream()
                .noneMatch(f -> f.type() == EntityType.PERSON), "Justice Department is no person");
    }

    @Test
    void theOfficeAfterATitleAndInitialsBeforeANameAreTakenCareOf() {
        List<Found> found = find("The talks were led by Minister of Foreign Affairs Dmytro Kuleba and Minister of "
                + "Defense Hazem Shaalan. Biden also nominated A. Noel Anketell Kramer for a judgeship.");
        assertFound(found, EntityType.PERSON, "Dmytro Kuleba", "Hazem Shaalan", "A. Noel Anketell Kramer");
    }

    @Test
    void aUniversityIsAnOrganizationAndTheOvalOfficeAPlace() {
        List<Found> found = find("She is a professor of medicine at Georgetown University. "
                + "There is a painting on the wall in the Oval Office that shows a horseman.");
        assertTrue(found.contains(new Found("Georgetown University", EntityType.ORGANIZATION)), found.toString());
        assertTrue(found.contains(new Found("Oval Office", EntityType.LOCATION)), found.toString());
        List<Found> poll = find("A Quinnipiac University poll released Wednesday found that 51% approve.");
        assertTrue(poll.contains(new Found("Quinnipiac University", EntityType.ORGANIZATION)), poll.toString());
    }

    @Test
    void anAcronymDefinedInBracketsIsFoundEverywhere() {
        List<Found> found = find("Tenants filed a complaint against the Housing Authority of New Orleans (HANO) last "
                + "week. They say HANO broke a 2003 agreement.");
        assertEquals(2, found.stream().filter(f -> f.equals(new Found("HANO", EntityType.ORGANIZATION))).count(),
                found.toString());
    }

    @Test
    void aHyphenatedGivenNameBelongsToTheName() {
        List<Found> found = find("Lai Ching-te thanked the senators, and Kim Jong-un later met Moon Jae-in. "
                + "Russian-made drones hit a Kremlin-backed town.");
        assertFound(found, EntityType.PERSON, "Lai Ching-te", "Kim Jong-un", "Moon Jae-in");
        assertTrue(found.stream().noneMatch(f -> f.text().contains("-made") || f.text().contains("-backed")),
                found.toString());
    }

    @Test
    void outletsAndArmsMakersAreOrganizations() {
        List<Found> found = new ArrayList<>(find("Senator Roger Wicker told Politico the bill would pass. Lockheed Martin and Northrop "
                + "Grumman, which make the missiles, declined to comment, Der Spiegel reported."));
        found.addAll(find("WASHINGTON (AP) — The Senate met on Monday. Exxon Mobil released nonessential staff."));
        assertFound(found, EntityType.ORGANIZATION, "Politico", "Lockheed Martin", "Northrop Grumman", "Der Spiegel",
                "AP", "Exxon Mobil");
    }

    @Test
    void germanInstitutionsAndAMisTaggedNameAreFound() {
        List<Found> found = find("Pistorius told the Bundestag the Bundeswehr needs more money. The co-leader Alice "
                + "Weidel called the fund a blank cheque, and the Alternative for Germany voted against it.");
        assertFound(found, EntityType.ORGANIZATION, "Bundestag", "Bundeswehr", "Alternative for Germany");
        assertTrue(found.contains(new Found("Alice Weidel", EntityType.PERSON)), found.toString());
    }

    @Test
    void frenchNamesAndCompoundAdjectives() {
        List<Found> found = find("Macron's Ukraine pledge leaves Paris scrambling\n\nPresident Emmanuel Macron met "
                + "the Franco-German arms maker. Jean-Luc Mélenchon, leader of France Unbowed, told France Inter it was "
                + "wrong.");
        assertTrue(found.contains(new Found("Jean-Luc Mélenchon", EntityType.PERSON)), found.toString());
        assertTrue(found.contains(new Found("France Unbowed", EntityType.ORGANIZATION)), found.toString());
        assertTrue(found.contains(new Found("France Inter", EntityType.ORGANIZATION)), found.toString());
        assertTrue(found.stream().noneMatch(f -> f.text().equals("Franco")), found.toString());
        assertEquals(2, found.stream().filter(f -> f.text().endsWith("Macron")).count(), "the title's 'Macron's' too: " + found);
    }

    @Test
    void aRegionBeforeANounDescribesAndTheHagueKeepsItsArticle() {
        List<Found> found = find("The three Baltic states urged allies to spend more. Pedro Sánchez told El País "
                + "that Madrid would meet its commitments. NATO leaders will meet in The Hague in June.");
        assertTrue(found.contains(new Found("Baltic", EntityType.NATIONALITY)), found.toString());
        assertTrue(found.contains(new Found("El País", EntityType.ORGANIZATION)), found.toString());
        assertTrue(found.contains(new Found("The Hague", EntityType.LOCATION)), found.toString());
    }

    @Test
    void theGulfBeforeANounIsStillThePlace() {
        List<Found> found = find("Gulf money props up the pound, and tankers calling at Gulf ports pay more. Its partners "
                + "in the Gulf want more.");
        assertEquals(3, found.stream().filter(f -> f.equals(new Found("Gulf", EntityType.LOCATION))).count(),
                found.toString());
    }

    @Test
    void aRegionsStatesAreNoTeam() {
        List<Found> found = find("The exemption angered officials in the Baltic states, who fear it will become a template.");
        assertTrue(found.stream().noneMatch(f -> f.type() == EntityType.ORGANIZATION), found.toString());
    }

    @Test
    void aNameBeforeALowerCaseRegionWordIsThePlace() {
        List<Found> found = find("Independent refiners in Shandong province bought most of it. His house in the "
                + "Salaheddin district had no roof, and fighters left the Hiraan region. Bunkers went up in Ida-Viru "
                + "County and in Ida-Viru county.");
        assertFound(found, EntityType.LOCATION, "Shandong", "Salaheddin", "Hiraan", "Ida-Viru County", "Ida-Viru");
        assertTrue(found.stream().noneMatch(f -> f.type() == EntityType.PERSON), found.toString());
    }

    @Test
    void aPlaceOfOneListBeforeBasedIsThePlace() {
        List<Found> found = find("The Düsseldorf-based group expects sales to rise, according to Public Eye, a "
                + "Zurich-based advocacy group.");
        assertFound(found, EntityType.LOCATION, "Düsseldorf", "Zurich");
    }

    @Test
    void aGermanCitysDistrictAfterAHyphenIsPartOfThePlace() {
        List<Found> found = find("Matthias Vogt, a member of the Bundestag for Osnabrück-Land, said the city should "
                + "stop apologising. She won Berlin-Mitte.");
        assertFound(found, EntityType.LOCATION, "Osnabrück-Land", "Berlin-Mitte");
    }

    @Test
    void aWeaponsNameIsNoOnesButItsMakerIsAFirm() {
        List<Found> found = find("The US sent Abrams tanks and Bradley fighting vehicles, France supplied Caesar "
                + "howitzers, and Raytheon missiles were shipped by the Pentagon.");
        assertTrue(found.stream().noneMatch(f -> List.of("Abrams", "Bradley", "Caesar").contains(f.text())),
                found.toString());
        assertTrue(found.contains(new Found("Raytheon", EntityType.ORGANIZATION)), found.toString());
    }

    @Test
    void aStormsNameIsNoOnesNorAPlace() {
        List<Found> found = find("Oil prices rose on Wednesday as Hurricane Rita, now a Category 5 storm, headed for "
                + "Texas. The National Hurricane Center said Rita was extremely dangerous. Last month, Katrina "
                + "flooded refineries in Louisiana, weeks after Hurricane Katrina formed. Storm Ciara hit Wales and "
                + "Typhoon Haiyan struck the Philippines. Governor Rick Perry said Texans should leave.");
        assertTrue(found.stream().noneMatch(f -> List.of("Rita", "Hurricane Rita", "Katrina", "Hurricane Katrina",
                "Ciara", "Storm Ciara", "Haiyan", "Typhoon Haiyan").contains(f.text())), found.toString());
        assertFound(found, EntityType.ORGANIZATION, "National Hurricane Center");
        assertFound(found, EntityType.LOCATION, "Texas", "Louisiana", "Wales", "Philippines");
        assertFound(found, EntityType.PERSON, "Rick Perry");
    }

    @Test
    void anUnknownNameInAListOfPeopleIsAPerson() {
        List<Found> found = find("Rumsfeld, Wolfowitz and Feith wanted a quick war. Britain, France and Germany "
                + "objected, and Boeing, Airbus and Thales lobbied the Pentagon.");
        assertFound(found, EntityType.PERSON, "Rumsfeld", "Wolfowitz", "Feith");
        assertFound(found, EntityType.LOCATION, "Britain", "France", "Germany");
        assertTrue(found.stream().noneMatch(f -> f.type() == EntityType.PERSON && List.of("Boeing", "Airbus", "Thales")
                .contains(f.text())), found.toString());
    }

    @Test
    void gaelicWelshAndSikhNamesKeepAllTheirWords() {
        List<Found> found = find("In Aberdeen, council co-leader Iain Mac a' Phearsain said the city would raise "
                + "council tax. Seumas Mac an t-Saoir, who runs the yard, disagreed. Cathal Mac Giolla Bhríde said "
                + "nothing. Plaid Cymru leader Rhiannon ap Gwilym pressed the First Minister.\n\nHarjit Kaur Dhillon, "
                + "the mayor, told a conference in Birmingham that councils were broke.");
        assertFound(found, EntityType.PERSON, "Iain Mac a' Phearsain", "Seumas Mac an t-Saoir",
                "Cathal Mac Giolla Bhríde", "Rhiannon ap Gwilym", "Harjit Kaur Dhillon");
        assertFound(found, EntityType.LOCATION, "Aberdeen", "Birmingham");
    }

    @Test
    void anAgeBetweenCommasMakesAPerson() {
        List<Found> found = find("The Democrat, Grace Yoon-Park, 41, is a former engineer. Magistrate Lorenzo Bassi, "
                + "who led the audit, wrote that the practice was common. Wan Ahmad Faiz, an opposition lawmaker, "
                + "said the tenders were rigged.");
        assertFound(found, EntityType.PERSON, "Grace Yoon-Park", "Lorenzo Bassi", "Wan Ahmad Faiz");
    }

    @Test
    void sitesCountiesAndNumberedUnitsOfAUsDateline() {
        List<Found> found = find("VALDOSTA, Ga. — About 1,200 airmen at Moody Air Force Base will deploy with the "
                + "101st Airborne Division and the 256th Infantry Brigade Combat Team. Moody's commander said the "
                + "base was ready. Workers at Fort Bragg and the Scranton Army Ammunition Plant agreed. In Warren "
                + "County and Cameron Parish, officials worried. Philly Shipyard builds ships.");
        assertFound(found, EntityType.LOCATION, "Ga.", "Moody Air Force Base", "Moody", "Fort Bragg",
                "Scranton Army Ammunition Plant", "Warren County", "Cameron Parish");
        assertFound(found, EntityType.ORGANIZATION, "101st Airborne Division", "256th Infantry Brigade Combat Team");
        assertTrue(found.stream().noneMatch(f -> f.text().equals("Philly Shipyard") && f.type() == EntityType.LOCATION),
                found.toString());
    }

    @Test
    void devolvedBodiesBranchesAndConstituencies() {
        List<Found> found = find("The Scottish Government faces a shortfall, Holyrood's finance committee heard. "
                + "Scottish Labour and the Welsh Conservatives objected. Gráinne Docherty, Unison Scotland's regional "
                + "secretary, wrote to BAE Systems Australia. Jo Kerr, MLA for Upper Bann, and Rhiannon ap Gwilym, "
                + "the Member of the Senedd for Arfon, met South African and West African envoys. Aylin Kaya, a "
                + "Bundestag member for Die Linke, agreed.");
        assertFound(found, EntityType.ORGANIZATION, "Scottish Government", "Holyrood", "Scottish Labour",
                "Welsh Conservatives", "Unison Scotland", "BAE Systems Australia", "Senedd", "Die Linke");
        assertFound(found, EntityType.LOCATION, "Upper Bann", "Arfon");
        assertFound(found, EntityType.NATIONALITY, "South African", "West African");
    }

    @Test
    void anAppositionSaysATownOrAFirmForEveryMention() {
        List<Found> found = find("Union says Barrow jobs are at risk\n\nBarrow, a town of around 56,000 people, depends "
                + "on the yard. The ministry is committed to Barrow. At Meccanica Ferretti, a family firm in Brescia, "
                + "general manager Chiara Ferretti spoke. Maria Lopez, a union official, agreed. Nowhere is the boom "
                + "more visible than in Linköping, where Saab builds jets. The leaflet was printed in English.");
        assertTrue(found.stream().filter(f -> f.text().equals("Barrow")).count() == 3
                && found.stream().filter(f -> f.text().equals("Barrow")).allMatch(f -> f.type() == EntityType.LOCATION),
                found.toString());
        assertFound(found, EntityType.ORGANIZATION, "Meccanica Ferretti", "Saab");
        assertFound(found, EntityType.LOCATION, "Brescia", "Linköping");
        assertFound(found, EntityType.PERSON, "Chiara Ferretti", "Maria Lopez");
        assertTrue(found.stream().noneMatch(f -> f.text().equals("English") && f.type() == EntityType.LOCATION),
                found.toString());
    }

    @Test
    void portfoliosAreNoPeopleAndOutletsAfterTheirNounAreBodies() {
        List<Found> found = find("Ziad Karam, the Minister of Public Works and Transport, told reporters. Ocampo Villa "
                + "told the regional newspaper El Liberal that roads were closed. Nikolai Vetrov, speaking on the state "
                + "television channel Rossiya 24, said more. A spokesman, Yaw Mensah, told the Daily Graphic that it "
                + "would respond.");
        assertTrue(found.stream().noneMatch(f -> f.type() == EntityType.PERSON && List.of("Works", "Transport",
                "El Liberal").contains(f.text())), found.toString());
        assertFound(found, EntityType.ORGANIZATION, "El Liberal", "Rossiya 24");
        assertTrue(found.stream().noneMatch(f -> f.text().equals("Graphic")), found.toString());
    }

    @Test
    void arabicPlacesAndTownsThatSayWhereABusinessIs() {
        List<Found> found = find("Parcels for families in Deir al-Balah and Khan Younis arrived. A ship waited off El "
                + "Arish. Ships avoid Bab el-Mandeb. Imran Khan said so. According to El-Amrani, about 30% of them left. "
                + "A Geneva-based oil trader hired the Geneva firm Beaumont Rossier.");
        assertFound(found, EntityType.LOCATION, "Deir al-Balah", "Khan Younis", "El Arish", "Bab el-Mandeb", "Geneva");
        assertFound(found, EntityType.PERSON, "Imran Khan", "El-Amrani");
        assertTrue(found.stream().filter(f -> f.text().equals("Geneva")).count() == 2, found.toString());
    }

    @Test
    void vietnameseNamesGoOnThroughTheirMiddleName() {
        List<Found> found = find("Foreign ministry spokeswoman Doan Thi Lan Anh said the works were lawful. Le Thi Hong "
                + "said nothing.");
        assertFound(found, EntityType.PERSON, "Doan Thi Lan Anh", "Le Thi Hong");
    }

    @Test
    void businessesByTheirLastWordAndHyphenatedTowns() {
        List<Found> found = find("The Treasury said Varuna Petro Trading had used 40 tankers loaded at the Russian ports "
                + "of Novorossiysk and Ust-Luga. Prosecutors allege that the firm, Lemanic Energy SA, forged papers. "
                + "Talks on the Paris-Berlin axis stalled, and Sen. John Boozman (R-Arkansas) objected.");
        assertFound(found, EntityType.ORGANIZATION, "Varuna Petro Trading", "Lemanic Energy SA");
        assertFound(found, EntityType.LOCATION, "Ust-Luga", "Paris", "Berlin", "Arkansas");
    }

    @Test
    void countryBodiesTitledPeopleAndArabicPlacesThroughTheDocument() {
        List<Found> found = find("Jakarta sent aid through Egypt and El Arish. The Turkish Red Crescent said its ship "
                + "had been waiting off El Arish for days. The US Senate on Tuesday approved the package. The case went "
                + "to US District Judge Ellen Park. Former Tennessee Governor Travis Kellerman objected.");
        assertTrue(found.stream().filter(f -> f.text().equals("El Arish")).count() == 2
                && found.stream().filter(f -> f.text().equals("El Arish")).allMatch(f -> f.type() == EntityType.LOCATION),
                found.toString());
        assertFound(found, EntityType.ORGANIZATION, "US Senate");
        assertFound(found, EntityType.PERSON, "Ellen Park", "Travis Kellerman");
        assertFound(found, EntityType.LOCATION, "Tennessee");
    }

    @Test
    void elBeforeAWordNoListKnowsAsAPersonsIsAPlace() {
        List<Found> found = find("The clinic took in thousands of people fleeing El Fasher. Drone strikes on Kadugli and "
                + "El Obeid killed 40 civilians, the Bogotá daily El Tiempo reported. Mohamed El-Erian said so.");
        assertFound(found, EntityType.LOCATION, "El Fasher", "El Obeid");
        assertFound(found, EntityType.ORGANIZATION, "El Tiempo");
        assertFound(found, EntityType.PERSON, "Mohamed El-Erian");
    }

    @Test
    void anOrdinalOpensAPlacesNameBeforeItsHead() {
        List<Found> found = find("Chinese ships blocked a resupply mission to Second Thomas Shoal on Monday.");
        assertFound(found, EntityType.LOCATION, "Second Thomas Shoal");
    }

    @Test
    void aPlaceOrAPersonBeforeACompanysLastWordIsTheCompany() {
        List<Found> found = find("He joined El Paso Energy in 1999. Carr Futures and Malcolm Smith Motorsports agreed. "
                + "Texas energy prices rose.");
        assertFound(found, EntityType.ORGANIZATION, "El Paso Energy", "Carr Futures", "Malcolm Smith Motorsports");
        assertFound(found, EntityType.LOCATION, "Texas");
    }

    @Test
    void namesJoinedByAnAmpersandAreOneBody() {
        List<Found> found = find("Shares in Marks & Spencer fell. Students at Franklin & Marshall College voted. Smith & "
                + "Wesson sued. Trinidad & Tobago and Russia & China abstained. Lockheed Martin & Raytheon bid.");
        assertFound(found, EntityType.ORGANIZATION, "Marks & Spencer", "Franklin & Marshall College", "Smith & Wesson",
                "Lockheed Martin", "Raytheon");
        assertFound(found, EntityType.LOCATION, "Trinidad & Tobago", "Russia", "China");
    }

    @Test
    void internationalEngineeringAndConstructionEndBodiesNames() {
        List<Found> found = find("A lawyer who advises Transparency International on procurement said so. Hanbit "
                + "Engineering & Construction and Kessler Engineering bid.");
        assertFound(found, EntityType.ORGANIZATION, "Transparency International", "Hanbit Engineering & Construction",
                "Kessler Engineering");
    }

    @Test
    void anAdverbOpeningASentenceIsNoName() {
        List<Found> found = find("Meanwhile, the ministry fined a supplier. Sovcomflot, the state-owned shipping group, "
                + "said costs rose.");
        assertTrue(found.stream().noneMatch(f -> f.text().equals("Meanwhile")), found::toString);
        assertFound(found, EntityType.ORGANIZATION, "Sovcomflot");
    }

    @Test
    void theWordsOfAnOfficeAfterMinisterOfAreNoOnesName() {
        List<Found> found = find("Greece's Minister of Maritime Affairs, Stavros Papadakis, said tankers were sold. "
                + "Minister for Defence Procurement Helen Carrow said so. Green Growth Minister Joost van Lierop "
                + "disagreed, and Commodore Ramon Villareal agreed.");
        assertFound(found, EntityType.PERSON, "Stavros Papadakis", "Helen Carrow", "Joost van Lierop", "Ramon Villareal");
        assertTrue(found.stream().noneMatch(f -> f.text().contains("Affairs") || f.text().contains("Procurement")
                || f.text().contains("Growth") || f.text().contains("Commodore")), found::toString);
    }

    @Test
    void twoUnknownWordsAfterAPartysPossessiveAreItsMember() {
        List<Found> found = find("The SNP's Mhairi Lennox said the party would oppose the deal at BAE Systems' Warton site.");
        assertFound(found, EntityType.PERSON, "Mhairi Lennox");
        assertFound(found, EntityType.ORGANIZATION, "SNP", "BAE Systems");
        assertTrue(found.stream().noneMatch(f -> f.text().contains("Systems'")), found::toString);
    }

    @Test
    void aTownByItsEndingAndAOneWordNameAfterTheArePlaces() {
        List<Found> found = find("A second cargo is due in Alexandroupolis on Monday. Unions at shipyards on the Clyde "
                + "warned. He met the Obama administration.");
        assertFound(found, EntityType.LOCATION, "Alexandroupolis", "Clyde");
        assertFound(found, EntityType.PERSON, "Obama");
    }

    @Test
    void gulfNamesAndTheOilBenchmark() {
        List<Found> found = find("“Every ship counts,” said Sultan ibn Khalifa al-Suwaidi, chief executive of the port. "
                + "Sayyid Khalid bin Hamad al-Harthy said talks were serious. Exports through Bandar Abbas rose. Brent "
                + "crude settled at $73, a discount to Brent. Brent Hayes disagreed.");
        assertFound(found, EntityType.PERSON, "Sultan ibn Khalifa al-Suwaidi", "Khalid bin Hamad al-Harthy", "Brent Hayes");
        assertFound(found, EntityType.LOCATION, "Bandar Abbas");
        assertTrue(found.stream().noneMatch(f -> f.text().equals("Brent") || f.text().startsWith("Sayyid")), found::toString);
    }

    @Test
    void aSpokeswomanForTheCompanyIsNoCompany() {
        List<Found> found = find("Mette Kjærgaard, a spokeswoman for the company in Copenhagen, told Reuters it would wait.");
        assertFound(found, EntityType.PERSON, "Mette Kjærgaard");
    }

    @Test
    void aBillAWhipAnExchangeAndAStationsNumber() {
        List<Found> found = find("Ms Kealy said rebels would act when the Finance Bill returns. Chief Whip Mark Tennant "
                + "disagreed. Shares on the Moscow Exchange fell, he told BBC Radio 4. Bill Hayes agreed.");
        assertFound(found, EntityType.PERSON, "Kealy", "Mark Tennant", "Bill Hayes");
        assertFound(found, EntityType.ORGANIZATION, "Moscow Exchange", "BBC Radio 4");
        assertTrue(found.stream().noneMatch(f -> f.text().equals("Bill")), found::toString);
    }

    @Test
    void anUnlistedFamilyNameBeforeAHyphenatedGivenNameIsAPerson() {
        List<Found> found = find("“We are not against it,” said KMT legislator Hsueh Pei-yun. Kung Hsiao-wen of the "
                + "Taiwan People's Party agreed. The Cold War-era rules hit Hong Kong-listed firms.");
        assertFound(found, EntityType.PERSON, "Hsueh Pei-yun", "Kung Hsiao-wen");
        assertTrue(found.stream().noneMatch(f -> f.text().contains("-era") || f.text().contains("-listed")),
                found::toString);
    }

    @Test
    void aVehicleMakerAPalaceAndTradeUnions() {
        List<Found> found = find("The contract went to Leonardo Rheinmetall Military Vehicles. Leaders met at Palazzo "
                + "Barberini, and IG Metall and Force Ouvrière protested.");
        assertFound(found, EntityType.ORGANIZATION, "Leonardo Rheinmetall Military Vehicles", "IG Metall", "Force Ouvrière");
        assertFound(found, EntityType.LOCATION, "Palazzo Barberini");
    }

    @Test
    void aHyphenatedTitleAPostNominalAndAVietnameseNameAfterItsMiddleName() {
        List<Found> found = find("China’s negotiator, Vice-Premier Han Zhiyuan, said they agreed. Philippa Moore SC, for "
                + "Yeung, argued. “Hanoi has learned,” said Dr Le Thi Thu Hang, a researcher.");
        assertFound(found, EntityType.PERSON, "Han Zhiyuan", "Philippa Moore", "Le Thi Thu Hang");
    }

    @Test
    void indonesianAndThaiHonorificsAndAListedPlaceWrittenWithAnd() {
        List<Found> found = find("Pak Budi has promised patrols, said Khun Pannika. Troops in Jammu and Kashmir and in "
                + "Russia and China waited. Samuel Pak agreed.");
        assertFound(found, EntityType.PERSON, "Budi", "Pannika", "Samuel Pak");
        assertFound(found, EntityType.LOCATION, "Jammu and Kashmir", "Russia", "China");
    }

    @Test
    void aCommitteeOfTwoPortfoliosACommandAndATribunal() {
        List<Found> found = find("Hsueh sits on the Foreign Affairs and National Defense Committee. The Eastern Theater "
                + "Command said drills began, and the Trade and Industry Appeals Tribunal ruled. The British Library and "
                + "Columbia University agreed.");
        assertFound(found, EntityType.ORGANIZATION, "Foreign Affairs and National Defense Committee",
                "Eastern Theater Command", "Trade and Industry Appeals Tribunal", "British Library", "Columbia University");
    }

    @Test
    void theUnAsAModifierAndBeforeItsBodies() {
        List<Found> found = find("Under UN Security Council Resolution 2719, missions draw on UN assessed contributions, in "
                + "breach of a UN arms embargo. Un chien andalou is a film.");
        assertFound(found, EntityType.ORGANIZATION, "UN Security Council", "UN");
        assertTrue(found.stream().noneMatch(f -> f.text().equals("Un")), found::toString);
    }

    @Test
    void aWatersHeadBeforeOfAndTheBaltics() {
        List<Found> found = find("The port lies outside the Strait of Hormuz, and ships sail round the Cape of Good Hope. "
                + "Troops in the Baltics waited.");
        assertFound(found, EntityType.LOCATION, "Strait of Hormuz", "Cape of Good Hope", "Baltics");
    }

    @Test
    void aPrepositionOpeningTheSentenceIsNoPartOfTheVillageAfterIt() {
        List<Found> found = find("In Medininkai, a village of a few hundred people on the border, the mood is grim.");
        assertFound(found, EntityType.LOCATION, "Medininkai");
        assertTrue(found.stream().noneMatch(f -> f.text().startsWith("In ")), found::toString);
    }

    @Test
    void aPaperToldSomethingUnderItsFrenchArticle() {
        List<Found> found = find("The minister told Les Echos that the plan was dead. He told Le Pen the same.");
        assertFound(found, EntityType.ORGANIZATION, "Les Echos");
        assertFound(found, EntityType.PERSON, "Le Pen");
    }

    @Test
    void theCapitalizedWordsAfterMayorOfOrTownOfAreAPlace() {
        List<Found> found = find("“We need it,” Dmytro Lysenko, the acting mayor of Zaporizhzhia, told reporters. The "
                + "town of Irpin grew.");
        assertFound(found, EntityType.LOCATION, "Zaporizhzhia", "Irpin");
    }

    @Test
    void anEraIsNoName() {
        List<Found> found = find("By the 7th century BC, unrest had spread across Athens.");
        assertTrue(found.stream().noneMatch(f -> f.text().equals("BC")), found.toString());
    }

    @Test
    void westernAloneDescribesLikeANationality() {
        List<Found> found = find("Britain has sent more than £7.1 billion in military aid to Kyiv since 2022, the "
                + "Ministry of Defence said.\n\nThe Kremlin's puppet regime in Minsk hosted Russian nuclear weapons last "
                + "year, Western officials said.");
        assertTrue(found.stream().noneMatch(f -> f.text().equals("Western") && f.type() != EntityType.NATIONALITY),
                found.toString());
    }

    @Test
    void inATextWrittenWithCapitalsANameHasOne() {
        List<Found> found = find("Israeli Prime Minister Benjamin Netanyahu rejected calls for a ceasefire, telling "
                + "reporters in Tel Aviv that Israel would fight on.");
        assertTrue(found.contains(new Found("Tel Aviv", EntityType.LOCATION)), found.toString());
        assertTrue(found.stream().noneMatch(f -> f.text().equals("reporters")), found.toString());
    }

    @Test
    void aCountryTheModelMissesIsStillAPlace() {
        List<Found> found = find("Now Iran wants a seat at the talks, and Vietnam says it will send observers.");
        assertTrue(found.contains(new Found("Iran", EntityType.LOCATION)), found.toString());
        assertTrue(found.contains(new Found("Vietnam", EntityType.LOCATION)), found.toString());
        List<Found> tokyo = find("China's foreign ministry accused Tokyo of stoking regional tensions.");
        assertTrue(tokyo.contains(new Found("Tokyo", EntityType.LOCATION)), tokyo.toString());
    }

    @Test
    void aCountryThatIsAlsoAGivenNameIsAPlaceWhereTheWordsSaySo() {
        List<Found> found = find("Jordan's foreign minister, Ayman Safadi, said the war must stop. "
                + "President Joe Biden will host King Abdullah II of Jordan next month.");
        assertTrue(found.stream().filter(f -> f.text().equals("Jordan")).allMatch(f -> f.type() == EntityType.LOCATION)
                && found.stream().anyMatch(f -> f.text().equals("Jordan")), found.toString());
        assertTrue(found.contains(new Found("Abdullah II", EntityType.PERSON)), found.toString());
    }

    @Test
    void theSmallWordsOfASurnameBelongToTheName() {
        List<Found> found = find("\"Europe has shown that it can act when it matters,\" said Ursula von der Leyen, the "
                + "president of the European Commission.");
        assertTrue(found.contains(new Found("Ursula von der Leyen", EntityType.PERSON)), found.toString());
    }

    @Test
    void aGivenNameBeforeASurnameSeenAloneEarlierIsOneName() {
        List<Found> found = find("Zelensky presses Congress as aid clock runs down\n\nKYIV, Ukraine (AP) — Ukrainian "
                + "President Volodymyr Zelensky appealed directly to U.S. lawmakers on Tuesday.");
        assertTrue(found.contains(new Found("Volodymyr Zelensky", EntityType.PERSON)), found.toString());
    }

    @Test
    void twoInstitutionsJoinedByAndStayTwo() {
        List<Found> found = find("She studied the archives of the British Library and Columbia University for a year.");
        assertTrue(found.contains(new Found("British Library", EntityType.ORGANIZATION)), found.toString());
        assertTrue(found.stream().anyMatch(f -> f.text().equals("Columbia University")), found.toString());
        assertTrue(found.stream().noneMatch(f -> f.text().contains(" and ")), found.toString());
        for (String sentence : List.of("The British Library and Columbia University said so.",
                "The Bank of England and the Treasury said so.")) {
            List<Found> alone = find(sentence);
            assertTrue(alone.stream().noneMatch(f -> f.text().contains(" and ")), alone.toString());
            assertEquals(2, alone.stream().filter(f -> f.type() == EntityType.ORGANIZATION).count(), alone.toString());
        }
    }

    @Test
    void aGivenNameTakesInTheSurnameTheModelLeftOut() {
        List<Found> found = find("My name is Bill Gottlieb: I served two tours. Later I worked for the Davis "
                + "Administration.");
        assertTrue(found.contains(new Found("Bill Gottlieb", EntityType.PERSON)), found.toString());
        assertFalse(found.contains(new Found("Davis Administration", EntityType.PERSON)), found.toString());
    }

    @Test
    void aCompanysLegalFormBelongsToItsName() {
        List<Found> found = find("Shares of Halvorsen Corp. fell after the contract went to Brightwater Systems, Inc. "
                + "on Monday. The Atlantic Lottery Corporation, Inc. said nothing.");
        assertFound(found, EntityType.ORGANIZATION, "Halvorsen Corp.", "Brightwater Systems, Inc.");
        assertFalse(found.contains(new Found("Atlantic Lottery Corporation, Inc", EntityType.ORGANIZATION)),
                found.toString());
    }

    @Test
    void countriesAndCapitalsAreNeverPeople() {
        List<Found> found = find("Paris wants more. The fund came after a quarrel between France and Germany over "
                + "shells, whose output has tripled since Russia launched its invasion.");
        assertFound(found, EntityType.LOCATION, "Paris", "France", "Germany", "Russia");
    }

    @Test
    void institutionsAfterACountrysPossessive() {
        List<Found> found = find("Russia's Foreign Ministry called the budget reckless. France's Ministry of the Armed "
                + "Forces said in a statement that the deal was fair.");
        assertFound(found, EntityType.ORGANIZATION, "Foreign Ministry", "Ministry of the Armed Forces");
        assertFound(found, EntityType.LOCATION, "Russia", "France");
    }

    @Test
    void measuresShipClassesAndCompoundNationalitiesAreNoPlacesOrOrganizations() {
        List<Found> found = find("Canberra will buy three American Virginia-class submarines, and spending will reach "
                + "3.5 percent of GDP. The Emirates turned to South Korean suppliers.");
        assertTrue(found.stream().noneMatch(f -> f.text().contains("Virginia") || f.text().equals("GDP")), found.toString());
        assertTrue(found.contains(new Found("South Korean", EntityType.NATIONALITY)), found.toString());
    }

    @Test
    void aKoreanFamilyNameBeforeAHyphenatedGivenNameAndAPlaceOfTwoWords() {
        List<Found> found = find("\"The budgets tell one story,\" said Oh Sung-min, a fellow at a Seoul institute. "
                + "Senator Rosa Delgado, a New Mexico Democrat, called the package a blank check.");
        assertTrue(found.contains(new Found("Oh Sung-min", EntityType.PERSON)), found.toString());
        assertTrue(found.contains(new Found("New Mexico", EntityType.LOCATION)), found.toString());
    }

    @Test
    void speakersTitledNamesBeforeTheirPartyAndCompaniesAfterACompanyNoun() {
        List<Found> found = find("Presidential adviser Iryna Bondar told the BBC the shells came late. Finance Minister "
                + "Jörg Feldhaus of the Free Democratic Party said no. Orders went to armoured vehicle maker Hessler "
                + "Wehrtechnik.");
        assertFound(found, EntityType.PERSON, "Iryna Bondar", "Jörg Feldhaus");
        assertFound(found, EntityType.ORGANIZATION, "Hessler Wehrtechnik");
    }

    @Test
    void institutionsOpeningASentenceOrAfterItsAndPartyStatesAndKoreanFamilyNamesAlone() {
        List<Found> found = find("Foreign Office confirms the cut. Ukraine spends 30% of its GDP on defence, and its "
                + "Finance Ministry expects a gap. Ron Vance, R-Ohio, objected. \"It matters,\" said Cha Min-ji, a "
                + "fellow. Cha noted that it was high. \"The UK will pay,\" she said.");
        assertFound(found, EntityType.ORGANIZATION, "Foreign Office", "Finance Ministry");
        assertFound(found, EntityType.LOCATION, "Ohio", "UK");
        assertFound(found, EntityType.PERSON, "Cha Min-ji", "Cha");
    }

    @Test
    void aCentreForSomethingIsOneOrganizationAndAPronounIsNoName() {
        List<Found> found = find("He works at the Hamilton Center for Strategic Policy in Washington. A Meridian Polling "
                + "Group survey found that most agreed. “We are buying submarines,” said Tore Haugland. Fenwick told "
                + "reporters in Brisbane that the Coalition was behind the pact.");
        assertFound(found, EntityType.ORGANIZATION, "Hamilton Center for Strategic Policy", "Meridian Polling Group",
                "Coalition");
        assertTrue(found.stream().noneMatch(f -> f.text().equals("We")), found.toString());
    }

    @Test
    void aBodyRunIntoATitledNameIsSplitAndASurnameKeepsItsParticle() {
        List<Found> found = find("Senate Appropriations Committee Vice Chair Eleanor Voss, a Maine Republican, opened "
                + "the hearing. “Turkey will not wait,” Turkish Defence Minister Kemal Aydemir said. “It is a risk,” "
                + "van Dam told Al Jazeera. “It will not go unanswered,” the Russian Embassy in Tallinn said. Treasury "
                + "officials pushed back, and the Élysée said nothing. The World Health Organisation agreed.");
        assertFound(found, EntityType.ORGANIZATION, "Senate Appropriations Committee", "Russian Embassy", "Treasury",
                "Élysée", "World Health Organisation");
        assertFound(found, EntityType.PERSON, "Eleanor Voss", "Kemal Aydemir", "van Dam");
    }

    @Test
    void capitalsCountriesOfTwoWordsPluralNationalitiesAndMilitaryTitles() {
        List<Found> found = find("Zhang urged Washington to honor its commitments. Together with Niger and Burkina Faso, "
                + "Mali quit ECOWAS in January. On the Treasury's own figures, 61% of Malians agree. Ministry of National "
                + "Defense spokesperson Senior Colonel Xie Haoyu said the forces were ready. Air Marshal Harjit Sandhu "
                + "said no. Coron is in the province of Palawan, Philippines.");
        assertFound(found, EntityType.LOCATION, "Washington", "Burkina Faso", "Philippines");
        assertFound(found, EntityType.ORGANIZATION, "ECOWAS", "Treasury");
        assertFound(found, EntityType.PERSON, "Xie Haoyu", "Harjit Sandhu");
        assertTrue(found.contains(new Found("Malians", EntityType.NATIONALITY)), found.toString());
    }

    @Test
    void aChineseFamilyNameAloneIsThePersonNamedBefore() {
        List<Found> found = find("Ministry of National Defense spokesperson Senior Colonel Xie Haoyu said the forces were "
                + "ready. \"The army remains on alert,\" Xie said. \"It is a chess piece,\" said Sun Chenglin, a researcher.");
        assertFound(found, EntityType.PERSON, "Xie Haoyu", "Xie", "Sun Chenglin");
    }

    @Test
    void anInstitutionAfterAQuoteHalfACountryAndInformalNationalities() {
        List<Found> found = find("\"They undermine security,\" Foreign Ministry spokesperson Zhang Weiming told reporters. "
                + "Security now takes priority for Burkina Faso’s transitional government, and 61% of Britons agree.");
        assertFound(found, EntityType.ORGANIZATION, "Foreign Ministry");
        assertFound(found, EntityType.LOCATION, "Burkina Faso");
        assertTrue(found.contains(new Found("Britons", EntityType.NATIONALITY)), found.toString());
    }

    @Test
    void aBodyBeforeMinisterNamesAnOfficeAndCharitiesAreListed() {
        List<Found> found = find("Armed Forces Minister Danny Fairweather insisted it was fair. The charity Age UK and "
                + "Save the Children objected, and Home Office figures show the cost.");
        assertFound(found, EntityType.PERSON, "Danny Fairweather");
        assertFound(found, EntityType.ORGANIZATION, "Age UK", "Save the Children", "Home Office");
        assertTrue(found.stream().noneMatch(f -> f.text().equals("Armed Forces")), found.toString());
    }

    @Test
    void anAcronymOfAnOrganizationNamedBeforeIsThatOrganization() {
        List<Found> found = find("The Congressional Budget Office estimated the cost. “Outlays tend to lag,” the CBO wrote.");
        assertFound(found, EntityType.ORGANIZATION, "Congressional Budget Office", "CBO");
    }

    @Test
    void anOwnersPossessiveIsNoPartOfTheInstitution() {
        List<Found> found = find("“The first deliveries are at the front,” Ukraine's Ministry of Defence said.");
        assertFound(found, EntityType.ORGANIZATION, "Ministry of Defence");
        assertFound(found, EntityType.LOCATION, "Ukraine");
    }

    @Test
    void noNameEndsWithATitleAndASpeakerMayHaveAnApposition() {
        List<Found> found = find("\"This is not charity,\" said U.S. Ambassador to Ukraine Catherine Dunleavy. Iryna Bondar, "
                + "a lawmaker from the opposition party who sits on the defence committee, said the delay cost lives.");
        assertFound(found, EntityType.PERSON, "Catherine Dunleavy", "Iryna Bondar");
        assertFalse(found.contains(new Found("U.S. Ambassador", EntityType.PERSON)), found.toString());
    }

    @Test
    void aPlaceBeforeAPartyMemberIsAPlace() {
        List<Found> found = find("Rep. Dana Oyelaran, a Minnesota Democrat who led the opposition, voted no.");
        assertFound(found, EntityType.LOCATION, "Minnesota");
    }

    @Test
    void aDoubleSurnameAfterAGivenNameStaysWhole() {
        List<Found> found = find("Jacob Rees-Mogg said so. Rep. Lucia Herrera-Vidal of Arizona, who sits on the House "
                + "Armed Services Committee, said the plan was \"upside down.\" \"Ranchers are angry,\" she said.");
        assertFound(found, EntityType.PERSON, "Jacob Rees-Mogg", "Lucia Herrera-Vidal");
    }

    @Test
    void aNewspaperKeepsItsCapitalTheAndAWeaponIsNoOrganization() {
        List<Found> found = find("\"We will not be pushed around,\" the minister told The Sun. Sir Alan told The Times on "
                + "Monday that the Army needs systems such as the Patriot and 400 Tomahawk cruise missiles.");
        assertFound(found, EntityType.ORGANIZATION, "The Sun", "The Times", "Army");
        assertTrue(found.stream().noneMatch(f -> f.text().equals("Patriot") || f.text().equals("Tomahawk")),
                found.toString());
    }

    @Test
    void aParliamentOrCabinetAloneAndNoInstitutionRunsIntoAWeekday() {
        List<Found> found = find("Japan's Cabinet on Friday approved the request. Tanaka told the Diet last month that "
                + "the Army on Tuesday had run out of shells.");
        assertFound(found, EntityType.ORGANIZATION, "Cabinet", "Diet", "Army");
    }

    @Test
    void aStatesAbbreviationAfterAPartysLetterOrACityIsAPlace() {
        List<Found> found = find("The measure, led by Rep. Layla Haddad (D-Mich.), has 34 co-sponsors. Sen. Grant Lowell "
                + "(R-S.C.) objected. The plant in Erie, Pa., is hiring.");
        assertFound(found, EntityType.LOCATION, "Mich.", "S.C.", "Erie", "Pa.");
    }

    @Test
    void legalFormsOfEuropeAndTaiwaneseNamesAndPeoplesParties() {
        List<Found> found = find("Prices rose. Brandauer Wehrtechnik AG, a maker of drone jammers in Bavaria, said orders "
                + "tripled. Legislator Hsu Wen-hsiang of the Taiwan People's Party said \"Every dollar counts.\"");
        assertFound(found, EntityType.ORGANIZATION, "Brandauer Wehrtechnik AG", "Taiwan People's Party");
        assertFound(found, EntityType.PERSON, "Hsu Wen-hsiang");
    }

    @Test
    void anOrganizationsLastWordIsNoSurnameAfterAGivenName() {
        List<Found> found = find("Cuts would leave the Army and Royal Navy short of kit, a committee warned. Critics said "
                + "ministers were robbing the Army to pay for the Navy’s projects, and the aid charity Open Hands Relief agreed.");
        assertFound(found, EntityType.ORGANIZATION, "Army", "Royal Navy", "Navy", "Open Hands Relief");
        assertTrue(found.stream().noneMatch(f -> f.type() == EntityType.PERSON), found.toString());
    }

    @Test
    void aBylineNamesItsWriterAndAHyphenatedGivenNameTakesItsSurname() {
        List<Found> found = find("Japan seeks a record budget\n\nBy Hiroshi Tanabe\n\nAnalyst Mei-Ling Tsai said \"Allies are "
                + "watching.\" Tsai added more. By the way, ZDF and NHK reported it.");
        assertFound(found, EntityType.PERSON, "Hiroshi Tanabe", "Mei-Ling Tsai", "Tsai");
        assertFound(found, EntityType.ORGANIZATION, "ZDF", "NHK");
        assertTrue(found.stream().noneMatch(f -> f.text().startsWith("the way")), found.toString());
    }

    @Test
    void aGivenNameBeforeATwoWordPersonAndAShipClass() {
        List<Found> found = find("Defence Minister Harish Chandra Mehta said the navy would retire six Collins-class "
                + "submarines, according to OpenSecrets and Fincantieri.");
        assertFound(found, EntityType.PERSON, "Harish Chandra Mehta");
        assertFound(found, EntityType.ORGANIZATION, "OpenSecrets", "Fincantieri");
        assertTrue(found.stream().noneMatch(f -> f.text().contains("Collins")), found.toString());
    }

    @Test
    void anAcademyIsAnOrganizationTheWhoInCapitalsToo() {
        List<Found> found = find("The WHO said on Tuesday that Jefferson Academy had closed. Shelling hit the province "
                + "of Zaporizhzhia, and who pays for it is unclear.");
        assertFound(found, EntityType.ORGANIZATION, "WHO", "Jefferson Academy");
        assertFound(found, EntityType.LOCATION, "Zaporizhzhia");
        assertTrue(found.stream().noneMatch(f -> f.text().startsWith("province") || f.text().equals("who")),
                found.toString());
    }

    @Test
    void aTitledNameTheTaggerCallsAVerbAndAGivenNameTheModelCallsAnOrganization() {
        List<Found> found = find("Defence Minister Anita Desrosiers said so. Spending fell, according to Nour Khalil of "
                + "the Peace Economics Project.");
        assertFound(found, EntityType.PERSON, "Anita Desrosiers", "Nour Khalil");
        assertFound(found, EntityType.ORGANIZATION, "Peace Economics Project");
    }

    @Test
    void aPersonAfterAListedOrganizationAndAnEmbassyOfACountry() {
        List<Found> found = find("U.S. Ambassador to NATO Rebecca Lindqvist said the deal worked. The Embassy of Israel in "
                + "Washington said in a statement that it was fine.");
        assertFound(found, EntityType.PERSON, "Rebecca Lindqvist");
        assertFound(found, EntityType.ORGANIZATION, "NATO", "Embassy of Israel");
    }

    @Test
    void aCountryThatIsAlsoAWordAndAStateBeforeAPartyMember() {
        List<Found> found = find("China's spending rose 7%, while Japan's rose 21%. The target was agreed in Wales in "
                + "2014, said Rep. Thomas Ardell, an Ohio Republican who chairs the House Armed Services Committee.");
        assertFound(found, EntityType.LOCATION, "China", "Japan", "Wales", "Ohio");
        assertFound(found, EntityType.PERSON, "Thomas Ardell");
    }

    @Test
    void companiesByTheirLastWordTheirAcronymAndTheNetworkX() {
        List<Found> found = find("Hindustan Aeronautics Limited (HAL) and Arcadia Defense Systems won the contract. "
                + "HAL said on X on Friday that The Thameside Dynamics plant would close, as Israel's Rafael Advanced "
                + "Defense Systems did.");
        assertFound(found, EntityType.ORGANIZATION, "Hindustan Aeronautics Limited", "HAL", "Arcadia Defense Systems",
                "X", "Thameside Dynamics", "Rafael Advanced Defense Systems");
        assertTrue(found.stream().noneMatch(f -> f.type() == EntityType.PERSON || f.text().equals("Arcadia")),
                found.toString());
    }

    @Test
    void aJapaneseOfficeIsATitleAndAnAcronymThatSpeaksIsABody() {
        List<Found> found = find("Chief Cabinet Secretary Hiroshi Kanda brushed it aside. AIPAC said in a statement that "
                + "the deal should be larger.");
        assertFound(found, EntityType.PERSON, "Hiroshi Kanda");
        assertFound(found, EntityType.ORGANIZATION, "AIPAC");
    }

    @Test
    void hyphenatedRegionsStancesWeaponsAndBodiesTold() {
        List<Found> found = find("China is rising in the Indo-Pacific. Pro-Israel groups say Israel's David's Sling works. "
                + "He told VRT on Monday that the Joint Chiefs of Staff, Nordfjell Asset Management and Calloway "
                + "Securities agreed.");
        assertFound(found, EntityType.LOCATION, "China", "Indo-Pacific");
        assertFound(found, EntityType.ORGANIZATION, "VRT", "Joint Chiefs of Staff", "Nordfjell Asset Management",
                "Calloway Securities");
        assertTrue(found.stream().noneMatch(f -> f.text().startsWith("Pro-") || f.text().contains("Sling")),
                found.toString());
    }

    @Test
    void aTeamNamedAfterItsCityAndCompaniesByTheirForm() {
        List<Found> found = find("He signed with the Los Angeles Lakers, then the Kansas City Chiefs played near the Golan "
                + "Heights. Warner Bros. released the film.");
        assertFound(found, EntityType.ORGANIZATION, "Los Angeles Lakers", "Kansas City Chiefs", "Warner Bros.");
        assertFound(found, EntityType.LOCATION, "Golan Heights");
    }

    @Test
    void koreanGivenNamesBeforeTheFamilyNameAndIrishParticles() {
        List<Found> found = find("\"It did not happen,\" said Jae-won Lim, a senior fellow. The vote was close, said Sen. "
                + "Yoon-ji Park. Máire Ní Fhlatharta, the Sinn Féin spokesperson on defence, said the public had no say. "
                + "Kim Jong-un met Moon Jae-in.");
        assertFound(found, EntityType.PERSON, "Jae-won Lim", "Yoon-ji Park", "Máire Ní Fhlatharta", "Kim Jong-un",
                "Moon Jae-in");
    }

    @Test
    void aCityWrittenWithHyphensIsOnePlace() {
        List<Found> found = find("Drones hit Ivano-Frankivsk overnight. Workers commute from Wilkes-Barre, and he "
                + "visited Aix-en-Provence. Jean-Pierre Dupont said so.");
        assertFound(found, EntityType.LOCATION, "Ivano-Frankivsk", "Wilkes-Barre", "Aix-en-Provence");
        assertFound(found, EntityType.PERSON, "Jean-Pierre Dupont");
    }

    @Test
    void europeanDefenceFirmsAreListedButAPersonOfTheNameStaysOne() {
        List<Found> found = find("The contracts went to Navantia, Rolls-Royce and Krauss-Maffei Wegmann. Admiral John Babcock "
                + "said the plan was sound. Babcock added that it would work.");
        assertFound(found, EntityType.ORGANIZATION, "Navantia", "Rolls-Royce", "Krauss-Maffei Wegmann");
        assertFound(found, EntityType.PERSON, "John Babcock", "Babcock");
    }

    @Test
    void newspapersOfPolandNorwayAndAustraliaAreOrganizations() {
        List<Found> found = find("The minister told Gazeta Wyborcza and the Sydney Morning Herald on Monday that Yle had it "
                + "wrong.");
        assertFound(found, EntityType.ORGANIZATION, "Gazeta Wyborcza", "Sydney Morning Herald", "Yle");
    }

    @Test
    void oceansAreSeasAndAKoreanGivenNameBeforeTheFamilyName() {
        List<Found> found = find("China is expanding in the Pacific and the Arctic. Tensions are rising across the "
                + "Asia-Pacific, officials said. \"It is the worst outcome,\" said Hye-jin Park, the comptroller.");
        assertFound(found, EntityType.LOCATION, "Pacific", "Arctic", "Asia-Pacific");
        assertFound(found, EntityType.PERSON, "Hye-jin Park");
    }

    @Test
    void britishRanksWithoutAStopAndAGivenNameTheModelTookForAPlace() {
        List<Found> found = find("The army chief, Gen Rajeev Sehgal, described the situation as stable. \"Canada is a "
                + "valued ally,\" Ingrid Solheim, Norway's state secretary for defence, said. Gen Z voters disagree.");
        assertFound(found, EntityType.PERSON, "Rajeev Sehgal", "Ingrid Solheim");
        assertTrue(found.stream().noneMatch(f -> f.text().equals("Z")), found.toString());
    }

    @Test
    void aCountryOwnsItsMinistryAndShoalsBaysAndFirmsByTheirLastWord() {
        List<Found> found = find("Saudi Arabia's Ministry of Defense signed the deal, the Prime Minister's Office said. "
                + "Chinese ships blocked Second Thomas Shoal near Frobisher Bay. Buyers in the Gulf are shopping, said "
                + "Hanseatic Capital and Vistula Economics, as did the Australian Capital Territory.");
        assertFound(found, EntityType.LOCATION, "Saudi Arabia", "Frobisher Bay", "Gulf", "Australian Capital Territory");
        assertFound(found, EntityType.ORGANIZATION, "Ministry of Defense", "Prime Minister's Office", "Hanseatic Capital",
                "Vistula Economics");
        assertTrue(found.stream().anyMatch(f -> f.text().endsWith("Thomas Shoal") && f.type() == EntityType.LOCATION),
                found.toString());
    }

    @Test
    void arabicSurnamesWithTheirArticleOrPatronym() {
        List<Found> found = find("\"We are not interested in buying boxes,\" Faisal al-Otaibi, a deputy governor at GAMI, "
                + "told a conference in Riyadh. Crown Prince Mohammed bin Salman met Abdullah al-Sisi.");
        assertFound(found, EntityType.PERSON, "Faisal al-Otaibi", "Mohammed bin Salman", "Abdullah al-Sisi");
    }

    @Test
    void anUnknownGivenNameTakesItsSurnameAndADoubleSurnameStaysWholeLater() {
        List<Found> found = find("Yuko Harada, a deputy director general at the agency, said the figure was high. "
                + "Rep. Carla Brennan-Whitfield insisted. \"We have troops on food stamps,\" Brennan-Whitfield said.");
        assertFound(found, EntityType.PERSON, "Yuko Harada", "Carla Brennan-Whitfield", "Brennan-Whitfield");
        assertTrue(found.stream().noneMatch(f -> f.text().equals("Whitfield") || f.text().equals("Brennan")),
                found.toString());
    }

    @Test
    void projectsHeraldsAndTheInstituteInTaiwan() {
        List<Found> found = find("It was reported in The Herald and by the Yemen Data Project, and the American Institute "
                + "in Taiwan agreed with the Costs of War Project.");
        assertFound(found, EntityType.ORGANIZATION, "The Herald", "Yemen Data Project", "American Institute in Taiwan");
        assertTrue(found.stream().noneMatch(f -> f.text().equals("War Project")), found.toString());
    }

    @Test
    void aNewspaperWithTheIsItsWholeNameOnly() {
        List<Found> found = find("He served in The National Guard for years, The Post reported.");
        assertFound(found, EntityType.ORGANIZATION, "The Post");
        assertTrue(found.stream().noneMatch(f -> f.text().equals("The National")), found.toString());
    }

    @Test
    void washingtonAloneIsTheCapitalAndAGermanDefenceFirm() {
        List<Found> found = find("WASHINGTON - The Pentagon has told Congress it will pay. A spokesperson, Carmen Iturralde, "
                + "said Washington's commitment was unchanged. Washington's much-repeated \"ironclad\" commitment has "
                + "rarely been tested. Hallstadt Wehrtechnik builds the launchers.");
        assertFound(found, EntityType.LOCATION, "Washington");
        assertFound(found, EntityType.ORGANIZATION, "Hallstadt Wehrtechnik");
        assertTrue(found.stream().noneMatch(f -> f.text().equals("Washington") && f.type() != EntityType.LOCATION),
                found.toString());
    }

    @Test
    void aCountryAfterAPlaceAndItsAndASpeakerWithAnAffiliation() {
        List<Found> found = find("Michael Hanratty, who served in Lebanon and Chad, agreed. \"It has bought closer to 150,\" "
                + "says Hiroshi Tanabe of the Kasumigaseki Policy Forum.");
        assertFound(found, EntityType.LOCATION, "Lebanon", "Chad");
        assertFound(found, EntityType.PERSON, "Michael Hanratty", "Hiroshi Tanabe");
    }

    @Test
    void italianAndSpanishDefenceFirmsAComptrollerAndABroadcasterSomeoneIsTelling() {
        List<Found> found = find("\"We cannot defend Italy with spreadsheets,\" Giulia Santangelo, head of strategy at "
                + "Leonardo, told a conference. Indra and Leonardo will share the order. Deputy Comptroller Leonard Asante "
                + "spoke first.");
        assertFound(found, EntityType.ORGANIZATION, "Leonardo", "Indra");
        assertFound(found, EntityType.PERSON, "Giulia Santangelo", "Leonard Asante");
        assertTrue(found.stream().noneMatch(f -> f.text().contains("Comptroller")), found.toString());
    }

    @Test
    void aBroadcasterSomeoneIsTellingAndADutchDoubleSurname() {
        List<Found> found = find("Budget doubles: \"A plane without shells is a photograph\"\n\n\"We learned in Ukraine that a "
                + "plane without shells is a costly photograph,\" State Secretary for Defence Anke Vos-de Jong told the "
                + "public broadcaster NOS. \"This time we buy both, and enough of both.\"\n\nThe Netherlands operates 40 "
                + "of the 52 F-35s it has ordered. Vos-de Jong declined to say when the order would be signed, telling NOS "
                + "only that talks were \"at an advanced stage\".");
        assertEquals(2, found.stream().filter(f -> f.text().equals("NOS") && f.type() == EntityType.ORGANIZATION).count(),
                found.toString());
        assertFound(found, EntityType.PERSON, "Anke Vos-de Jong", "Vos-de Jong");
    }

    @Test
    void aGivenNameNoListKnowsBeforeASurnameThatSpeaksAndAGivenNameInsideAPartysTitle() {
        List<Found> found = find("Sinn Féin MLA Orlaith Devlin said the region should not become a depot. Wanjiru Kamau, "
                + "a defence analyst in Nairobi, warned that the deal came with strings.");
        assertFound(found, EntityType.PERSON, "Orlaith Devlin", "Wanjiru Kamau");
        assertFound(found, EntityType.ORGANIZATION, "Sinn Féin");
    }

    @Test
    void aSilksLettersAndTheConjunctionASentenceOpensWithAreNoPartOfAName() {
        List<Found> found = find("Nadia Haddad KC, for the claimants, said the ruling was clear.\n\nDan Whitlock lost a leg "
                + "in Helmand in 2010.\n\nA Treasury source insisted that the savings would come from back-office "
                + "functions.\n\nBut Whitlock, who now runs a veterans boxing club in Plymouth, said he did not believe "
                + "a word of it.");
        assertFound(found, EntityType.PERSON, "Nadia Haddad", "Whitlock");
        assertTrue(found.stream().noneMatch(f -> f.text().contains("KC") || f.text().startsWith("But")), found.toString());
    }

    @Test
    void aPartyMemberNamedByCreedIsNoPerson() {
        List<Found> found = find("\"We have changed the rules of the game,\" said Katrin Vollmer, a Christian Democrat "
                + "member of the Bundestag's defence committee.");
        assertFound(found, EntityType.PERSON, "Katrin Vollmer");
        assertTrue(found.stream().noneMatch(f -> f.text().contains("Christian") && f.type() == EntityType.PERSON),
                found.toString());
    }

    @Test
    void aSentencesFirstWordIsAGivenNameWhateverTheTaggerCallsItButNoGreeting() {
        List<Found> found = find("Analysts broadly welcomed the update.\n\nSophie Laurent, an aerospace and defence analyst "
                + "at Kestrel Capital in Paris, said BAE was \"better placed than any of its peers\".\n\nOpposition parties "
                + "were unimpressed. Aoife Brennan, Sinn Féin's spokesperson on defence, said the package was too little."
                + "\n\nDear Nina, here is the list.");
        assertFound(found, EntityType.PERSON, "Sophie Laurent", "Aoife Brennan", "Nina");
        assertTrue(found.stream().noneMatch(f -> f.text().startsWith("Dear")), found.toString());
    }

    @Test
    void aKoreanNameInWesternOrderAfterDrAMalaysianHonorificAndAChiefExecutive() {
        List<Found> found = find("Industry observers are less convinced. Dr Hyun-woo Park, a naval analyst at the "
                + "University of Strathclyde, said the troubles were \"a classic case\".\n\nDeputy Defence Minister Datuk "
                + "Azman Harun insisted that the worst was over. Chief Executive Daniel Okafor told analysts the company "
                + "was \"running flat out\".");
        assertFound(found, EntityType.PERSON, "Hyun-woo Park", "Azman Harun", "Daniel Okafor");
    }

    @Test
    void twoUnknownWordsThatAccuseOrBlastAfterTheirLettersAreAPerson() {
        List<Found> found = find("Kwame Asante MP, who chairs the All-Party Parliamentary Group on Veterans, blasted the "
                + "government.\n\nCongress spokesperson Meenakshi Raghavan accused the government of \"doubling down on "
                + "secrecy\" over the price.");
        assertFound(found, EntityType.PERSON, "Kwame Asante", "Meenakshi Raghavan");
    }

    @Test
    void unknownWordsBeforeAnAppositionThatNamesARoleAreAPersonWhateverTheVerb() {
        List<Found> found = find("Tomasz Zielarski, a Law and Justice MP from the Lubelskie region, accused the government "
                + "of \"selling out farmers\".\n\nVikram Chaturvedi, the Bharatiya Janata Party member for Varanasi North, hit "
                + "back at once.\n\nJoost van der Kamp, a Dutch member of the European Parliament, was blunt.");
        assertFound(found, EntityType.PERSON, "Tomasz Zielarski", "Vikram Chaturvedi", "Joost van der Kamp");
    }

    @Test
    void capitalizedWordsThatAnAcronymInBracketsAbbreviatesAreOneBody() {
        List<Found> found = find("Israel's Coordinator of Government Activities in the Territories (COGAT) rejected the "
                + "claim, and the UN Relief and Works Agency (UNRWA) disagreed. Britain's Foreign, Commonwealth and "
                + "Development Office (FCDO) and the Ministry of Defence (MoD) said nothing, nor did Minister Olena Hrytsenko (OH).");
        assertFound(found, EntityType.ORGANIZATION, "Coordinator of Government Activities in the Territories", "COGAT",
                "UN Relief and Works Agency", "UNRWA", "Foreign, Commonwealth and Development Office", "FCDO",
                "Ministry of Defence", "MoD");
        assertFound(found, EntityType.PERSON, "Olena Hrytsenko");
    }

    @Test
    void listedCompaniesAndCompaniesThatTheirNounOrAppositionDescribesAreOrganizations() {
        List<Found> found = find("Gazprom, in a statement on its Telegram channel, said Moldova owed money. State grid "
                + "operator Voltarenko said on Sunday that 64 missiles were launched. Armexport, Ruritania's state arms "
                + "exporter, said deliveries were on time. Rosneft, the state oil giant, declined to comment.");
        assertFound(found, EntityType.ORGANIZATION, "Gazprom", "Voltarenko", "Armexport", "Rosneft");
    }

    @Test
    void aCapitalizedWordTheTaggerCallsAnAdverbCanBeASurnameAndAListedWordInsideANameStaysInIt() {
        List<Found> found = find("It was tabled by veteran left-winger Clive Barraclough, the Labour MP for Nottingham "
                + "East. Allegheny Ordnance Works, a contractor that runs a plant in Scranton, said it would hire.");
        assertFound(found, EntityType.PERSON, "Clive Barraclough");
        assertFalse(found.contains(new Found("Works", EntityType.ORGANIZATION)), found.toString());
    }

    @Test
    void irishSurnamesWithTheirParticleAndTheirGivenNameAreOnePersonAndTheLettersAfterAPartyAreNoPartOfIt() {
        List<Found> found = find("\"We have relied on our neighbours for too long,\" Ó Súilleabháin told the Dáil. Eoghan "
                + "Mac Cárthaigh, Sinn Féin TD for Cork North-Central, disagreed, and Minister for Climate, Energy and the "
                + "Environment Colm Ó Riordáin said families were struggling. Opposition TDs walked out.");
        assertFound(found, EntityType.PERSON, "Ó Súilleabháin", "Eoghan Mac Cárthaigh", "Colm Ó Riordáin");
        assertFound(found, EntityType.ORGANIZATION, "Sinn Féin");
        assertTrue(found.stream().noneMatch(f -> f.text().contains("TDs")), found.toString());
    }

    @Test
    void aGivenNameIsKnownWithItsAccentsAndAfterATreasurersTitle() {
        List<Found> found = find("In a report, Parliamentary Budget Officer Hélène Marchetti put the price at C$28 billion. "
                + "Treasurer Declan Moriarty agreed.");
        assertFound(found, EntityType.PERSON, "Hélène Marchetti", "Declan Moriarty");
    }

    @Test
    void aPatronymicMakesAPersonAndALoneAcronymIsNoPerson() {
        List<Found> found = find("Its chief executive, Serhiy Oleksandrovych Koval, warned of attacks. \"We are buying gas,\" "
                + "Koval told a forum. Emre Yıldız, a researcher at the Istanbul-based think tank EDAM, said so.");
        assertFound(found, EntityType.PERSON, "Serhiy Oleksandrovych Koval", "Koval", "Emre Yıldız");
        assertFalse(found.contains(new Found("EDAM", EntityType.PERSON)), found.toString());
    }

    @Test
    void aMembersLettersBeforeANameAreATitleAndAPlaceThatOpensWithAGivenNameAndSpeaksIsAPerson() {
        List<Found> found = find("Opposition MP Thandeka Mabuza of the Economic Freedom Fighters accused the government. "
                + "Ingrid Haugland Berg, the UNHCR representative in Spain, said 1,100 people had died.");
        assertFound(found, EntityType.PERSON, "Thandeka Mabuza", "Ingrid Haugland Berg");
    }

    @Test
    void aPersonsGivenNameAloneBeforeASpeechVerbIsThatPerson() {
        List<Found> found = find("Energy Minister Arief Wibisono said the state could no longer pay. \"Every litre we "
                + "subsidise is a litre lost,\" Arief told reporters on Saturday.");
        assertFound(found, EntityType.PERSON, "Arief Wibisono", "Arief");
    }

    @Test
    void southAsianAndWestAfricanHonorificsAreTitles() {
        List<Found> found = find("Shri Ashok Venkataraman called it a stunt. Barrister Saad Rehman Khattak disagreed, and "
                + "Alhaji Ibrahim Danjuma Bello said so, as did Begum Nasrin Akhter Chowdhury.");
        assertFound(found, EntityType.PERSON, "Ashok Venkataraman", "Saad Rehman Khattak", "Ibrahim Danjuma Bello",
                "Nasrin Akhter Chowdhury");
    }

    @Test
    void aBusinessIsKnownByTheNounBeforeItItsLastWordOrWhatItOperates() {
        List<Found> found = find("Danube Grain Logistics said it had stopped loading. Vasile Tudose, head of the farmers' "
                + "association Liga Agricola, spoke. Kuzey Denizcilik, which operates two tankers, said the crew was safe.");
        assertFound(found, EntityType.ORGANIZATION, "Danube Grain Logistics", "Liga Agricola", "Kuzey Denizcilik");
        assertFound(found, EntityType.PERSON, "Vasile Tudose");
    }

    @Test
    void aTitleInsideABodysNameStartsAPersonAndASpeakerMayHaveBracketsBeforeTheVerb() {
        List<Found> found = find("Minister of State for Petroleum Resources Alhaji Musa Danladi Garba told the Senate on "
                + "Wednesday. But Labour backbencher Tariq Hussainzada (Bradford East) said it did not add up.");
        assertFound(found, EntityType.PERSON, "Musa Danladi Garba", "Tariq Hussainzada");
    }

    @Test
    void aTitleCaseHeadlineKeepsOnlyTheNamesTheBodyOrOurListsKnow() {
        List<Found> found = find("‘We Can’t Keep Writing Blank Cheques’: Tory Fury as Ukraine Aid Bill Hits £12.8bn\n\n"
                + "Taxpayers have handed £12.8 billion to Ukraine since February 2022, Treasury figures show. Conservative "
                + "MPs said the sum was too high.");
        assertFound(found, EntityType.LOCATION, "Ukraine");
        assertTrue(found.stream().noneMatch(f -> f.type() == EntityType.PERSON), found.toString());
        List<Found> sentenceCase = find("Tory fury as Kemi Badenoch attacks Ukraine aid bill\n\nThe Conservative leader spoke.");
        assertFound(sentenceCase, EntityType.PERSON, "Kemi Badenoch");
    }

    @Test
    void aGivenNameTheModelPlacedTakesInItsSurnameWhenTheyAreDescribedOrSpeak() {
        List<Found> found = find("Ukraine's ambassador in Bucharest, Yulia Horobets, said the grain was sealed.");
        assertFound(found, EntityType.PERSON, "Yulia Horobets");
    }

    @Test
    void anArabicChainOfNamesAndAHyphenatedTitleKeepThePersonWhole() {
        List<Found> found = find("Hamad bin Nasser al-Suwaidi, Qatar's Minister of State, said Doha would help. Sheikha "
                + "Mariam bint Khalifa al-Ketbi, the minister, agreed. In a statement, Director-General Eyal Ben-Natan said "
                + "the jets were vital.");
        assertFound(found, EntityType.PERSON, "Hamad bin Nasser al-Suwaidi", "Mariam bint Khalifa al-Ketbi",
                "Eyal Ben-Natan");
    }

    @Test
    void aTwoSyllableGivenNameSpeaksAfterSaidAndNoOneIsCalledOffice() {
        List<Found> found = find("\"We are not asking anyone to fight for us,\" said Ming-hua Liao, a spokesperson for the "
                + "Taipei Economic and Cultural Representative Office in Washington.");
        assertFound(found, EntityType.PERSON, "Ming-hua Liao");
        assertFalse(found.contains(new Found("Office", EntityType.PERSON)), found.toString());
    }

    @Test
    void anOrganizationsNameDoesNotOpenWithTheArticleA() {
        List<Found> found = find("A BAE Systems spokesperson said the company was proud to support the UK.");
        assertFound(found, EntityType.ORGANIZATION, "BAE Systems");
    }

    @Test
    void threeWordNamesDoubleSurnamesAndAPersonAfterTheHouseStayWhole() {
        List<Found> found = find("WASHINGTON — Speaker of the House Dale Brennan on Tuesday refused a vote. Romilly "
                + "Okonjo-Hart, chief executive of Bond, described the cut as cruel. Amani Rashid Mzee, a security "
                + "researcher at the University of Dar es Salaam, said governments were asked to pay.");
        assertFound(found, EntityType.PERSON, "Dale Brennan", "Romilly Okonjo-Hart", "Amani Rashid Mzee");
        assertFound(found, EntityType.ORGANIZATION, "House");
    }

    @Test
    void aSentencesFirstGivenNameAndADoubleSurnameAfterItSpeak() {
        List<Found> found = find("Zainab Kabir Dambatta, a human rights lawyer based in Kano, said it sent the wrong "
                + "message. Tunde Bakare-Wells, the Labour MP for Lewisham North, agreed, as did Comrade Emeka Nwosu-Eze.");
        assertFound(found, EntityType.PERSON, "Zainab Kabir Dambatta", "Tunde Bakare-Wells", "Emeka Nwosu-Eze");
    }

    @Test
    void aGivenNameThatIsAlsoAPlaceOpensAPersonDescribedByARole() {
        List<Found> found = find("Victoria Hale, a defense budget analyst at the Heritage Foundation, told Axios so.");
        assertFound(found, EntityType.PERSON, "Victoria Hale");
    }
    @Test
    void partyMembersAreNationalitiesAndTheirChamberAnOrganization() {
        List<Found> found = find("Senate Democrats blocked the measure on Thursday, and House Republicans vowed to try "
                + "again. A Republican senator from Iowa said Tories in London were watching.");
        assertFound(found, EntityType.NATIONALITY, "Democrats", "Republicans", "Republican", "Tories");
        assertFound(found, EntityType.ORGANIZATION, "Senate", "House");
    }

    @Test
    void onlyAPersonIsCalledMsOrMk() {
        List<Found> found = find("“Those days are behind us,” Ms Whaanga told reporters at Parliament. MK Dalia Sharabi "
                + "of Yesh Atid told the committee the money was wasted.");
        assertFound(found, EntityType.PERSON, "Whaanga", "Dalia Sharabi");
        assertFound(found, EntityType.ORGANIZATION, "Yesh Atid");
    }

    @Test
    void namesOfFourWordsAfterATitleOrBeforeAnAppositionStayWhole() {
        List<Found> found = find("On Tuesday, Minister Luz María Arellano Basave hailed the vote. Ministra María José "
                + "Undurraga Fuenzalida told reporters the copper fund was safe. Syed Imran Akhtar Gilani, a Pakistan "
                + "Peoples Party (PPP) senator from Multan, told the house on Monday that the budget failed.");
        assertFound(found, EntityType.PERSON, "Luz María Arellano Basave", "María José Undurraga Fuenzalida",
                "Syed Imran Akhtar Gilani");
    }

    @Test
    void begumAfterAGivenNameIsASurname() {
        List<Found> found = find("In the camp, Rahima Begum, a mother of three, said rations were cut.");
        assertFound(found, EntityType.PERSON, "Rahima Begum");
    }

    @Test
    void theArabicArticleGoesWithASurnameFoundAgain() {
        List<Found> found = find("The agreement was signed in Riyadh by Minister of State Khalid bin Saad al-Otaibi and "
                + "executives from Airbus.\n\n\"This is not a shopping list,\" al-Otaibi told reporters after the ceremony.");
        assertFound(found, EntityType.PERSON, "Khalid bin Saad al-Otaibi", "al-Otaibi");
    }

    @Test
    void aSurnameTheTaggerCallsAnAuxiliaryStaysInTheName() {
        List<Found> found = find("But the party's defence spokesperson Tāmati Kōhere accused the government of raiding "
                + "health and education.");
        assertFound(found, EntityType.PERSON, "Tāmati Kōhere");
    }

    @Test
    void aKoreanGivenNameBeforeAFamilyNameThatIsAlsoAPlace() {
        List<Found> found = find("Min-seo Park, a researcher at the Korea Institute for Defense Analyses, said the "
                + "orders were large.");
        assertFound(found, EntityType.PERSON, "Min-seo Park");
    }
    @Test
    void theArticleAloneIsNoBodyThoughACompanyListHoldsIt() {
        List<Found> found = find("The promised “fiscal space” for development has not materialised.");
        assertTrue(found.isEmpty(), found.toString());
    }

    @Test
    void aWordNoListKnowsThatSaidInAStatementIsABody() {
        List<Found> found = find("Pemex said in a statement that output would rise. Later, Eskom said in its application "
                + "that it was short.");
        assertFound(found, EntityType.ORGANIZATION, "Pemex", "Eskom");
    }

    @Test
    void anAcronymWrittenAsAWordThatSpellsItsFullNameIsThatBodyEverywhere() {
        List<Found> found = find("The utility told the National Energy Regulator of South Africa (Nersa) on Monday that "
                + "it was short. Nersa will hold hearings in February, and Nersa staff will attend.");
        assertFound(found, EntityType.ORGANIZATION, "National Energy Regulator of South Africa");
        assertEquals(3, found.stream().filter(f -> f.equals(new Found("Nersa", EntityType.ORGANIZATION))).count(),
                found.toString());
    }

    @Test
    void aNameHasNoPunctuationAtItsEdgesAndARulersNumberIsPartOfIt() {
        List<Found> found = find("Rep. Maya Delgado, D-California, on Monday accused Speaker Dale Brennan of "
                + "appeasement. Pope Leo XIV met King Charles III in Rome.");
        assertFound(found, EntityType.PERSON, "Maya Delgado", "Dale Brennan", "Leo XIV", "Charles III");
        assertTrue(found.stream().noneMatch(f -> f.text().endsWith(",")), found.toString());
    }

    @Test
    void aTownOfOurListsNamedAsOneIsThePlaceThroughoutTheDocument() {
        List<Found> found = find("The government opened talks to return the Port of Darwin to Australian hands. "
                + "“Darwin is where US Marines rotate through every dry season,” she said.");
        assertFound(found, EntityType.LOCATION, "Darwin");
        assertTrue(found.stream().noneMatch(f -> f.type() == EntityType.PERSON), found.toString());
    }

    @Test
    void energyCompaniesOfOurListAreBodiesAndTwoJoinedByAndAreTwo() {
        List<Found> found = find("Romania's Transgaz has raised flows through the pipeline. Sanctions on Rosneft hit "
                + "Saudi Aramco and Naftogaz, Euroclear said.");
        assertFound(found, EntityType.ORGANIZATION, "Transgaz", "Rosneft", "Saudi Aramco", "Naftogaz", "Euroclear");
    }

    @Test
    void aCompanyWhoseNameEndsInSKeepsIt() {
        List<Found> found = find("Ratings agency Moody's said in a statement that the injection reduces risk. "
                + "Sainsbury's agreed, but Blinken's plan failed.");
        assertFound(found, EntityType.ORGANIZATION, "Moody's", "Sainsbury's");
        assertFound(found, EntityType.PERSON, "Blinken");
    }

    @Test
    void aConservativeMemberIsANationalityAndTheConservativePartyABody() {
        List<Found> found = find("Conservative MPs said the sum was too high. The Conservative Party lost the vote.");
        assertFound(found, EntityType.NATIONALITY, "Conservative");
        assertFound(found, EntityType.ORGANIZATION, "Conservative Party");
    }

    @Test
    void regulatorsBanksAndPartiesOfOurRulesListAreBodies() {
        List<Found> found = find("The ruling Georgian Dream party won. JPMorgan analysts agreed, and Ofgem said prices "
                + "would rise. Konfederacja voted no.");
        assertFound(found, EntityType.ORGANIZATION, "Georgian Dream", "JPMorgan", "Ofgem", "Konfederacja");
    }

    @Test
    void theFullNameOfAnAcronymWrittenAsAWordIsABodyThoughTheModelSawAPerson() {
        List<Found> found = find("The reform puts Petróleos Mexicanos (Pemex) back at the centre of the oil market. "
                + "Pemex said output rose.");
        assertFound(found, EntityType.ORGANIZATION, "Petróleos Mexicanos", "Pemex");
        assertTrue(found.stream().noneMatch(f -> f.type() == EntityType.PERSON), found.toString());
    }

    @Test
    void aConstituencyOfSeveralPlacesIsOneAndALiberalDemocratIsAMember() {
        List<Found> found = find("Jane Hale, Liberal Democrat MP for Brecon, Radnor and Cwm Tawe, said no. The MP for "
                + "Oxford West and Abingdon agreed. Ann Lee, MP for Lewisham North, said so. The Liberal Democrats voted "
                + "against.");
        assertFound(found, EntityType.LOCATION, "Brecon, Radnor and Cwm Tawe", "Oxford West and Abingdon",
                "Lewisham North");
        assertFound(found, EntityType.NATIONALITY, "Liberal Democrat");
        assertFound(found, EntityType.ORGANIZATION, "Liberal Democrats");
        assertTrue(found.stream().noneMatch(f -> f.text().equals("Brecon")), found.toString());
    }

    @Test
    void companiesTheModelMissesInPlainSentencesAreBodies() {
        List<Found> found = find("Analysts at Codelco expect the plan to fail, and Pemex said on Monday that costs "
                + "would rise. S&P Global Ratings, which cut the rating, agreed.");
        assertFound(found, EntityType.ORGANIZATION, "Codelco", "Pemex", "S&P Global Ratings");
    }

    @Test
    void malayHonorificsOfTwoWordsAreTitles() {
        List<Found> found = find("Defence Minister Datuk Seri Haris Zulkifli told reporters in Putrajaya that the "
                + "first ship was due in 2028.");
        assertFound(found, EntityType.PERSON, "Haris Zulkifli");
    }

    @Test
    void aBodysFirstWordAloneIsTheBody() {
        List<Found> found = find("Russia relies on the Wagner Group in Mali. Wagner, which first deployed there in 2021, "
                + "said its mission was over.");
        assertFound(found, EntityType.ORGANIZATION, "Wagner Group", "Wagner");
    }

    @Test
    void aNameInCommasAfterARoleOrBeforeOfABodyAndASpeechVerbIsAPerson() {
        List<Found> found = find("Eskom's chief executive, Themba Mkhize, said the cuts would end. Lerato Mokoena of the "
                + "Economic Freedom Fighters said the request was unfair.");
        assertFound(found, EntityType.PERSON, "Themba Mkhize", "Lerato Mokoena");
    }

    @Test
    void aNameInCommasAfterARoleBeforeAnyVerbIsAPersonWhoLaterSpeaksBySurname() {
        List<Found> found = find("Its deputy leader, Cornel Vîlcu, accused the government of hiding the bill. \"Our "
                + "children will repay it,\" Vîlcu said in a televised debate.");
        assertFound(found, EntityType.PERSON, "Cornel Vîlcu", "Vîlcu");
    }

    @Test
    void anArabicArticleBeforeAHyphenOpensThePersonsName() {
        List<Found> found = find("Many civilians were killed in the days that followed.  Al-Tayeb Hamdan Ibrahim, an "
                + "adviser to the RSF leadership, said the claims were false.");
        assertFound(found, EntityType.PERSON, "Al-Tayeb Hamdan Ibrahim");
        assertTrue(found.stream().noneMatch(f -> f.text().equals("Al")), found.toString());
    }

    @Test
    void aTitleThatIsAlsoAGivenNameOpensAnOfficeBeforeItsHead() {
        List<Found> found = find("\"It is shameful,\" said Shadow Development Minister Priya Raghunathan.");
        assertEquals(List.of(new Found("Priya Raghunathan", EntityType.PERSON)), found);
    }

    @Test
    void aParticipleOpeningTheSentenceIsNoPartOfThePlaceAfterIt() {
        List<Found> found = find("Neighbouring Burkina Faso said last month that it would not.");
        assertFound(found, EntityType.LOCATION, "Burkina Faso");
    }

    @Test
    void anArticleRightAfterANameEndsIt() {
        List<Found> found = find("A Labour source told Sky News the Commons would vote on it next spring.");
        assertTrue(found.stream().noneMatch(f -> f.text().contains(" the ")), found.toString());
        assertFound(found, EntityType.ORGANIZATION, "Sky News");
    }

    @Test
    void noNameEndsWithAnArticle() {
        List<Found> found = find("Rep. Dale Hutchins, who stood on the floor for six hours in protest, told Fox News the "
                + "vote was a betrayal.");
        assertFound(found, EntityType.ORGANIZATION, "Fox News");
    }

    @Test
    void aMinistrysListOfPortfoliosEndsAfterAnd() {
        List<Found> found = find("The Ministry of Economy, Trade and Industry said so, and the Ministry of Defence, Airbus "
                + "and Thales signed the deal.");
        assertFound(found, EntityType.ORGANIZATION, "Ministry of Economy, Trade and Industry", "Ministry of Defence",
                "Airbus");
    }

    @Test
    void anInstitutionAfterAndTakesInTheWordsThatOpenItsName() {
        List<Found> found = find("Mehmet Aydın, a spokesman for Turkey's ruling Justice and Development Party, told "
                + "reporters. The Lithuanian Farmers and Greens Union objected. Britain and the Labour Party agreed.");
        assertFound(found, EntityType.ORGANIZATION, "Justice and Development Party", "Lithuanian Farmers and Greens Union",
                "Labour Party");
        assertFound(found, EntityType.LOCATION, "Britain");
    }

    @Test
    void sitesTownsJoinedByHyphensAndRegionsOpenedByLowerAreOnePlace() {
        List<Found> found = find("Villanueva told reporters at Camp Aguinaldo that the money had arrived. Workers in "
                + "Barrow-in-Furness were angry. China's envoy for the Horn of Africa, Liu Haoming, said soldiers in "
                + "Gedo and Lower Juba were unpaid.");
        assertFound(found, EntityType.LOCATION, "Camp Aguinaldo", "Barrow-in-Furness", "Horn of Africa", "Lower Juba");
    }

    @Test
    void theUsInCapitalsIsTheCountryWhereTheArticleAlsoSaysUs() {
        List<Found> found = find("“We did not choose this. Global oil prices chose it for us,” the minister said. Crude "
                + "rose after new US sanctions on tanker fleets.");
        assertEquals(List.of(new Found("US", EntityType.LOCATION)),
                found.stream().filter(f -> f.text().equals("US")).toList(), found.toString());
    }

    @Test
    void washingtonInsideAQuoteIsTheCapitalUnlessSomeoneIsCalledSo() {
        List<Found> found = find("\"If Washington decides it needs those boats, there is nothing we can do,\" Dr Li said.");
        assertFound(found, EntityType.LOCATION, "Washington");
        found = find("Denzel Washington spoke. \"If Washington decides it, we go,\" Dr Li said.");
        assertTrue(found.stream().noneMatch(f -> f.type() == EntityType.LOCATION), found.toString());
    }

    @Test
    void aPartysLetterBeforeTheStateIsNoPlace() {
        List<Found> found = find("\"It is wrong,\" Sen. James Colfax, R-Idaho, told Fox News on Friday. Rep. Wade Pruitt, "
                + "R-Texas, chairman of the House panel, agreed.");
        assertFound(found, EntityType.LOCATION, "Idaho", "Texas");
        assertTrue(found.stream().noneMatch(f -> f.text().equals("R")), found.toString());
    }

    @Test
    void aPaperToldSomethingIsABodyButAReviewReadInIsNot() {
        List<Found> found = find("A senior US official was blunter still, telling the Australian Financial Review that "
                + "the deal was safe.");
        assertFound(found, EntityType.ORGANIZATION, "Australian Financial Review");
        List<Found> journal = find("The figures were published in the Medical Journal of Australia this week.");
        assertFalse(journal.contains(new Found("Medical Journal", EntityType.ORGANIZATION)), journal.toString());
    }
    @Test
    void aCompanysNounBeforeAWordNoListKnowsMakesABodyAndNoOneIsNamedAfterACountry() {
        List<Found> found = find("Output at state miner Codelco fell to its lowest level. He said Codelco had lost a "
                + "decade. The licence lets Chevron pump crude despite sanctions on the state oil company, Petróleos de "
                + "Venezuela (PDVSA), which Venezuela owns.");
        assertEquals(2, found.stream().filter(f -> f.equals(new Found("Codelco", EntityType.ORGANIZATION))).count(),
                found.toString());
        assertFound(found, EntityType.ORGANIZATION, "Petróleos de Venezuela");
        assertFound(found, EntityType.LOCATION, "Venezuela");
    }
    @Test
    void peersAndAGivenNameThatIsAlsoAPlaceAfterATitleArePeople() {
        List<Found> found = find("Lord Carrow, a Conservative peer, said the deal was bad. Baroness Fairley, a minister at "
                + "the Foreign Office, defended the deal. Finance Minister Sabine Hollerbach said the rule must change.");
        assertFound(found, EntityType.PERSON, "Carrow", "Fairley", "Sabine Hollerbach");
    }
    @Test
    void aDoubleSurnameAfterAHyphenatedGivenNameAndAloneBeforeItsVerb() {
        List<Found> found = find("National Defence Minister Marie-Ève Lachance-Sirois announced the plan. \"We made a "
                + "commitment,\" Lachance-Sirois told reporters. The Biden-Xi summit ended.");
        assertFound(found, EntityType.PERSON, "Marie-Ève Lachance-Sirois", "Lachance-Sirois");
        assertFalse(found.stream().anyMatch(f -> f.type() == EntityType.PERSON && f.text().contains("Xi")), found.toString());
    }

    @Test
    void aNationalityBeforeATitleAndAConjunctionAfterAQuotationMarkAreNoPartOfTheName() {
        List<Found> found = find("Representative Wade Burkett spoke first. “We want the paycheck without the vote,” she "
                + "told me. “If Wade Burkett had his way, this building would be empty.” On Gaza, Bahraini Ambassador "
                + "Yousef Al-Mannai accused the council of having “lost its voice”.");
        assertEquals(2, found.stream().filter(f -> f.equals(new Found("Wade Burkett", EntityType.PERSON))).count(),
                found.toString());
        assertFound(found, EntityType.PERSON, "Yousef Al-Mannai");
    }
    @Test
    void aPapersNameWithACapitalTheThatEndsInAMastheadWordIsOneBody() {
        List<Found> found = find("When a reporter from The Dallas Morning News asked about his vote, he said no. He told "
                + "The Columbus Dispatch that the plant mattered.");
        assertFound(found, EntityType.ORGANIZATION, "The Dallas Morning News", "The Columbus Dispatch");
    }
    @Test
    void aPersonAfterAMinistersOfficeAndAListedBodyBeforeAnApposition() {
        List<Found> found = find("Minister of Economic Affairs Hsu Ming-tsung told legislators that her ministry had "
                + "approved the Arizona plan on 24 November 2026 after a review. Nvidia, whose sales to China fell to about "
                + "13% of revenue, said in a statement that it would comply.");
        assertFound(found, EntityType.PERSON, "Hsu Ming-tsung");
        assertFound(found, EntityType.ORGANIZATION, "Nvidia");
    }
    @Test
    void aCountryThatIsAlsoAGivenNameIsThePlaceWhereTheTextPutsSomethingInIt() {
        List<Found> found = find("Jordan is no exception, the senator said. Jordan has stood with us. Aid to Jordan will fall.");
        assertEquals(3, found.stream().filter(f -> f.equals(new Found("Jordan", EntityType.LOCATION))).count(),
                found.toString());
    }
    @Test
    void aListedBodySpeaksAfterALongApposition() {
        List<Found> found = find("Nvidia, whose sales to China fell to about 13% of revenue in the fiscal year that ended "
                + "in January, said in a statement that it would comply.");
        assertFound(found, EntityType.ORGANIZATION, "Nvidia");
    }
    @Test
    void aWordNoListKnowsThatIsToldSomethingIsAnOutletButMembersAndStationsAreNot() {
        List<Found> found = find("The minister told Euractiv that the plan was dead. He later told MPs the vote would "
                + "wait, and told Radio 10 it would pass.");
        assertFound(found, EntityType.ORGANIZATION, "Euractiv");
        assertFalse(found.stream().anyMatch(f -> f.text().equals("MPs") || f.text().equals("Radio")), found.toString());
    }
    @Test
    void anOwnersPossessiveSplitsABodysNameButNotBeforeASingleWord() {
        List<Found> found = find("The Bank of England's Monetary Policy Committee voted on Thursday. The UN's Financial "
                + "Tracking Service said funding was short, and the Specialized Anti-Corruption Prosecutor's Office "
                + "opened a case.");
        assertFound(found, EntityType.ORGANIZATION, "Bank of England", "Monetary Policy Committee", "UN",
                "Financial Tracking Service", "Specialized Anti-Corruption Prosecutor's Office");
    }
}
