package crosscheck.nlp;

import crosscheck.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ValueEntityFinderTest {
    private final ValueEntityFinder finder = new ValueEntityFinder();

    private List<String> found(String text, EntityType type) {
        return finder.find(text, 0, text.length()).stream().filter(m -> m.type() == type)
                .map(m -> text.substring(m.start(), m.end())).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Congress approved $61 billion for Kyiv.|$61 billion",
            "The UK pledged £15bn over five years.|£15bn",
            "Brussels released €3.2 million on Friday.|€3.2 million",
            "They spent 40 million dollars on drones.|40 million dollars",
            "A further US$5bn was promised.|US$5bn",
            "The fund holds USD 40 million.|USD 40 million",
            "The bill costs $1,200,000.|$1,200,000",
            "Taiwan set its defense budget at NT$647 billion.|NT$647 billion",
            "Warsaw will spend 186.6 billion zlotys on the army.|186.6 billion zlotys",
            "The allocation stands at 6.81 lakh crore rupees.|6.81 lakh crore rupees",
            "Seoul set aside 66.3 trillion won for defence.|66.3 trillion won",
            "Oslo adds NOK 19.4 billion this year.|NOK 19.4 billion",
            "Oslo adds 19.4 billion NOK this year.|19.4 billion NOK",
            "The sale is worth 1.21 billion U.S. dollars.|1.21 billion U.S. dollars",
            "Taipei set 949.5 billion New Taiwan dollars for it.|949.5 billion New Taiwan dollars",
            "Defence gets Rs 7.12 lakh crore this year.|Rs 7.12 lakh crore",
            "The total is Rs 7,12,480 crore.|Rs 7,12,480 crore"})
    void findsMoney(String sentence, String amount) {
        assertEquals(List.of(amount), found(sentence, EntityType.MONEY));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Spending will reach 2.5% of GDP.|2.5%",
            "It fell to 2.1 per cent last year.|2.1 per cent",
            "Only five percent agreed.|five percent",
            "Rates rose 0.25 percentage points.|0.25 percentage points",
            "Two-and-a-half per cent was the pledge.|Two-and-a-half per cent"})
    void findsPercentages(String sentence, String percent) {
        assertEquals(List.of(percent), found(sentence, EntityType.PERCENT));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The vote is on Monday.|Monday",
            "Yesterday morning the talks broke down.|Yesterday morning",
            "Prices rose last month.|last month",
            "The target is 2.5% by 2030.|2030",
            "The treaty was signed on 24 November 2026.|24 November 2026",
            "Talks resume Nov. 24 in Geneva.|Nov. 24",
            "It began on February 24, 2022.|'February 24, 2022'",
            "Growth slowed in the 1990s.|the 1990s",
            "Three years ago the war began.|Three years ago",
            "Kyiv has received 31 tanks since January.|January",
            "The offensive stalled in early March.|early March",
            "Funding will run out by the end of the year.|the end of the year",
            "Ministers must respond by the end of January.|the end of January",
            "Talks resume early next month.|early next month",
            "The minister resigned this morning.|this morning",
            "Deliveries start in the first half of the year.|the first half of the year",
            "Elections are due at the start of 2027.|the start of 2027",
            "The ceasefire held until May.|May",
            "We cannot go back to the habits of the last thirty years.|the last thirty years",
            "Spending will double over the next 10 years.|the next 10 years",
            "He will present a plan before the summer.|the summer",
            "The House will revisit the bill before Thanksgiving.|Thanksgiving",
            "The cabinet approved the budget for the next fiscal year.|the next fiscal year",
            "Orders rise in the fiscal year 2027 budget.|the fiscal year 2027",
            "The allocation for 2025-26 stands at a record.|2025-26",
            "The boats arrive from the early 2030s onward.|the early 2030s",
            "The last boat is due in the mid-2050s.|the mid-2050s",
            "The request for fiscal 2026 is the largest yet.|fiscal 2026",
            "Production doubled in late 2025.|late 2025",
            "The deal was struck last night.|last night"})
    void findsDates(String sentence, String date) {
        assertEquals(List.of(date), found(sentence, EntityType.DATE));
    }

    @Test
    void theModalMayAndCountedTroopsAreNotDates() {
        assertTrue(found("You may go, and we may stay.", EntityType.DATE).isEmpty());
        assertTrue(found("They sent 2000 troops to the border.", EntityType.DATE).isEmpty());
        assertTrue(found("The five won praise from the jury.", EntityType.MONEY).isEmpty());
        assertTrue(found("Not a franc reached Bamako, and a dollar is a dollar.", EntityType.MONEY).isEmpty());
        assertTrue(found("They will try 20 times, and twenty try again.", EntityType.MONEY).isEmpty(), "ISO codes are capitals");
        assertTrue(found("May the talks succeed, said Theresa May.", EntityType.DATE).isEmpty());
        assertTrue(found("At the end of the debate the march went on.", EntityType.DATE).isEmpty());
        assertTrue(found("The reporter April Ryan asked in the room.", EntityType.DATE).isEmpty());
        assertTrue(found("Few foresaw the fall of Kabul.", EntityType.DATE).isEmpty());
        assertTrue(found("Egypt and Syria attacked in the Yom Kippur War.", EntityType.DATE).isEmpty());
    }

    @Test
    void aSeasonOrAQuarterOfAYearAndASeasonAfterAPreposition() {
        String text = "Output fell in the third quarter of 2025 and recovers by the autumn of 2026; talks resume in "
                + "autumn. Fuel delivered by winter road costs more.";
        assertEquals(List.of("third quarter of 2025", "autumn of 2026", "autumn"), found(text, EntityType.DATE));
    }

    @Test
    void mentionsDoNotOverlapAndComeInTextOrder() {
        String text = "In May 2024 the EU gave €50 billion, 0.3% of its GDP, on 1 June 2024.";
        List<Mention> mentions = finder.find(text, 0, text.length());
        for (int i = 1; i < mentions.size(); i++) {
            assertTrue(mentions.get(i - 1).end() <= mentions.get(i).start(), mentions.toString());
        }
        assertEquals(4, mentions.size(), mentions.toString());
    }

    @Test
    void wonWithThousandsAndItsSignPoundsOfAWeightAndTheCurrentYear() {
        String text = "Agents seized 27,000 pounds of fentanyl, worth 912,000 won a gram or ₩66.3 trillion in all, in "
                + "the current year, about three and a half percent more; it cost 3 million pounds of public money.";
        assertEquals(List.of("912,000 won", "₩66.3 trillion", "3 million pounds"), found(text, EntityType.MONEY));
        assertEquals(List.of("the current year"), found(text, EntityType.DATE));
        assertEquals(List.of("three and a half percent"), found(text, EntityType.PERCENT));
        assertTrue(found("Biden in 2020 won Georgia.", EntityType.MONEY).isEmpty());
    }

    @Test
    void aRangeOfDaysAndAMonthOfLastYearAreOneDate() {
        String text = "Leaders meet on March 20-21, a year after the summit of October last year.";
        assertEquals(List.of("March 20-21", "October last year"), found(text, EntityType.DATE));
    }

    @Test
    void aCapitalBForBillionsRandAndTheYearOfPrices() {
        String text = "The Pentagon lost $2.1B; Pretoria pays R2.37bn and R51.1 billion, $1.2 trillion in constant 2023 "
                + "dollars, while R2 is a robot.";
        assertEquals(List.of("$2.1B", "R2.37bn", "R51.1 billion", "$1.2 trillion"), found(text, EntityType.MONEY));
        assertEquals(List.of("2023"), found(text, EntityType.DATE));
    }

    @Test
    void shekelsNairaHryvniasShillingsTakaLeiAndPercentInPc() {
        String text = "Israel adds NIS 31 billion, Nigeria N4.91trn and N3.25 trillion, Ukraine Hr 2.8 trillion, Kenya "
                + "KSh 186 billion, Bangladesh Tk 40,000 crore, Romania 45 billion lei and Pakistan Rs2.55tr, up 20pc "
                + "and 2.4pc, while two real threats and N95 masks remain.";
        assertEquals(List.of("NIS 31 billion", "N4.91trn", "N3.25 trillion", "Hr 2.8 trillion", "KSh 186 billion",
                "Tk 40,000 crore", "45 billion lei", "Rs2.55tr"), found(text, EntityType.MONEY));
        assertEquals(List.of("20pc", "2.4pc"), found(text, EntityType.PERCENT));
    }

    @Test
    void anyIsoCodeWithAScaleGulfAndAsianAbbreviationsAndCompoundNumberWords() {
        String text = "Yerevan plans AMD 680 billion, Hanoi VND 190 trillion and Bogota 58 trillion COP; Riyadh SR272 "
                + "billion, Doha QR210.2 billion, Jakarta Rp 166 trillion and Tbilisi 1.6 billion lari. Sixty-one billion "
                + "dollars went to Kyiv, while the TOP 10 list and ALL 27 members stay numbers.";
        assertEquals(List.of("AMD 680 billion", "VND 190 trillion", "58 trillion COP", "SR272 billion", "QR210.2 billion",
                "Rp 166 trillion", "1.6 billion lari", "Sixty-one billion dollars"), found(text, EntityType.MONEY));
    }

    @Test
    void seasonsAndHolidaysOfAYearTheYearBeforeAndTheYearOfARequestThatAmounts() {
        String text = "Work starts in spring 2027, as promised since Christmas 2023, up from the previous year and from "
                + "a year earlier; the request for fiscal year 2025 amounts to 3 per cent.";
        assertEquals(List.of("spring 2027", "Christmas 2023", "the previous year", "a year earlier", "fiscal year 2025"),
                found(text, EntityType.DATE));
    }
    @Test
    void currenciesNamedByTheirCountrysAdjectiveRialsBirrPesoSignAndRandWithThousands() {
        String text = "Copenhagen adds 9.4 billion Danish kroner, Cairo 54 billion Egyptian pounds and Beirut 28 million "
                + "Lebanese pounds; bread costs 1,050,000 rials in Tehran and 14,000 birr in Addis Ababa, Manila spends "
                + "₱4.8 billion and a Soweto family pays R8,500 a month, while R2 and R 12 stay numbers.";
        assertEquals(List.of("9.4 billion Danish kroner", "54 billion Egyptian pounds", "28 million Lebanese pounds",
                "1,050,000 rials", "14,000 birr", "₱4.8 billion", "R8,500"), found(text, EntityType.MONEY));
    }
}
