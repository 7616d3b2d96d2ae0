package crosscheck.claims;

import crosscheck.model.Entity;
import crosscheck.model.EntityCluster;
import crosscheck.model.EntityType;
import crosscheck.model.Quote;
import crosscheck.model.QuoteKind;
import crosscheck.model.TextSpan;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuoteFinderTest {
    private final QuoteFinder finder = new QuoteFinder();

    private List<Quote> quotes(String text, List<Entity> entities, List<EntityCluster> clusters) {
        return finder.find(text, Fixtures.sentences(text), entities, clusters);
    }

    @Test
    void speakerBeforeAColonWithTheMedium() {
        String text = "John Healey told Reuters: \"We will meet our obligations to our allies.\"";
        List<Quote> found = quotes(text, Fixtures.entities(text, "John Healey", EntityType.PERSON,
                "Reuters", EntityType.ORGANIZATION), List.of());
        assertEquals(1, found.size());
        Quote quote = found.get(0);
        assertEquals(QuoteKind.DIRECT, quote.kind());
        assertEquals("John Healey", quote.speaker());
        assertEquals("Reuters", quote.medium());
        assertEquals("\"We will meet our obligations to our allies.\"", quote.text());
    }

    @Test
    void speakerAfterTheQuoteInCurlyMarks() {
        String text = "“The package keeps Ukraine in the fight,” Blinken said on Tuesday.";
        List<Entity> entities = Fixtures.entities(text, "Blinken", EntityType.PERSON);
        List<Quote> found = quotes(text, entities,
                List.of(Fixtures.cluster(entities.get(0).cluster(), "Antony Blinken")));
        assertEquals("Antony Blinken", found.get(0).speaker(), "resolved to the full name of the cluster");
    }

    @Test
    void aShortQuoteBeforeATitledSpeakerAndHisVerbIsHisButALabelAfterAnOwnerIsNot() {
        String text = "Norway will adopt the listings \"within days\", Foreign Minister Eirik Solheim said. Canada will "
                + "sanction tankers of Russia's \"shadow fleet\", Foreign Minister Nadia Haddad said.";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Eirik Solheim", EntityType.PERSON,
                "Russia", EntityType.LOCATION, "Nadia Haddad", EntityType.PERSON), List.of());
        assertEquals(QuoteKind.DIRECT, found.get(0).kind(), found.toString());
        assertEquals("Eirik Solheim", found.get(0).speaker());
        assertEquals(QuoteKind.SCARE, found.get(1).kind(), found.toString());
    }

    @Test
    void aShortWholeSentenceGoesOnWithTheVoiceBeforeIt() {
        String text = "Oksana Melnychuk spoke in Kyiv. \"We are grateful, but gratitude does not pay soldiers,\" she "
                + "said. \"Predictability does.\"";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Oksana Melnychuk", EntityType.PERSON, "Kyiv",
                EntityType.LOCATION), List.of());
        assertEquals(QuoteKind.DIRECT, found.get(1).kind(), found.toString());
        assertEquals("Oksana Melnychuk", found.get(1).speaker());
    }

    @Test
    void aPersonWhoSetsTheToneInTheSentenceBeforeSpeaksTheQuoteAfterIt() {
        String text = "Gen. Rafał Śliwiński, chief of the general staff, struck a darker note at a conference in "
                + "Rzeszów. \"The Russians are rebuilding faster than we assumed.\"";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Rafał Śliwiński", EntityType.PERSON, "Rzeszów",
                EntityType.LOCATION), List.of());
        assertEquals("Rafał Śliwiński", found.get(0).speaker(), found.toString());
    }

    @Test
    void saidBeforeTheName() {
        String text = "'We are not backing down,' said Rand Paul.";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Rand Paul", EntityType.PERSON), List.of());
        assertEquals(QuoteKind.DIRECT, found.get(0).kind(), found.toString());
        assertEquals("Rand Paul", found.get(0).speaker());
    }

    @Test
    void aSpeechVerbWithWordsBetweenItAndTheQuote() {
        String text = "Healey insisted Labour would ensure Britain \"meets its obligations to NATO without delay\".";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Healey", EntityType.PERSON,
                "Labour", EntityType.ORGANIZATION, "Britain", EntityType.LOCATION, "NATO", EntityType.ORGANIZATION), List.of());
        assertEquals("Healey", found.get(0).speaker());
    }

    @Test
    void aPersonWhoSaysWhatAReportRevealedSpeaks() {
        String text = "Its chair, Labour MP Helen Mortimer, said the report revealed \"a pattern we have seen on radios\".";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Labour", EntityType.ORGANIZATION,
                "Helen Mortimer", EntityType.PERSON), List.of());
        assertEquals("Helen Mortimer", found.get(0).speaker(), found.toString());
    }

    @Test
    void aParticipleAfterACommaGoesOnWithTheSubjectWhoSpoke() {
        String text = "Finance Secretary Catriona Ross warned on Tuesday that the Scottish Government faces a £1.4bn "
                + "shortfall, telling MSPs there were \u201cno easy choices left\u201d.";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Catriona Ross", EntityType.PERSON,
                "Scottish Government", EntityType.ORGANIZATION), List.of());
        assertEquals("Catriona Ross", found.get(0).speaker(), found.toString());
        assertNull(found.get(0).medium(), "members of a parliament are an audience, no outlet");
    }

    @Test
    void aQuoteAfterTheAttributionSentenceGoesOnWithItsSpeaker() {
        String text = "\"Nobody in Washington has driven that road,\" Ocampo Villa told the regional newspaper El "
                + "Liberal. \"They should try it before they vote.\"";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Ocampo Villa", EntityType.PERSON,
                "El Liberal", EntityType.ORGANIZATION), List.of());
        assertEquals("Ocampo Villa", found.get(1).speaker(), found.toString());
        assertEquals("El Liberal", found.get(0).medium(), found.toString());
    }

    @Test
    void accordingTo() {
        String text = "According to Dmitry Peskov, the aid \"will only prolong the war and the suffering\".";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Dmitry Peskov", EntityType.PERSON), List.of());
        assertEquals("Dmitry Peskov", found.get(0).speaker());
    }

    @Test
    void aPronounContinuesTheLastNamedSpeaker() {
        String text = "\"We will act within days,\" Blinken said. \"Nobody should doubt our resolve,\" he added.";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Blinken", EntityType.PERSON), List.of());
        assertEquals(2, found.size());
        assertEquals("Blinken", found.get(1).speaker());
    }

    @Test
    void aQuoteAcrossASentenceBreak() {
        String text = "Paul said: \"This is a blank cheque. Taxpayers will pay for it.\" Others disagreed.";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Paul", EntityType.PERSON), List.of());
        assertEquals(1, found.size());
        assertEquals("\"This is a blank cheque. Taxpayers will pay for it.\"", found.get(0).text());
        assertEquals("Paul", found.get(0).speaker());
    }

    @Test
    void oneOrTwoWordsWithoutASpeechVerbAreScareQuotes() {
        String text = "Critics called the measure a \"blank cheque\" for a so-called 'government' in exile.";
        List<Quote> found = quotes(text, List.of(), List.of());
        assertEquals(2, found.size());
        for (Quote quote : found) {
            assertEquals(QuoteKind.SCARE, quote.kind());
            assertNull(quote.speaker());
        }
    }

    @Test
    void apostrophesDoNotOpenQuotes() {
        String text = "Blinken's team didn't say when the Pentagon's stocks would be replenished.";
        assertEquals(List.of(), quotes(text, List.of(), List.of()));
    }

    @Test
    void anUnclosedQuoteEndsWithItsParagraph() {
        String text = "Healey said: \"We will spend more on defence every single year\n\nA new paragraph.";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Healey", EntityType.PERSON), List.of());
        assertEquals(1, found.size());
        assertEquals("\"We will spend more on defence every single year", found.get(0).text());
    }

    @Test
    void aPronounBeforeTheVerbIsThePersonNamedBeforeItNotTheNameAfterIt() {
        String text = "Mr Healey told the Financial Times: ‘We will not make promises we cannot fund.’ He insisted Labour "
                + "would ensure Britain \"stands with Ukraine for as long as it takes\".";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Healey", EntityType.PERSON,
                "Financial Times", EntityType.ORGANIZATION, "Labour", EntityType.ORGANIZATION,
                "Britain", EntityType.LOCATION, "Ukraine", EntityType.LOCATION), List.of());
        assertEquals(List.of("Healey", "Healey"), found.stream().map(Quote::speaker).toList());
        assertEquals("Financial Times", found.get(0).medium());
    }

    @Test
    void aQuoteGoesOnAfterItsAttribution() {
        String text = "‘Voters deserve honesty,’ Healey said. ‘They will get it from us.’\n\nCritics were unmoved. "
                + "‘A new voice speaks here.’";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Healey", EntityType.PERSON), List.of());
        assertEquals(3, found.size());
        assertEquals("Healey", found.get(1).speaker());
        assertNull(found.get(2).speaker(), "a new paragraph that says more than the quote is not a continuation");
    }

    @Test
    void callingSomethingByALongerPhraseQuotesTheCaller() {
        String text = "Defence Secretary Grant Shapps called Labour's position \"a fig leaf for inaction\".";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Grant Shapps", EntityType.PERSON,
                "Labour", EntityType.ORGANIZATION), List.of());
        assertEquals(QuoteKind.DIRECT, found.get(0).kind(), found.toString());
        assertEquals("Grant Shapps", found.get(0).speaker());
    }

    @Test
    void theFullStopAfterTheOutletIsNotPartOfIt() {
        String text = "NATO's chief welcomed the plan. ‘This is the leadership Europe needs,’ he told the BBC.";
        List<Quote> found = quotes(text, Fixtures.entities(text, "NATO", EntityType.ORGANIZATION,
                "Europe", EntityType.LOCATION, "BBC", EntityType.ORGANIZATION), List.of());
        assertEquals("BBC", found.get(0).medium());
        assertEquals("N.Y.", QuoteFinder.withoutFullStop("N.Y."));
        assertEquals("Fox News", QuoteFinder.withoutFullStop("Fox News."));
    }

    @Test
    void theOneAccusedIsNotTheOneSpeaking() {
        String text = "Marine Le Pen, whose National Rally leads the polls, accused Macron of warmongering and said "
                + "taxpayers were paying for \"a war that is not ours.\"";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Marine Le Pen", EntityType.PERSON,
                "National Rally", EntityType.ORGANIZATION, "Macron", EntityType.PERSON), List.of());
        assertEquals("Marine Le Pen", found.get(0).speaker());
    }

    @Test
    void aQuoteBeforeAndSaidIsTheSubjects() {
        String text = "Zelenskyy thanked \"the French people\" and said Kyiv needed more air defence. "
                + "Marine Le Pen accused Macron of \"warmongering\" and said the war was not France's.";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Zelenskyy", EntityType.PERSON, "Kyiv",
                EntityType.LOCATION, "Marine Le Pen", EntityType.PERSON, "Macron", EntityType.PERSON), List.of());
        assertEquals(2, found.size(), found.toString());
        assertEquals("Zelenskyy", found.get(0).speaker());
        assertEquals("Marine Le Pen", found.get(1).speaker());
    }

    @Test
    void aNameAfterAPrepositionSpeaksOnlyWhenNoOtherCan() {
        String text = "Senator Roger Wicker, the top Republican on the Armed Services Committee, told Politico the bill "
                + "would \"finally put steel behind our words.\" A spokesman for Johnson told reporters that the Speaker "
                + "\"has concerns about the price tag.\"";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Roger Wicker", EntityType.PERSON,
                "Armed Services Committee", EntityType.ORGANIZATION, "Politico", EntityType.ORGANIZATION,
                "Johnson", EntityType.PERSON), List.of());
        assertEquals("Roger Wicker", found.get(0).speaker());
        assertEquals("Johnson", found.get(1).speaker());
    }

    @Test
    void aLongAppositionAndAnAccusationKeepTheSpeaker() {
        String text = "\"We cannot keep sending bombs without asking where they land,\" Representative Pramila Jayapal "
                + "of Washington, chair of the Congressional Progressive Caucus, told MSNBC. Senator Tom Cotton accused "
                + "progressives of \"abandoning an ally in its darkest hour.\"";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Pramila Jayapal", EntityType.PERSON, "Washington",
                EntityType.LOCATION, "Congressional Progressive Caucus", EntityType.ORGANIZATION, "MSNBC",
                EntityType.ORGANIZATION, "Tom Cotton", EntityType.PERSON), List.of());
        assertEquals("Pramila Jayapal", found.get(0).speaker());
        assertEquals("MSNBC", found.get(0).medium());
        assertEquals("Tom Cotton", found.get(1).speaker());
        String spanish = "Pedro Sánchez told El País that Madrid would meet its commitments \"without sacrificing the "
                + "welfare state.\"";
        List<Quote> sanchez = quotes(spanish, Fixtures.entities(spanish, "Pedro Sánchez", EntityType.PERSON, "El País",
                EntityType.ORGANIZATION, "Madrid", EntityType.LOCATION), List.of());
        assertEquals("El País", sanchez.get(0).medium());
    }

    @Test
    void aParliamentToldIsAnAudienceNotAMedium() {
        String text = "Defence Minister Boris Pistorius told the Bundestag that the country \"cannot go back to the old "
                + "habits of the last thirty years.\"";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Boris Pistorius", EntityType.PERSON,
                "Bundestag", EntityType.ORGANIZATION), List.of());
        assertEquals("Boris Pistorius", found.get(0).speaker());
        assertNull(found.get(0).medium(), found.toString());
    }

    @Test
    void aPostOnAPlatformNamesThePlatform() {
        String text = "\"We have a deal,\" European Council President Charles Michel wrote in a post on X minutes later.";
        List<Quote> found = quotes(text, Fixtures.entities(text, "European Council", EntityType.ORGANIZATION,
                "Charles Michel", EntityType.PERSON), List.of());
        assertEquals("Charles Michel", found.get(0).speaker());
        assertEquals("X", found.get(0).medium());
    }

    @Test
    void theStopsOfInitialsDoNotEndTheSentenceBeforeTheVerb() {
        String text = "\"The American people are tired of bankrolling a stalemate,\" Senator J.D. Vance told Fox News.";
        // one sentence, as the product's splitter gives it
        List<Quote> found = finder.find(text, List.of(new TextSpan(0, text.length())), Fixtures.entities(text,
                "J.D. Vance", EntityType.PERSON, "Fox News", EntityType.ORGANIZATION), List.of());
        assertEquals("J.D. Vance", found.get(0).speaker());
        assertEquals("Fox News", found.get(0).medium());
    }

    @Test
    void aWordOrTwoInWhatANamedSpeakerSaidOrCalledSomethingIsTheirs() {
        String text = "Chancellor Rachel Reeves told the Financial Times that defence would be ‘protected’ in the review. "
                + "Shadow Defence Secretary James Cartlidge called the plan ‘a con’. "
                + "Critics of the so-called ‘strategy’ argue it has failed. "
                + "Mike Johnson said the White House had failed to answer \"basic questions\" about it. "
                + "Johnson said the so-called \"peace plan\" was dead.";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Rachel Reeves", EntityType.PERSON,
                "Financial Times", EntityType.ORGANIZATION, "James Cartlidge", EntityType.PERSON,
                "Mike Johnson", EntityType.PERSON, "Johnson", EntityType.PERSON), List.of());
        assertEquals(List.of(QuoteKind.DIRECT, QuoteKind.DIRECT, QuoteKind.SCARE, QuoteKind.DIRECT, QuoteKind.SCARE),
                found.stream().map(Quote::kind).toList());
        assertEquals("Rachel Reeves", found.get(0).speaker());
        assertEquals("Financial Times", found.get(0).medium());
        assertEquals("James Cartlidge", found.get(1).speaker());
        assertNull(found.get(2).speaker());
        assertEquals("Mike Johnson", found.get(3).speaker());
        assertNull(found.get(4).speaker());
    }

    @Test
    void aSpokesmanNamedAfterHisTitleSpeaksNotHisOffice() {
        String text = "\"There is no evidence of diversion,\" said Pentagon spokesman Major General Pat Ryder, a retired "
                + "officer. Representative Marjorie Taylor Greene seized on the report. In an interview with Newsmax, she "
                + "called the aid programme \"the biggest scam in American history.\"";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Pentagon", EntityType.ORGANIZATION,
                "Pat Ryder", EntityType.PERSON, "Marjorie Taylor Greene", EntityType.PERSON), List.of());
        assertEquals("Pat Ryder", found.get(0).speaker());
        assertEquals("Marjorie Taylor Greene", found.get(1).speaker());
        assertEquals("Newsmax", found.get(1).medium());
    }

    @Test
    void aDayIsNotAMedium() {
        String text = "Healey said on Monday that spending would rise \"as soon as resources allow\".";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Healey", EntityType.PERSON,
                "Monday", EntityType.DATE), List.of());
        assertEquals("Healey", found.get(0).speaker());
        assertNull(found.get(0).medium());
    }

    @Test
    void aWordOrTwoFarFromTheSpeechVerbIsAScareQuote() {
        String text = "Labour pledges to hit the target as Tories accuse Starmer of \"dither\"";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Labour", EntityType.ORGANIZATION,
                "Tories", EntityType.ORGANIZATION, "Starmer", EntityType.PERSON), List.of());
        assertEquals(QuoteKind.SCARE, found.get(0).kind());
        assertNull(found.get(0).speaker());
    }

    @Test
    void theSpeakerNamedAfterTheVerbMayCarryATitle() {
        String text = "\"Labour has no plan,\" said Defence Secretary Grant Shapps.";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Grant Shapps", EntityType.PERSON), List.of());
        assertEquals("Grant Shapps", found.get(0).speaker());
    }

    @Test
    void aPronounNeverStandsForANameInsideTheQuote() {
        String text = "Majority Leader Ann Ridley said the Senate would vote on Tuesday. \"We will not let the Putin "
                + "regime wear us down,\" she said in a statement.";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Ann Ridley", EntityType.PERSON,
                "Senate", EntityType.ORGANIZATION, "Putin", EntityType.PERSON), List.of());
        assertEquals("Ann Ridley", found.get(0).speaker());
    }

    @Test
    void theMinistryOrItIsTheOrganizationLastNamed() {
        String text = "The Ministry of Defence said deliveries would begin in 2029. \"Every penny is accounted for,\" "
                + "the ministry said. Officials at Saab declined to comment. The World Food Programme said aid had "
                + "stalled. \"Famine is here,\" the agency said. It said the trucks \"have waited for nine days\".";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Ministry of Defence", EntityType.ORGANIZATION,
                "Saab", EntityType.ORGANIZATION, "World Food Programme", EntityType.ORGANIZATION), List.of());
        assertEquals("Ministry of Defence", found.get(0).speaker(), "by its kind, past a company named later");
        assertEquals("World Food Programme", found.get(1).speaker());
        assertEquals("World Food Programme", found.get(2).speaker());
    }

    @Test
    void anOrganizationRightBeforeTheVerbSpeaksRatherThanAPersonFurtherOff() {
        String text = "The deal was signed during a visit by President Dana Wolfe in May, a package the White House "
                + "described as \"the largest arms sale in history.\"";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Dana Wolfe", EntityType.PERSON,
                "White House", EntityType.ORGANIZATION), List.of());
        assertEquals("White House", found.get(0).speaker());
    }

    @Test
    void aWordOrTwoWithASpeechVerbButNoSpeakerAndShortLabelsAreScareQuotes() {
        String text = "The bill lends $9 billion as a \"forgivable loan\", a device critics say is a gift. Aid groups say the "
                + "army's \"deconfliction\" system has failed. The so-called \"made in Europe\" clause shuts out Britain. "
                + "Ministers clash over a 'buy European first' rule. For decades Congress raided the budget, calling "
                + "the proceeds a \"peace dividend\".";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Britain", EntityType.LOCATION,
                "Congress", EntityType.ORGANIZATION), List.of());
        assertEquals(5, found.size());
        found.forEach(q -> assertEquals(QuoteKind.SCARE, q.kind(), q.text()));
    }

    @Test
    void aQuoteGoesOnAfterALongAppositionButNotAfterAnotherPerson() {
        String text = "\"The budgets tell one story,\" said Oh Sung-min, a senior fellow at the Asan Institute for Policy "
                + "Studies in Seoul. \"Cheap security is over.\" \"It is over,\" said Kim Ha-na. Park Ji-woo disagreed. "
                + "\"Security is not over yet.\"";
        List<Entity> entities = Fixtures.entities(text, "Oh Sung-min", EntityType.PERSON,
                "Asan Institute for Policy Studies", EntityType.ORGANIZATION, "Seoul", EntityType.LOCATION,
                "Kim Ha-na", EntityType.PERSON, "Park Ji-woo", EntityType.PERSON);
        List<Quote> found = quotes(text, entities, List.of());
        assertEquals("Oh Sung-min", found.get(1).speaker());
        assertEquals("Kim Ha-na", found.get(2).speaker());
        assertEquals(QuoteKind.DIRECT, found.get(3).kind());
        assertNull(found.get(3).speaker(), found.get(3).toString());
    }

    @Test
    void officesBeforeTheNameInstitutionsByTheirKindAndAPersonBeforeTheirParty() {
        String text = "\"Every week we wait, the price goes up,\" said committee Chairman Harold Whitcomb, a Democrat. "
                + "US Central Command said a tanker was hit. \"The crew reported minor injuries,\" the command said. "
                + "Finance Minister Jörg Feldhaus of the Free Democratic Party (FDP) said he would not sign off on "
                + "\"another shadow budget\" this year.";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Harold Whitcomb", EntityType.PERSON,
                "US Central Command", EntityType.ORGANIZATION, "Jörg Feldhaus", EntityType.PERSON,
                "Free Democratic Party", EntityType.ORGANIZATION, "FDP", EntityType.ORGANIZATION), List.of());
        assertEquals("Harold Whitcomb", found.get(0).speaker());
        assertEquals("US Central Command", found.get(1).speaker());
        assertEquals("Jörg Feldhaus", found.get(2).speaker());
    }

    @Test
    void theAgencyIsTheOrganizationThatSpokeAndAnUnnamedMemberIsNoParty() {
        String text = "The Government Accountability Office, the congressional auditor, warned in December that the "
                + "Pentagon's system was slow. \"Gaps remain in how it tracks sensitive items,\" the agency said. "
                + "One Labour backbencher, who asked not to be named, said: \"We were elected to be better than this.\" "
                + "Asked whether he could back it, Vance was blunt: \"Not one more dime until we see the receipts.\"";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Government Accountability Office",
                EntityType.ORGANIZATION, "Pentagon", EntityType.ORGANIZATION, "Labour", EntityType.ORGANIZATION,
                "Vance", EntityType.PERSON), List.of());
        assertEquals("Government Accountability Office", found.get(0).speaker());
        assertNull(found.get(1).speaker());
        assertEquals("Vance", found.get(2).speaker());
    }

    @Test
    void theAllianceTheBlocAndTheReportNameTheirBody() {
        String text = "Our government signed up to NATO's new target. \"Allies will raise investment,\" the alliance said. "
                + "A report last fall from the Government Accountability Office warned that demand would fall. "
                + "\"Offices have not assessed whether capacity can be sustained,\" the report said.";
        List<Quote> found = quotes(text, Fixtures.entities(text, "NATO", EntityType.ORGANIZATION,
                "Government Accountability Office", EntityType.ORGANIZATION), List.of());
        assertEquals("NATO", found.get(0).speaker());
        assertEquals("Government Accountability Office", found.get(1).speaker());
    }

    @Test
    void aVerbJoinedByAndAParticipleAfterHeAndAQuoteOpeningWithACurrencySign() {
        String text = "She insisted Labour would ensure the rise ‘never comes at the expense of the NHS’, and told MPs the "
                + "government had ‘found the money without raising taxes’. Priya Raman said the cut would blow a ‘£2.2bn "
                + "hole in aid programmes’. \"We will pay for it,\" Danny Fairweather said. He pointed to the pledge, "
                + "calling it \"the biggest sustained increase since the Cold War.\"";
        List<Quote> found = quotes(("Helen Marchbank spoke. " + text), Fixtures.entities("Helen Marchbank spoke. " + text,
                "Helen Marchbank", EntityType.PERSON, "Labour", EntityType.ORGANIZATION, "NHS", EntityType.ORGANIZATION,
                "Priya Raman", EntityType.PERSON, "Danny Fairweather", EntityType.PERSON), List.of());
        assertEquals(5, found.size(), found.toString());
        assertEquals("Helen Marchbank", found.get(0).speaker());
        assertEquals("Helen Marchbank", found.get(1).speaker());
        assertEquals("Priya Raman", found.get(2).speaker());
        assertEquals("Danny Fairweather", found.get(4).speaker());
    }

    @Test
    void aSourceCloseToSomeoneIsUnnamedAndAnOfficeAfterTheVerbIsSkipped() {
        String text = "\"We will not be lectured,\" a source close to Ms Kerridge said. \"Every euro counts,\" said AfD "
                + "budget spokesman Rainer Kolbeck. \"Berlin is arming Kyiv,\" the embassy said in a statement posted on "
                + "Telegram.";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Kerridge", EntityType.PERSON, "AfD",
                EntityType.ORGANIZATION, "Rainer Kolbeck", EntityType.PERSON, "Berlin", EntityType.LOCATION,
                "Kyiv", EntityType.LOCATION, "Telegram", EntityType.ORGANIZATION), List.of());
        assertNull(found.get(0).speaker());
        assertEquals("Rainer Kolbeck", found.get(1).speaker());
        assertNull(found.get(2).speaker(), "the embassy spoke, not the platform it posted on");
    }

    @Test
    void itIsNeitherThePlatformNorAnAmbassadorsTitle() {
        String text = "The Russian Embassy condemned the vote in a statement posted on Telegram. It described the "
                + "government as a \"puppet of the West and its arms makers\". \"This is not charity,\" said US "
                + "Ambassador to Ukraine Catherine Dunleavy.";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Russian Embassy", EntityType.ORGANIZATION,
                "Telegram", EntityType.ORGANIZATION, "Catherine Dunleavy", EntityType.PERSON), List.of());
        assertEquals("Russian Embassy", found.get(0).speaker());
        assertEquals("Catherine Dunleavy", found.get(1).speaker());
    }

    @Test
    void anonymousSpeakersAccordingToAfterTheQuoteGuillemetsAndTheWatchdog() {
        String text = "A senior official, speaking on condition of anonymity, said the White House would \"not accept any "
                + "attempt to split it.\" \"For months our gunners fired one shell for every ten,\" according to Kremlin "
                + "critic Iryna Bondar, who visited the front. Russia's Foreign Ministry described the budget as "
                + "\"militaristic hysteria from Washington,\" according to the news agency RIA Novosti. « We will not "
                + "allow it », Thierry Vasseur told supporters. The Office for Budget Responsibility published its report. "
                + "The watchdog said that “no credible source of funding has been set out”.";
        List<Quote> found = quotes(text, Fixtures.entities(text, "White House", EntityType.ORGANIZATION,
                "Kremlin", EntityType.ORGANIZATION, "Iryna Bondar", EntityType.PERSON,
                "Foreign Ministry", EntityType.ORGANIZATION, "Washington", EntityType.LOCATION,
                "RIA Novosti", EntityType.ORGANIZATION, "Thierry Vasseur", EntityType.PERSON,
                "Office for Budget Responsibility", EntityType.ORGANIZATION), List.of());
        assertNull(found.get(0).speaker());
        assertEquals("Iryna Bondar", found.get(1).speaker());
        assertEquals("Foreign Ministry", found.get(2).speaker());
        assertEquals("« We will not allow it »", found.get(3).text());
        assertEquals("Thierry Vasseur", found.get(3).speaker());
        assertEquals("Office for Budget Responsibility", found.get(4).speaker());
    }

    @Test
    void theFormerGeneralIsThePersonLastNamed() {
        String text = "General Sir Rupert Halloway told the paper: 'This is a scandal, plain and simple.'\n\n'I have nothing "
                + "against them, they are fighting bravely,' the former general added. 'But charity begins at home.'";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Rupert Halloway", EntityType.PERSON), List.of());
        assertEquals(3, found.size(), found.toString());
        assertEquals("Rupert Halloway", found.get(1).speaker());
        assertEquals("Rupert Halloway", found.get(2).speaker());
    }

    @Test
    void tabloidVerbsAConcludingReportAndThePaperThatAccused() {
        String text = "\"Our stores are empty and nobody is refilling them,\" blasted former Navy chief Admiral Sir Colin "
                + "Pemberton. A study published on Monday by the Westbrook Institute (WBI) concluded that the plan left "
                + "\u201cdeep and lasting gaps\u201d in air defence. Researchers at the Calder Foundation, a libertarian "
                + "think tank, argued in a paper released in May that allies should pay more. Only 23 of NATO's 32 members "
                + "meet the target, and the paper accused rich allies of treating \"the taxpayer as a bank that never "
                + "closes.\"";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Colin Pemberton", EntityType.PERSON,
                "Westbrook Institute", EntityType.ORGANIZATION, "WBI", EntityType.ORGANIZATION,
                "Calder Foundation", EntityType.ORGANIZATION, "NATO", EntityType.ORGANIZATION), List.of());
        assertEquals(3, found.size(), found.toString());
        assertEquals("Colin Pemberton", found.get(0).speaker());
        assertEquals(QuoteKind.DIRECT, found.get(1).kind(), "four words after 'concluded' are the study's words");
        assertEquals("WBI", found.get(1).speaker());
        assertEquals("Calder Foundation", found.get(2).speaker(), "the paper is the foundation's, not NATO's");
    }

    @Test
    void aHeadlineQuotingTheBodyTakesTheBodysSpeaker() {
        String text = "‘WE WILL NOT BLINK’: Defence chief vows more shells\n\nDefence Secretary Alan Brook spoke on "
                + "Monday. “We will not blink first, whatever Moscow tries,” Brook told the Mirror. One aide called it "
                + "\"a line we will hold\".";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Alan Brook", EntityType.PERSON, "Brook",
                EntityType.PERSON, "Moscow", EntityType.LOCATION, "Mirror", EntityType.ORGANIZATION), List.of());
        assertEquals("‘WE WILL NOT BLINK’", found.get(0).text());
        assertEquals("Brook", found.get(0).speaker(), "the headline repeats what Brook said");
        assertNull(found.get(0).medium());
        assertNull(found.get(2).speaker(), "no named speaker says 'a line we will hold'");
    }

    @Test
    void aSecondVerbAfterAndKeepsTheSpeakerOfTheFirstQuote() {
        String text = "The Prime Minister's Office said in a statement that the vote mattered. The statement described "
                + "Hamas as \"a terrorist group that must be defeated\" and said the money would help Israel face "
                + "\"the regime in Tehran and all of its proxies\".";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Prime Minister's Office", EntityType.ORGANIZATION,
                "Hamas", EntityType.ORGANIZATION, "Israel", EntityType.LOCATION, "Tehran", EntityType.LOCATION), List.of());
        assertEquals("Prime Minister's Office", found.get(0).speaker());
        assertEquals("Prime Minister's Office", found.get(1).speaker());
    }

    @Test
    void aQuoteLeftOpenAtAParagraphsEndGoesOnInTheNext() {
        String text = "‘We back the fleet,’ said Dame Ruth Ellery. ‘But backing is not a blank cheque, and every pound "
                + "spent at the yard is a pound not spent on shells.\n\n‘The Treasury must stop pretending.’\n\n"
                + "The committee's report is due in May. Its chair's view isn't shared.";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Ruth Ellery", EntityType.PERSON), List.of());
        assertEquals(3, found.size(), found.toString());
        assertTrue(found.get(1).text().endsWith("not spent on shells."), found.get(1).text());
        assertEquals("Ruth Ellery", found.get(1).speaker());
        assertEquals("Ruth Ellery", found.get(2).speaker());
    }

    @Test
    void aPronounAfterTheVerbBeginsWhatIsSaidAndIsNoSpeaker() {
        String text = "\"We will pay what it takes,\" Lo Wen-li said. Everyone in the region says they want to keep the "
                + "\"status quo\"; almost nobody will pay for it.";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Lo Wen-li", EntityType.PERSON), List.of());
        assertEquals("Lo Wen-li", found.get(0).speaker());
        assertEquals(QuoteKind.SCARE, found.get(1).kind());
    }

    @Test
    void aRetiredOfficerNamedAfterTheVerbSpeaks() {
        String text = "“Targets are easy to sign in a conference room,” said retired Admiral Pieter van Leeuwen, a former "
                + "commander of the Dutch navy.";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Pieter van Leeuwen", EntityType.PERSON), List.of());
        assertEquals("Pieter van Leeuwen", found.get(0).speaker());
    }

    @Test
    void aParagraphThatIsOnlyAQuoteGoesOnWithTheSpeakerBefore() {
        String text = "“This is the biggest investment in our history,” Keating told the ABC on Tuesday.\n\n"
                + "“Around 20,000 Australians will work on this program.”\n\nThe opposition disagreed. "
                + "\"It is a fantasy,\" a senior official said.\n\n\"Nobody believes the figures.\"";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Keating", EntityType.PERSON, "ABC",
                EntityType.ORGANIZATION), List.of());
        assertEquals("Keating", found.get(1).speaker());
        assertNull(found.get(3).speaker(), "the anonymous official goes on anonymous");
    }

    @Test
    void theNameAnAppositionDescribesSpeaksNotANameInsideIt() {
        String text = "\"Partners are doing a great deal,\" Oksana Hnatenko, an adviser to Ukraine's Ministry of Defence, "
                + "told AFP. \"But we need millions of shells.\"";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Oksana Hnatenko", EntityType.PERSON,
                "Ministry of Defence", EntityType.ORGANIZATION, "AFP", EntityType.ORGANIZATION), List.of());
        assertEquals("Oksana Hnatenko", found.get(0).speaker());
        assertEquals("Oksana Hnatenko", found.get(1).speaker());
    }

    @Test
    void withANameAndAParticipleTheNameSpeaksAndTheOneAccusedDoesNot() {
        String text = "Moscow scoffed, with the Kremlin saying the deliveries would \"only prolong the war\". Democrats "
                + "hit back, with Rep. Lena Ortiz of Ohio, a member of the Armed Services Committee, accusing Dunmore of "
                + "\"cosying up to the Kremlin\".";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Kremlin", EntityType.ORGANIZATION, "Lena Ortiz",
                EntityType.PERSON, "Armed Services Committee", EntityType.ORGANIZATION, "Dunmore", EntityType.PERSON),
                List.of());
        assertEquals("Kremlin", found.get(0).speaker());
        assertEquals("Lena Ortiz", found.get(1).speaker());
    }

    @Test
    void aTabloidRoarIsASpeechVerb() {
        String text = "\"Not one more dime,\" Dunmore roared.";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Dunmore", EntityType.PERSON), List.of());
        assertEquals("Dunmore", found.get(0).speaker());
    }

    @Test
    void aBodyInsideARelativeClauseDoesNotSpeakAndDismissingAsQuotesTheOneWhoDismisses() {
        String text = "The Audit Office found delays. Sen. Ellen Whitcombe, R-Maine, who pushed for a second yard to join "
                + "the program, said the award was \"a vote of confidence in Maine workers.\" Rep. Brent Sorensen, a "
                + "Texas Republican, dismissed the criticism as \"pure protest theater\" on Friday.";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Audit Office", EntityType.ORGANIZATION,
                "Ellen Whitcombe", EntityType.PERSON, "Brent Sorensen", EntityType.PERSON), List.of());
        assertEquals("Ellen Whitcombe", found.get(0).speaker());
        assertEquals(QuoteKind.DIRECT, found.get(1).kind());
        assertEquals("Brent Sorensen", found.get(1).speaker());
    }

    @Test
    void aHeadlinesFourWordsTakeTheirSpeakerAndAWordDismissedIsNoQuote() {
        String text = "Lawmakers blast aid bill: \"Our border comes first\"\n\n\"Our border comes first, and I will not vote "
                + "for it,\" said Dale Whitby, a Texas Republican. Travis Kolb dismissed the \"bipartisan\" framing of the deal as a "
                + "trick.";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Dale Whitby", EntityType.PERSON, "Travis Kolb",
                EntityType.PERSON), List.of());
        assertEquals(QuoteKind.DIRECT, found.get(0).kind(), found.toString());
        assertEquals("Dale Whitby", found.get(0).speaker());
        assertEquals(QuoteKind.SCARE, found.get(2).kind());
        assertNull(found.get(2).speaker());
    }

    @Test
    void butAddedKeepsTheSubjectAndASpokespersonSpeaksForTheBody() {
        String text = "Gen. Raymond Okoro testified on Tuesday. The general said the decision rested with civilians, but "
                + "added that the war had offered \"a brutal education in modern war.\" The Foreign Office said the UK "
                + "\"runs a rigorous regime\". A spokesperson added: \"We have been clear that the law applies.\"";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Raymond Okoro", EntityType.PERSON, "Foreign Office",
                EntityType.ORGANIZATION, "UK", EntityType.LOCATION), List.of());
        assertEquals("Raymond Okoro", found.get(0).speaker());
        assertEquals("Foreign Office", found.get(1).speaker());
        assertEquals("Foreign Office", found.get(2).speaker());
    }

    @Test
    void aSpeakerNamedAfterTheBodysSpokeswoman() {
        String text = "The Neutral Ireland Network gathered 30,000 signatures. \"Let the people decide,\" said its "
                + "spokeswoman, Róisín Gallagher.";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Neutral Ireland Network", EntityType.ORGANIZATION,
                "Róisín Gallagher", EntityType.PERSON), List.of());
        assertEquals("Róisín Gallagher", found.get(0).speaker());
    }

    @Test
    void aMemoSpeaksForItsBodyAndAPronounBeforeAColonForThePersonLastQuoted() {
        String text = "The Office of Management and Budget sent a memo on Friday. \"Troops would report for duty,\" the memo "
                + "said. Howard Kessler told investors that \"demand has never been stronger.\" Then he went further: "
                + "\"Instability remains a tailwind.\"";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Office of Management and Budget",
                EntityType.ORGANIZATION, "Howard Kessler", EntityType.PERSON), List.of());
        assertEquals("Office of Management and Budget", found.get(0).speaker());
        assertEquals("Howard Kessler", found.get(2).speaker());
    }

    @Test
    void hePointsToTheSubjectNotToThePersonWrittenToAndASpokeswomanForSomeoneIsNotThem() {
        String text = "Owen Tregarthen, the Labour MP for Portsmouth, said he had written to the chancellor, Martin Hollis, "
                + "to demand a meeting. \"My constituents were told that defence was safe,\" he said. A spokeswoman for "
                + "Carla Brennan, Lauren Eastwood, said the congresswoman would \"not sign a report that shortchanges "
                + "families.\" The White House piled on, with press secretary Tamika Rhodes saying she had lost patience "
                + "with what she described as \"games being played with national security.\"";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Owen Tregarthen", EntityType.PERSON, "Martin Hollis",
                EntityType.PERSON, "Carla Brennan", EntityType.PERSON, "Lauren Eastwood", EntityType.PERSON,
                "Tamika Rhodes", EntityType.PERSON, "White House", EntityType.ORGANIZATION), List.of());
        assertEquals("Owen Tregarthen", found.get(0).speaker());
        assertEquals("Lauren Eastwood", found.get(1).speaker());
        assertEquals("Tamika Rhodes", found.get(2).speaker());
    }

    @Test
    void unnamedAuditorsAreNoNamedBody() {
        String text = "The report, obtained by The Post, tallies $2.1 billion that auditors said was \"poorly documented "
                + "or unrelated to readiness.\"";
        List<Quote> found = quotes(text, Fixtures.entities(text, "The Post", EntityType.ORGANIZATION), List.of());
        assertEquals(QuoteKind.DIRECT, found.get(0).kind());
        assertNull(found.get(0).speaker());
    }

    @Test
    void aPlaceSomeoneServedInIsNoSubjectForHe() {
        String text = "Michael Hanratty, who once served in Jordan Price's brigade, believes it. \"The message was "
                + "wrong,\" he said.";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Michael Hanratty", EntityType.PERSON, "Lebanon",
                EntityType.LOCATION, "Jordan Price", EntityType.PERSON), List.of());
        assertEquals("Michael Hanratty", found.get(0).speaker());
    }

    @Test
    void shePassesOverAManNamedSinceInHerParagraph() {
        String text = "Shadow Chancellor Priya Raman spoke first. Ms Raman said Chancellor Daniel Ashworth had folded "
                + "costs into the budget. \"This is relabelling,\" she told MPs.";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Priya Raman", EntityType.PERSON, "Raman",
                EntityType.PERSON, "Daniel Ashworth", EntityType.PERSON), List.of());
        assertTrue(found.get(0).speaker().endsWith("Raman"), found.toString());
    }

    @Test
    void theSourceNamedAfterAccordingToIsTheSubjectOfShe() {
        String text = "Meenakshi Rao called the budget timid. According to Devika Menon, a senior fellow at a Delhi think "
                + "tank, the allocation is 1.9 per cent of GDP. \"In real terms, the capital budget has barely grown,\" "
                + "she said.";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Meenakshi Rao", EntityType.PERSON, "Devika Menon",
                EntityType.PERSON, "Delhi", EntityType.LOCATION), List.of());
        assertEquals("Devika Menon", found.get(0).speaker());
    }

    @Test
    void theStateAndPartyOfSomeoneNamedBeforeStandForThem() {
        String text = "Senate Majority Leader Harold Brennan spoke before the vote. \"History is watching this chamber,\" "
                + "the New York Democrat said on the floor.";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Harold Brennan", EntityType.PERSON, "Senate",
                EntityType.ORGANIZATION, "New York", EntityType.LOCATION), List.of());
        assertEquals("Harold Brennan", found.get(0).speaker());
    }

    @Test
    void anUnnamedFigureInAPartyIsNoSpeakerForTheParty() {
        String text = "A senior figure in the Japan Innovation Party, which backs the cabinet in parliament, told NHK "
                + "that his party wanted \"a clear ceiling, not an open cheque\". One senior Senate aide who works on "
                + "the issue described the Pentagon's briefings as \"a slideshow of excuses.\"";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Japan Innovation Party", EntityType.ORGANIZATION,
                "NHK", EntityType.ORGANIZATION, "Senate", EntityType.ORGANIZATION, "Pentagon",
                EntityType.ORGANIZATION), List.of());
        assertEquals(QuoteKind.DIRECT, found.get(0).kind());
        assertNull(found.get(0).speaker());
        assertEquals(QuoteKind.DIRECT, found.get(1).kind());
        assertNull(found.get(1).speaker());
    }

    @Test
    void sheReachesFurtherBackForTheOnlyWomanAndAKoreanGivenNameComesLast() {
        String filler = "The survey, taken among two thousand adults in every county over three weeks in March, found "
                + "that 61 per cent of voters wanted to keep the policy as it stands, while 54 per cent backed higher "
                + "spending on the armed forces, and a clear majority of younger voters said they had changed their "
                + "minds since the war began, a shift that the pollsters described as the sharpest they had recorded.";
        String text = "\"We will not change course,\" Conor Mulcahy said. Dr Yasmin Haddad, a lecturer in security, said "
                + "opinion had shifted. " + filler + "\n\n\"People never took neutrality to mean no army at all,\" she "
                + "said. \"Japan is building what it avoided for decades,\" said Park Ji-won, who tracks budgets. She "
                + "added that spending was increasingly \"a direct response to Beijing's own build-up.\"";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Conor Mulcahy", EntityType.PERSON, "Yasmin Haddad",
                EntityType.PERSON, "Park Ji-won", EntityType.PERSON, "Japan", EntityType.LOCATION, "Beijing",
                EntityType.LOCATION), List.of());
        assertEquals("Yasmin Haddad", found.get(1).speaker());
        assertEquals("Park Ji-won", found.get(2).speaker());
        assertEquals("Park Ji-won", found.get(3).speaker());
    }

    @Test
    void withinReachAGivenNamesSexCountsForNothing() {
        String text = "Defence Minister Rana Jamil said the forces had fought on a shoestring. \"Our soldiers did their "
                + "duty,\" he said.";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Rana Jamil", EntityType.PERSON), List.of());
        assertEquals("Rana Jamil", found.get(0).speaker(), "Rana is a woman's name in Turkey, a man's in Pakistan");
    }

    @Test
    void aNamedSpokesmanSpeaksForHimselfAndWhomHeUrgedDoesNot() {
        String text = "Lt. Col. Andre Whitfield, a Pentagon spokesman, said \"the findings reflect paperwork gaps, not "
                + "missing weapons.\" A White House spokesman, Marcus Delgado, called the bill \"a vital investment in "
                + "American security\" and urged Congress to pass it.";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Andre Whitfield", EntityType.PERSON, "Pentagon",
                EntityType.ORGANIZATION, "White House", EntityType.ORGANIZATION, "Marcus Delgado", EntityType.PERSON,
                "Congress", EntityType.ORGANIZATION), List.of());
        assertEquals("Andre Whitfield", found.get(0).speaker());
        assertEquals("Marcus Delgado", found.get(1).speaker());
    }

    @Test
    void slammingAsQuotesTheOneWhoSlamsAndAnAgeOrAHabitPointsBack() {
        String text = "Rep. Tiffany Marquez, a Texas Republican who sits on the House Appropriations Committee, slammed "
                + "the package as \"a blank check written on the backs of working families.\" Sergeant Oleksandr "
                + "Hrytsenko rationed his howitzer. \"Before the shells arrived, we fired one round for every five,\" the "
                + "34-year-old gunner said by telephone. My late husband, Walter Halloran, served in Germany in the 1980s. "
                + "He used to say, \"Freedom gets defended cheap or expensive, but it always gets defended.\"";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Tiffany Marquez", EntityType.PERSON, "Texas",
                EntityType.LOCATION, "House Appropriations Committee", EntityType.ORGANIZATION, "Oleksandr Hrytsenko",
                EntityType.PERSON, "Walter Halloran", EntityType.PERSON, "Germany", EntityType.LOCATION), List.of());
        assertEquals("Tiffany Marquez", found.get(0).speaker());
        assertEquals("Oleksandr Hrytsenko", found.get(1).speaker());
        assertEquals("Walter Halloran", found.get(2).speaker());
    }

    @Test
    void aNameThatQualifiesAnotherDoesNotStopAQuoteGoingOn() {
        String text = "\"We cannot design a jet by committee,\" Laurent Grasset, Valmont's chief executive, told POLITICO "
                + "in Paris. \"If we keep doing it this way, we will be late.\"";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Laurent Grasset", EntityType.PERSON, "Valmont",
                EntityType.PERSON, "POLITICO", EntityType.ORGANIZATION, "Paris", EntityType.LOCATION), List.of());
        assertEquals("Laurent Grasset", found.get(1).speaker());
    }

    @Test
    void aQuoteOpeningASentenceGoesOnFromTheReportedSpeechBeforeIt() {
        String text = "Olusegun Adebayo, policy director at Oxfam, said the cut to aid would cost lives. \"Cutting aid to "
                + "pay for shells is a false economy.\"\n\nThe ministry rejected that. \"Nobody in this building wants "
                + "famine.\"";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Olusegun Adebayo", EntityType.PERSON, "Oxfam",
                EntityType.ORGANIZATION), List.of());
        assertEquals("Olusegun Adebayo", found.get(0).speaker());
        assertNull(found.get(1).speaker(), "no speech verb before it");
    }

    @Test
    void anApostropheInTheSentenceBeforeIsNoQuoteThatWouldHaveItsOwnSpeaker() {
        String text = "Ukraine’s ambassador, Oksana Tkachuk, said the delay was being felt at the front. “Our artillery "
                + "units are rationing shells.”";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Ukraine", EntityType.LOCATION, "Oksana Tkachuk",
                EntityType.PERSON), List.of());
        assertEquals("Oksana Tkachuk", found.get(0).speaker());
    }

    @Test
    void anUnnamedStrategistWhoToldAChannelLeavesTheQuoteWithNoSpeaker() {
        String text = "A senior Democratic strategist told CNN that the party would run ads accusing Republicans of "
                + "\"abandoning an ally to please one man.\"";
        List<Quote> found = quotes(text, Fixtures.entities(text, "CNN", EntityType.ORGANIZATION), List.of());
        assertEquals(QuoteKind.DIRECT, found.get(0).kind());
        assertNull(found.get(0).speaker(), found.toString());
    }

    @Test
    void aWordOrTwoAfterAnOwnerAndAParticipleAreALabel() {
        String text = "Whitcombe’s promised “pause” on foreign aid has stretched into its third month. Lindqvist added "
                + "that the money would fund shelters under Sweden's revived “total defence” doctrine.";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Whitcombe", EntityType.PERSON, "Lindqvist",
                EntityType.PERSON, "Sweden", EntityType.LOCATION), List.of());
        assertEquals(List.of(QuoteKind.SCARE, QuoteKind.SCARE), found.stream().map(Quote::kind).toList());
    }

    @Test
    void aHeadlineThatOpensWithANameAndAColonQuotesThatPerson() {
        String text = "Adeyemi: aid cut for tanks ‘will cost lives in Zaria’\n\nA Nigerian doctor warned on Tuesday that "
                + "the cut would hurt. Dr Funmilayo Adeyemi runs a clinic in Zaria.";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Adeyemi", EntityType.PERSON, "Zaria",
                EntityType.LOCATION, "Funmilayo Adeyemi", EntityType.PERSON, "Zaria", EntityType.LOCATION), List.of());
        assertEquals(QuoteKind.DIRECT, found.get(0).kind());
        assertEquals("Adeyemi", found.get(0).speaker());
        assertNull(found.get(0).medium());
    }

    @Test
    void aHeadlineThatNamesAPersonAfterADescriptionAndAColonQuotesThatPerson() {
        String text = "Labour rebel Kealy: aid cut ‘will cost lives’ as MPs write\n\nSiobhan Kealy wrote the letter.";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Labour", EntityType.ORGANIZATION, "Kealy",
                EntityType.PERSON, "Siobhan Kealy", EntityType.PERSON), List.of());
        assertEquals(QuoteKind.DIRECT, found.get(0).kind());
        assertEquals("Kealy", found.get(0).speaker());
    }

    @Test
    void aHeadlinesQuoteIsSpokenByThePersonWhoIsTheSubjectOfItsVerb() {
        String text = "Harcourt hails ‘historic’ £6.5bn Ukraine vote as Tory rebels break ranks\n\nDefence Secretary "
                + "Eleanor Harcourt said the vote mattered.";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Harcourt", EntityType.PERSON, "Eleanor Harcourt",
                EntityType.PERSON), List.of());
        assertEquals(QuoteKind.DIRECT, found.get(0).kind());
        assertEquals("Harcourt", found.get(0).speaker());
    }

    @Test
    void aHeadlinesQuoteOfAnOfficeIsSpokenByTheOneHolderTheBodyNames() {
        String text = "Romania extends power price cap as minister vows ‘no choice between heating and eating’\n\nRomania "
                + "will extend its cap, Energy Minister Ioana Mărgineanu said on Tuesday. Analyst Radu Pop disagreed.";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Romania", EntityType.LOCATION, "Romania",
                EntityType.LOCATION, "Ioana Mărgineanu", EntityType.PERSON, "Radu Pop", EntityType.PERSON), List.of());
        assertEquals("Ioana Mărgineanu", found.get(0).speaker(), found.toString());
    }

    @Test
    void aHeadlinesOfficeHeldByTwoInTheBodyNeedsEveryWordOfTheSubjectToChoose() {
        String text = "Norway pledges aid as Danish minister says ‘the model works’\n\nDefence Minister Øyvind "
                + "Lunde-Solberg told NRK it was right. In Copenhagen, Defence Minister Søren Kjærgaard said the Danish "
                + "tranche would buy shells. The Danish Finance Minister, Mette Holm, agreed.";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Norway", EntityType.LOCATION, "Øyvind Lunde-Solberg",
                EntityType.PERSON, "NRK", EntityType.ORGANIZATION, "Copenhagen", EntityType.LOCATION, "Søren Kjærgaard",
                EntityType.PERSON, "Mette Holm", EntityType.PERSON), List.of());
        assertEquals("Mette Holm", found.get(0).speaker(), found.toString());
        String twoMinisters = text.substring(0, text.indexOf(" The Danish Finance"));
        found = quotes(twoMinisters, Fixtures.entities(twoMinisters, "Norway", EntityType.LOCATION, "Øyvind Lunde-Solberg",
                EntityType.PERSON, "NRK", EntityType.ORGANIZATION, "Copenhagen", EntityType.LOCATION, "Søren Kjærgaard",
                EntityType.PERSON), List.of());
        assertNull(found.get(0).speaker(), found.toString());
    }

    @Test
    void aHeadlineThatReportsSpeechQuotesThePersonTheBodyGivesTheWordsToThoughABodyIsNamedFirst() {
        String text = "Senate passes aid as envoy says vote ‘bought us time’ and islands ‘forgotten’\n\nThe Senate voted on "
                + "Monday. Envoy Halyna Moroz said the vote had “bought us time, not victory”. Mayor Teodor Lis said the "
                + "islands felt “forgotten”. A columnist called the deal a “lifeline”.";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Senate", EntityType.ORGANIZATION, "Senate",
                EntityType.ORGANIZATION, "Halyna Moroz", EntityType.PERSON, "Teodor Lis", EntityType.PERSON), List.of());
        assertEquals("‘bought us time’", found.get(0).text());
        assertEquals("Halyna Moroz", found.get(0).speaker(), found.toString());
        assertEquals(QuoteKind.DIRECT, found.get(1).kind(), found.toString());
        assertEquals("Teodor Lis", found.get(1).speaker());
    }

    @Test
    void aHeadlineWordThatNoOneIsSaidToSayStaysAScareQuote() {
        String text = "Allies agree ‘core’ target\n\nThe ministers met on Monday. Minister Ilse Brandt called the target "
                + "“core”.";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Ilse Brandt", EntityType.PERSON), List.of());
        assertEquals(QuoteKind.SCARE, found.get(0).kind(), found.toString());
        assertNull(found.get(0).speaker());
    }

    @Test
    void aPassiveVerbsSpeakerFollowsByOrIsNoOne() {
        String text = "The rebellion, backed by the Green Party, was branded a “disgrace” by furious Tory MPs and a “gift to "
                + "Moscow” by one senior minister. The plan was described as “a betrayal of our allies” by Defence "
                + "Secretary John Healey.";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Green Party", EntityType.ORGANIZATION, "Tory",
                EntityType.ORGANIZATION, "Moscow", EntityType.LOCATION, "John Healey", EntityType.PERSON), List.of());
        assertNull(found.get(0).speaker(), found.toString());
        assertNull(found.get(1).speaker(), "one senior minister is not named");
        assertEquals("John Healey", found.get(2).speaker());
    }

    @Test
    void aWordOrTwoIsSpeechOnlyBesideASpeakerTheSentenceNames() {
        String text = "Fitch Ratings cut the rating in July. The government insists there will be no repeat of the 2017 "
                + "“gasolinazo”, when prices jumped.\n\nEnergy Minister Kemal Aydın spoke on Monday. He insisted that “no "
                + "family will be left cold” this winter, pointing to a scheme, dubbed the “warm home” payment. Senator "
                + "Maria Delgado, a Democrat from New Mexico, dismissed the bill as “theater”.";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Fitch Ratings", EntityType.ORGANIZATION, "Kemal Aydın",
                EntityType.PERSON, "Maria Delgado", EntityType.PERSON, "New Mexico", EntityType.LOCATION), List.of());
        assertEquals(QuoteKind.SCARE, found.get(0).kind(), "the government is no named speaker: " + found);
        assertEquals("Kemal Aydın", found.get(1).speaker());
        assertEquals(QuoteKind.SCARE, found.get(2).kind(), "a thing dubbed so is the writer's label");
        assertEquals(QuoteKind.DIRECT, found.get(3).kind(), "an apposition's comma before 'dismissed' makes no label");
        assertEquals("Maria Delgado", found.get(3).speaker());
    }

    @Test
    void aBodyThatSpeaksOnItsChannelIsTheSpeakerNotTheChannel() {
        String text = "Gazprom, in a statement on its Telegram channel, said Moldova had “repeatedly ignored” requests.";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Gazprom", EntityType.ORGANIZATION, "Telegram",
                EntityType.ORGANIZATION, "Moldova", EntityType.LOCATION), List.of());
        assertEquals("Gazprom", found.get(0).speaker());
    }

    @Test
    void aQuoteOpeningTheSentenceAfterAQuotedOneGoesOnWithItsSpeakerHoweverLongThatSentence() {
        String text = "“This package finally bites,” said Ilze Ozola, the Latvian foreign minister, who led the push for "
                + "tougher action against the so-called “shadow fleet” of ageing tankers that carry Russian oil under flags "
                + "of convenience. “Every barrel they cannot sell is a shell they cannot fire.”\n\n“Nothing changes,” "
                + "said one diplomat.";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Ilze Ozola", EntityType.PERSON), List.of());
        assertEquals(QuoteKind.SCARE, found.get(1).kind());
        assertEquals("Ilze Ozola", found.get(2).speaker(), found.toString());
        assertNull(found.get(3).speaker());
    }

    @Test
    void welcomingSomethingAsWordsGivesThemToTheOneWhoWelcomes() {
        String text = "Sunita Gill, the Labour MP for Derby South, welcomed the deal as “a vote of confidence in British "
                + "engineering” and rejected the critics' view as “defeatism”.";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Sunita Gill", EntityType.PERSON, "Labour",
                EntityType.ORGANIZATION, "Derby South", EntityType.LOCATION), List.of());
        assertEquals("Sunita Gill", found.get(0).speaker(), found.toString());
        assertEquals("Sunita Gill", found.get(1).speaker());
    }

    @Test
    void theOneWhoCallsOrAccusesSaysEvenAWordOrTwoButWhatTheyCallIsNoSpeaker() {
        String text = "Rick Dawson spoke. Dawson fired back within minutes, calling Delgado's remarks “pathetic” and “the "
                + "last refuge of a party with no answers”. Julian Ashworth said his party backed it but accused the "
                + "government of “creative accounting” on the rest. Officials are hoarding cash, calling the proceeds a "
                + "“peace dividend”.";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Rick Dawson", EntityType.PERSON, "Dawson",
                EntityType.PERSON, "Delgado", EntityType.PERSON, "Julian Ashworth", EntityType.PERSON), List.of());
        assertEquals("Dawson", found.get(0).speaker(), found.toString());
        assertEquals("Dawson", found.get(1).speaker(), "Delgado is called, not calling");
        assertEquals("Julian Ashworth", found.get(2).speaker());
        assertEquals(QuoteKind.SCARE, found.get(3).kind());
    }

    @Test
    void aLabelQualifyingANounIsAScareQuoteAndTheOneToldIsNoNewSpeaker() {
        String text = "Defence Minister Liam Doherty insisted the programme remained central to the government's "
                + "“deterrence first” posture, adding that its “legitimate concerns” had been met. Dr Anne Roussel said "
                + "the debate was about more than money. “The question is not money,” she told Les Echos. “It is whether "
                + "society is ready.”";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Liam Doherty", EntityType.PERSON, "Anne Roussel",
                EntityType.PERSON, "Les Echos", EntityType.PERSON), List.of());
        assertEquals(QuoteKind.SCARE, found.get(0).kind(), found.toString());
        assertEquals("Liam Doherty", found.get(1).speaker(), "its concerns had been met: no label");
        assertEquals("Anne Roussel", found.get(3).speaker(), "the paper she told does not speak");
    }

    @Test
    void whatWasSaidGoesOnPastAQuoteOfTheSameVerbButNotPastAScareQuote() {
        String text = "Beijing decries ‘serious interference’\n\nSpokesperson Zhao Lirong said China “firmly opposes” the sale "
                + "and would take “resolute countermeasures”. Shadow Defence Secretary Martin Ashcombe insisted Labour would "
                + "keep the army “never again hollowed out” and said the party’s commitment was “cast iron”. He called the "
                + "bill “a serious interference in our affairs”. The Kyiv School of Economics estimates that most crude goes "
                + "by the so-called “shadow fleet”, with frequent “dark” transfers, and that the 2022 “grain deal” failed.";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Zhao Lirong", EntityType.PERSON, "Martin Ashcombe",
                EntityType.PERSON, "Kyiv School of Economics", EntityType.ORGANIZATION), List.of());
        assertEquals("Zhao Lirong", found.get(2).speaker(), found.toString());
        assertEquals("Martin Ashcombe", found.get(4).speaker(), "an apostrophe is no quotation mark");
        assertEquals("Martin Ashcombe", found.get(0).speaker(), "the headline's two words are in the body's quote");
        assertEquals(QuoteKind.SCARE, found.get(7).kind(), "a scare quote between stops what was said");
        assertEquals(QuoteKind.SCARE, found.get(8).kind());
    }

    @Test
    void accusedOfBeingGivesTheWordsToTheAccuser() {
        String text = "Choi Hyun-woo, a lawmaker, accused the government of President Lee of being “too timid” with Washington.";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Choi Hyun-woo", EntityType.PERSON, "Lee",
                EntityType.PERSON, "Washington", EntityType.LOCATION), List.of());
        assertEquals("Choi Hyun-woo", found.get(0).speaker(), found.toString());
    }

    @Test
    void aVerbJoinedByAndGoesOnWithTheSentencesSubjectNotTheNameAfterIt() {
        String text = "Shadow Foreign Secretary Nadia Qureshi said the Government had been “asleep at the wheel” for years, "
                + "and insisted Labour would ensure dirty money “never again finds a home in Britain”.";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Nadia Qureshi", EntityType.PERSON, "Labour",
                EntityType.ORGANIZATION, "Britain", EntityType.LOCATION), List.of());
        assertEquals("Nadia Qureshi", found.get(0).speaker(), found.toString());
        assertEquals("Nadia Qureshi", found.get(1).speaker());
    }

    @Test
    void describingSomethingAsAWordOrTwoIsSpeechEvenFarFromTheVerb() {
        String text = "Kremlin spokesman Arkady Voronin said the aid would “only prolong the suffering”, and he described "
                + "the government in Kyiv as a “puppet regime” run from Washington.";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Arkady Voronin", EntityType.PERSON, "Kyiv",
                EntityType.LOCATION, "Washington", EntityType.LOCATION), List.of());
        assertEquals(QuoteKind.DIRECT, found.get(1).kind(), found.toString());
        assertEquals("Arkady Voronin", found.get(1).speaker());
    }

    @Test
    void aSpeakerNamedAfterSaidAndAnOwnersRoleSpeaks() {
        String text = "“We heard from commanders,” said the committee’s chair, Tunde Bakare-Wells, the Labour MP for "
                + "Lewisham North.";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Tunde Bakare-Wells", EntityType.PERSON, "Labour",
                EntityType.ORGANIZATION, "Lewisham North", EntityType.LOCATION), List.of());
        assertEquals("Tunde Bakare-Wells", found.get(0).speaker(), found.toString());
    }

    @Test
    void aSpokespersonSpeaksForTheBodyThatTookAStandAndAnUnnamedMinisterForNoOne() {
        String text = "The Ministry of Defence rejected the findings. “The report paints a picture our troops would not "
                + "recognise,” a spokesperson said. The European Union sent €1.6 billion to Ukraine over objections from "
                + "Hungary, whose finance minister accused Brussels of “playing with fire”.";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Ministry of Defence", EntityType.ORGANIZATION,
                "European Union", EntityType.ORGANIZATION, "Ukraine", EntityType.LOCATION, "Hungary", EntityType.LOCATION,
                "Brussels", EntityType.LOCATION), List.of());
        assertEquals("Ministry of Defence", found.get(0).speaker(), found.toString());
        assertNull(found.get(1).speaker(), "the minister is not named and the EU did not accuse itself");
    }

    @Test
    void aCompanionIsNoPronounsSubjectAndAsAIsNoNewClause() {
        String text = "Defence Minister Julia Brandt cut the ribbon alongside Lower Saxony's economy minister Olaf Behrens. "
                + "In remarks translated by dpa, she described the plant as “proof that Germany can still build”. Marie "
                + "Lefort, a French MEP, said governments were still treating procurement as a 'national hobby' rather "
                + "than a duty.";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Julia Brandt", EntityType.PERSON, "Lower Saxony",
                EntityType.LOCATION, "Olaf Behrens", EntityType.PERSON, "Germany", EntityType.LOCATION, "Marie Lefort",
                EntityType.PERSON), List.of());
        assertEquals("Julia Brandt", found.get(0).speaker(), found.toString());
        assertEquals("Marie Lefort", found.get(1).speaker());
    }

    @Test
    void accordingToAfterAQuoteNamesItsSourceWhenTheVerbBeforeFoundNoneAndSexesThatBothNamesTellDecideShe() {
        String text = "Britain has pledged £3bn a year to Kyiv “for as long as it takes”, according to the Ministry of "
                + "Defence.\n\nSenator Laura Whitfield told CNN that Robert Brennan was “letting hardliners write policy”. "
                + "“If the Speaker won't lead, we will go around him,” she said.";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Britain", EntityType.LOCATION, "Kyiv",
                EntityType.LOCATION, "Ministry of Defence", EntityType.ORGANIZATION, "Laura Whitfield", EntityType.PERSON,
                "CNN", EntityType.ORGANIZATION, "Robert Brennan", EntityType.PERSON), List.of());
        assertEquals("Ministry of Defence", found.get(0).speaker(), found.toString());
        assertEquals("Laura Whitfield", found.get(2).speaker());
    }
    @Test
    void anAgencyThatReportsAfterTheQuoteLeavesItToTheSpeakerBefore() {
        String text = "Foreign Ministry spokesperson Lin Weidong said Tokyo should \"reflect deeply on its past\" and stop "
                + "arming, Xinhua reported.";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Lin Weidong", EntityType.PERSON, "Tokyo",
                EntityType.LOCATION, "Xinhua", EntityType.ORGANIZATION), List.of());
        assertEquals("Lin Weidong", found.get(0).speaker());
    }

    @Test
    void aQuoteBeforeWhileBelongsToTheClauseItStandsIn() {
        String text = "Dr Hao Ming said demand would keep prices high \"at least until next spring\", while Jeon Da-eun, an "
                + "analyst at Mirae Asset in Seoul, told Reuters that stockpiles were growing.";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Hao Ming", EntityType.PERSON, "Jeon Da-eun",
                EntityType.PERSON, "Mirae Asset", EntityType.ORGANIZATION, "Seoul", EntityType.LOCATION, "Reuters",
                EntityType.ORGANIZATION), List.of());
        assertEquals("Hao Ming", found.get(0).speaker());
        assertNull(found.get(0).medium());
    }

    @Test
    void heWasQuotedAsSayingIsTheLastSpeaker() {
        String text = "Oil Minister Dariush Kamali told IRNA on Sunday that the sanctions had \"failed in every way\".\n\n"
                + "\"We sell our crude to whoever we choose,\" he was quoted as saying.";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Dariush Kamali", EntityType.PERSON, "IRNA",
                EntityType.ORGANIZATION), List.of());
        assertEquals("Dariush Kamali", found.get(1).speaker(), found.toString());
    }

    @Test
    void anIndianHonorificsFullStopEndsNoSentenceBeforeTheSpeaker() {
        String text = "“When we began, nobody would take our calls,” Smt. Kavitha Raman, managing director of a drone "
                + "maker in Pune, told me at the air show.";
        List<Quote> found = finder.find(text, List.of(new TextSpan(0, text.length())), Fixtures.entities(text,
                "Kavitha Raman", EntityType.PERSON, "Pune", EntityType.LOCATION), List.of());
        assertEquals("Kavitha Raman", found.get(0).speaker());
    }
    @Test
    void whatSomeoneShouldSayIsNoQuote() {
        String text = "Opinion: Congress should say no to a $95 billion 'emergency' with no offsets";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Congress", EntityType.ORGANIZATION), List.of());
        assertEquals(QuoteKind.SCARE, found.get(0).kind());
        assertNull(found.get(0).speaker());
    }

    @Test
    void wordsInTheQuestionPutToASpeakerAreNotTheirs() {
        String text = "Asked whether Norway would join the non-nuclear “Pillar Two” of AUKUS, Ms Lund said no decision "
                + "had been made.";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Norway", EntityType.LOCATION, "AUKUS",
                EntityType.ORGANIZATION, "Lund", EntityType.PERSON), List.of());
        assertNull(found.get(0).speaker(), found.toString());
    }

    @Test
    void aThingDubbedSomethingAndAnOwnersLabelAreTheWritersWords() {
        String text = "The package, announced by President Lai Ching-te in November, would fund an air defence network "
                + "dubbed \"T-Dome\" and drones. Piotr Zawadzki said the contract, the latest product of Warsaw's “buy "
                + "now, build later” strategy, put too little work in Polish factories.";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Lai Ching-te", EntityType.PERSON, "Piotr Zawadzki",
                EntityType.PERSON, "Warsaw", EntityType.LOCATION), List.of());
        assertEquals(QuoteKind.SCARE, found.get(0).kind(), found.toString());
        assertEquals(QuoteKind.SCARE, found.get(1).kind(), found.toString());
        assertNull(found.get(1).speaker());
    }

    @Test
    void shortQuotesInWhatWasSaidAfterAccusingOfDoingButRemainedAndAs() {
        String text = "Congress spokesperson Rekha Iyer-Mathur accused the government of staging “headline approvals” "
                + "ahead of the elections. The International Monetary Fund said in its latest review that the recovery "
                + "was “gaining traction” but remained “fragile”. Defence Minister Kenji Morimoto said Tokyo regarded the "
                + "agreement as \"a cornerstone\" of the partnership.";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Congress", EntityType.ORGANIZATION,
                "Rekha Iyer-Mathur", EntityType.PERSON, "International Monetary Fund", EntityType.ORGANIZATION,
                "Kenji Morimoto", EntityType.PERSON, "Tokyo", EntityType.LOCATION), List.of());
        assertEquals("Rekha Iyer-Mathur", found.get(0).speaker(), found.toString());
        assertEquals("International Monetary Fund", found.get(2).speaker(), found.toString());
        assertEquals("Kenji Morimoto", found.get(3).speaker(), found.toString());
    }

    @Test
    void unnamedSubjectsBeforeAColonOrAParticipleNameNoSpeaker() {
        String text = "A senior US official was blunter still, telling the Australian Financial Review: “We are not going "
                + "to care more about your security than you do.” The European Commission announced €270 million in aid "
                + "this year, but several member states, pleading \"donor fatigue\", have trimmed their own.";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Australian Financial Review", EntityType.ORGANIZATION,
                "European Commission", EntityType.ORGANIZATION), List.of());
        assertNull(found.get(0).speaker(), found.toString());
        assertNull(found.get(1).speaker(), found.toString());
    }
    @Test
    void theyStandsForAGroupNotForThePersonLastQuoted() {
        String text = "Agriculture Commissioner Tomasz Wierzbicki said the cut was \"fair to every farmer\". Fourteen "
                + "ministers disagreed. In a joint letter, they called the plan \"a historic mistake\" and asked for more.";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Tomasz Wierzbicki", EntityType.PERSON), List.of());
        assertEquals("Tomasz Wierzbicki", found.get(0).speaker());
        assertNull(found.get(1).speaker(), found.toString());
    }
    @Test
    void anAdviserBeforeAFirstVerbSpeaksNotTheOneAdvised() {
        String text = "Oksana Hrytsenko, a sanctions adviser to President Volodymyr Zelensky, welcomed the measures but "
                + "said enforcement had been “patchy at best”. “The shadow fleet is a credit card,” she told reporters.";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Oksana Hrytsenko", EntityType.PERSON,
                "Volodymyr Zelensky", EntityType.PERSON), List.of());
        assertEquals("Oksana Hrytsenko", found.get(0).speaker(), found.toString());
        assertEquals("Oksana Hrytsenko", found.get(1).speaker(), found.toString());
    }
    @Test
    void aBodyThatOpensTheSentenceSpeaksThroughItsApposition() {
        String text = "The Global Times, a nationalist tabloid owned by the ruling Communist Party's flagship newspaper, "
                + "said in an editorial that the response was \"precise and restrained\".";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Global Times", EntityType.ORGANIZATION,
                "Communist Party", EntityType.ORGANIZATION), List.of());
        assertEquals("Global Times", found.get(0).speaker(), found.toString());
    }

    @Test
    void itIsTheBodyThatSpokeThroughAnAppositionNotTheOwnerNamedInIt() {
        String text = "The Global Times, a nationalist tabloid owned by the ruling Communist Party's flagship newspaper, "
                + "said in an editorial that the response was \"precise and restrained\". It warned that \"more cards "
                + "remain on the table\" if Washington went on.";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Global Times", EntityType.ORGANIZATION,
                "Communist Party", EntityType.ORGANIZATION, "Washington", EntityType.LOCATION), List.of());
        assertEquals("Global Times", found.get(1).speaker(), found.toString());
    }
    @Test
    void theUnitedStatesIsNoSpeechVerbNorIsAParticipleThatOpensTheSentence() {
        String text = "Asked for comment, press secretary Brooke Haldane said the governor “will not apologize for "
                + "putting workers first,” and accused critics of “peddling Beijing talking points.” The State Department "
                + "said in a statement that envoy Michael Trevisani would return to Doha on Sunday, and that the United "
                + "States remained \"fully committed to a deal that brings every hostage home.\"";
        List<Quote> found = finder.find(text, List.of(new TextSpan(0, 173), new TextSpan(174, text.length())),
                Fixtures.entities(text, "Brooke Haldane", EntityType.PERSON, "State Department", EntityType.ORGANIZATION,
                        "Michael Trevisani", EntityType.PERSON, "Doha", EntityType.LOCATION, "United States",
                        EntityType.LOCATION), List.of());
        assertEquals("Brooke Haldane", found.get(1).speaker(), found.toString());
        assertEquals("State Department", found.get(2).speaker(), found.toString());
    }
    @Test
    void aNameAfterWithAndARoleInLowerCaseIsNoObject() {
        String text = "The Foreign Ministry reacted within hours, with spokesperson Lior Hazan calling the move a "
                + "“moral failure” and accusing Europe of “laundering money for an organisation that armed gunmen”.";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Foreign Ministry", EntityType.ORGANIZATION,
                "Lior Hazan", EntityType.PERSON, "Europe", EntityType.LOCATION), List.of());
        assertEquals("Lior Hazan", found.get(1).speaker(), found.toString());
    }

    @Test
    void aParticipleRightAfterANameIsThatPersonsWordsForAWordOrTwo() {
        String text = "The Foreign Ministry reacted within hours, with spokesperson Lior Hazan calling the move a "
                + "“moral failure” on the radio.";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Foreign Ministry", EntityType.ORGANIZATION,
                "Lior Hazan", EntityType.PERSON), List.of());
        assertEquals(QuoteKind.DIRECT, found.get(0).kind(), found.toString());
        assertEquals("Lior Hazan", found.get(0).speaker(), found.toString());
    }
    @Test
    void whomAModeratorPressedIsNoAntecedentOfShe() {
        String text = "Cody Brannigan said the allies should pay \"their fair share, not ours\". The moderator, Lauren "
                + "Petrakis, pressed Brannigan on the target. She asked whether a new administration would \"meet the "
                + "same standard it demands of Germany.\"";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Cody Brannigan", EntityType.PERSON, "Lauren Petrakis",
                EntityType.PERSON, "Brannigan", EntityType.PERSON, "Germany", EntityType.LOCATION), List.of());
        assertEquals("Lauren Petrakis", found.get(1).speaker(), found.toString());
    }
    @Test
    void sheStaysInHerParagraphThoughAListCallsHerGivenNameAMans() {
        String text = "“Every dollar we send to that government is wasted,” said Senator Ruth Calloway.\n\nNino Beridze, "
                + "a former deputy foreign minister, was held for 11 days. “They can arrest us one by one,” she told me.";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Ruth Calloway", EntityType.PERSON, "Nino Beridze",
                EntityType.PERSON), List.of());
        assertEquals("Nino Beridze", found.get(1).speaker(), found.toString());
    }
    @Test
    void shePointsFurtherBackToTheOnePersonNamedThoughNoListTellsHerSex() {
        String text = "Finance Minister Efua Mensah-Bonsu insisted on Friday that the decline in oil revenue reflected "
                + "lower crude prices and a maintenance shutdown at the country's largest offshore field, not "
                + "mismanagement. According to the ministry, output averaged 142,000 barrels per day last year, against "
                + "a target of 170,000. She said the government would draw GH¢500 million from the stabilisation fund "
                + "to cushion this year's budget.\n\n“The numbers are disappointing, but there is no missing money,” "
                + "she said in a statement.";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Efua Mensah-Bonsu", EntityType.PERSON), List.of());
        assertEquals("Efua Mensah-Bonsu", found.get(0).speaker(), found.toString());
        String two = "Finance Minister Efua Mensah-Bonsu met Kwame Boateng on Friday to discuss the decline in oil "
                + "revenue, which the ministry blamed on lower crude prices and a maintenance shutdown at the largest "
                + "offshore field. According to the ministry, output averaged 142,000 barrels per day last year, against "
                + "a target of 170,000, and the government would draw GH¢500 million from the stabilisation fund "
                + "to cushion this year's budget.\n\n“The numbers are disappointing, but there is no missing money,” "
                + "she said in a statement.";
        List<Quote> ambiguous = quotes(two, Fixtures.entities(two, "Efua Mensah-Bonsu", EntityType.PERSON,
                "Kwame Boateng", EntityType.PERSON), List.of());
        assertEquals(null, ambiguous.get(0).speaker(), "two people of unknown sex: no guess");
    }

    @Test
    void shePraisesInWordsOfHerOwn() {
        String text = "Ambassador Yael Bar-Tov said the money would \"save lives on both sides\". She thanked senators for "
                + "acting \"with speed and moral clarity.\"";
        List<Quote> found = quotes(text, Fixtures.entities(text, "Yael Bar-Tov", EntityType.PERSON), List.of());
        assertEquals("Yael Bar-Tov", found.get(1).speaker(), found.toString());
    }
}
