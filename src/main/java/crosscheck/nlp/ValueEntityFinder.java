package crosscheck.nlp;

import crosscheck.model.EntityType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds amounts of money, percentages and dates with rules: statistics do worse than patterns on these.
 * Examples: "$61 billion", "£15bn", "€3.2 million", "40 million dollars", "2.5%", "2.5 per cent", "five percent",
 * "Monday", "yesterday morning", "last month", "2030", "24 November 2026", "Nov. 24". Thread-safe (stateless).
 */
public final class ValueEntityFinder {
    private static final String NUMBER_WORD = "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
            + "thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
            + "seventy|eighty|ninety|a hundred|one hundred|half a|a)";
    /** A number with thousands separators, in Indian grouping too ("7,12,480"), and decimals. */
    private static final String NUMERAL = "(?:\\d{1,3}(?:,\\d{2})*(?:,\\d{3})+|\\d+)(?:\\.\\d+)?";
    private static final String SCALE = "(?:trillion|billion|million|thousand|hundred|lakh|crore|tn|trn|tr|bn|mn|m|b|k)";
    /** "Sixty-one", "twenty three". */
    private static final String COMPOUND_NUMBER_WORD = NUMBER_WORD + "(?:[\\s-](?:one|two|three|four|five|six|seven|eight|nine)\\b)?";
    private static final String AMOUNT = "(?:" + NUMERAL + "|" + COMPOUND_NUMBER_WORD + ")(?:[\\s-]?" + SCALE + "\\b)?";
    /** ISO 4217 codes, in capitals only ("NOK 19.4 billion", "19.4 billion NOK", but not "try 20 times"). */
    private static final String ISO_CODE = "(?-i:USD|GBP|EUR|JPY|CNY|UAH|RUB|CHF|NOK|SEK|DKK|PLN|CAD|AUD|NZD|ILS|INR|KRW|"
            + "TWD|HKD|SGD|TRY|ZAR|SAR|AED|BRL|MXN|NIS|KES|NGN|PKR|BDT|RON|HUF|CZK|EGP|IDR|PHP|ARS|KSh)";
    private static final String CURRENCY_WORD = "(?:dollars?|pounds?(?: sterling|(?! of (?!taxpayers|public)))|euros?|"
            + "yen|yuan|renminbi|rupees?|"
            + "roubles?|rubles?|hryvnias?|hryvnia|shekels?|francs?|pence|cents?|zlotys?|złotys?|lira|liras|kronor|krona|"
            + "kroner|krone|rand|pesos?|dinars?|riyals?|dirhams?|baht|ringgit|rupiah|taka|naira|shillings?|forints?|lei|"
            + "korunas?|reais|lari|drams?|tenge|dong|manats?|leva|denars?|rials?|birr|cedis?|kwacha|afghanis?|"
            + ISO_CODE + ")";
    /** The country before a currency's name: "1.21 billion U.S. dollars", "949.5 billion New Taiwan dollars". */
    private static final String CURRENCY_COUNTRY = "(?:(?:U\\.S\\.|US|American|Canadian|Australian|New\\sZealand|Hong\\sKong|"
            + "Singapore|New\\sTaiwan|Taiwan|Swiss|Indian|Pakistani|Saudi|Emirati|Qatari|Turkish|Israeli|South\\sAfrican|"
            + "CFA|Danish|Norwegian|Swedish|Icelandic|Egyptian|Lebanese|(?:South\\s)?Sudanese|Syrian|Jordanian|Iraqi|"
            + "Kuwaiti|Bahraini|Omani|Libyan|Tunisian|Algerian|Moroccan|Iranian|Afghan|Mexican|Argentine|Argentinian|"
            + "Chilean|Colombian|Brazilian|Philippine|Nigerian|Kenyan|Ugandan|Tanzanian|Ghanaian|Ethiopian|Japanese|"
            + "Chinese|Russian|Ukrainian|Polish|Czech|Hungarian|Romanian|Sri\\sLankan|Nepalese|Nepali|Bangladeshi)\\s)?";
    private static final String CURRENCY_PREFIX = "(?:(?:US|U\\.S\\.|A|AU|C|CA|NZ|HK|NT|R|S)?[$£€¥₹₴₽₪₩₦₱₺₫₸₵]|Rs\\.?\\s?|Tk\\s?|"
            + ISO_CODE + "\\s?)";

    /** Scale words of a large sum, which a currency abbreviation needs after it ("TOP 10" is no sum). */
    private static final String LARGE_SCALE = "(?:trillion|billion|million|trn|tn|bn|mn|m)";
    /** Every ISO 4217 code the JDK knows, in capitals only. */
    private static final String ANY_ISO_CODE = "(?-i:" + String.join("|", Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode).sorted().toList()) + ")";

    private static final Pattern MONEY = Pattern.compile(
            "(?<![\\w$£€¥₩])" + CURRENCY_PREFIX + "\\s?" + NUMERAL + "(?:[\\s-]?(?:" + SCALE + "|" + NUMERAL + ")\\b)*"
                    // "not a franc", "a dollar we hope never to spend": "a" alone is no sum
                    + "|\\b(?!(?i:a)\\s" + CURRENCY_COUNTRY + CURRENCY_WORD + "\\b)" + AMOUNT + "(?:\\s(?:" + SCALE + "))?\\s"
                    + CURRENCY_COUNTRY + CURRENCY_WORD + "\\b"
                    // Korean won only after a scale word or a number with thousands: "five won" is no sum
                    + "|\\b" + NUMERAL + "\\s(?:" + SCALE + ")(?:\\s(?:" + SCALE + "))?\\swon\\b"
                    + "|\\b\\d{1,3}(?:,\\d{3})+\\swon\\b"
                    // South African rand, naira, hryvnia, riyals, rupiah, ringgit, dirhams: "R2.37bn", "N4.91trn",
                    // "Hr 2.8 trillion", "SR272 billion", "Rp 166 trillion" (a scale word, else "R2" is no sum)
                    + "|\\b(?-i:R|N|Hr\\s?|SR|QR|Rp\\s?|RM\\s?|Dhs?\\s?|KD\\s?)" + NUMERAL + "\\s?" + LARGE_SCALE + "\\b"
                    // or a number written with thousands: "R8,500 a month"
                    + "|\\b(?-i:R|N|SR|QR|Rp\\s?|RM\\s?|Dhs?\\s?|KD\\s?)\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?\\b"
                    // any ISO 4217 code with a scale word: "AMD 680 billion", "VND 190 trillion", "58 trillion COP"
                    + "|\\b" + ANY_ISO_CODE + "\\s" + NUMERAL + "\\s?" + LARGE_SCALE + "\\b"
                    + "|\\b" + NUMERAL + "\\s?" + LARGE_SCALE + "\\s" + ANY_ISO_CODE + "\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern PERCENT = Pattern.compile(
            "(?<![\\w.])(?:" + NUMERAL + "|" + NUMBER_WORD + "(?:[\\s-](?:one|two|three|four|five|six|seven|eight|nine))?"
                    + "(?:[\\s-]and[\\s-]a[\\s-]half)?)"
                    + "(?:\\s?%|\\s(?:per\\s?cent|percent|percentage points?)\\b|(?<=\\d)pc\\b)",
            Pattern.CASE_INSENSITIVE);

    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October|"
            + "November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
    private static final String FULL_MONTH_BUT_MAY = "(?:January|February|March|April|June|July|August|September|October|"
            + "November|December)";
    private static final String WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final String PART_OF_DAY = "(?:\\s(?:morning|afternoon|evening|night))";
    /** Currencies in which prices of a year are given: "in 2023 dollars". */
    private static final String PRICE_CURRENCIES = "dollars|euros|pounds";
    private static final String YEAR = "(?:1[89]\\d\\d|20\\d\\d)";
    private static final String PERIOD = "(?:week|weekend|month|(?:fiscal\\s|financial\\s|tax\\s)?year|decade|century|quarter|spring|summer|autumn|fall|winter|night|"
            + WEEKDAY + "|" + MONTH.replace("\\.?", "") + ")";

    /**
     * A plural noun after a number that counts ("2000 troops"), not a verb after a year ("2026 is", "2030 was",
     * "2027 marks").
     */
    private static final String COUNTED_PLURAL = "(?!(?:was|has|does|goes|says|seems|looks|means|marks|remains|"
            + "begins|ends|sees|needs|plans|costs|comes|brings|starts|makes|takes|gives|shows|sets|promises|"
            + "amounts|accounts|represents|stands|includes|requires|reaches|rises|falls|calls|"
            + PRICE_CURRENCIES + ")\\b)" // "in 2023 dollars" counts no dollars (a sum of them is money)
            + "[a-z]{2,}s";

    private static final Pattern DATE = Pattern.compile(String.join("|",
            // 24 November 2026, 24 Nov. 2026
            "\\b\\d{1,2}(?:st|nd|rd|th)?\\s" + MONTH + "(?:,?\\s" + YEAR + ")?(?![\\w])",
            // November 24, 2026; Nov. 24; March 20-21; November 2026; October last year
            "\\b" + MONTH + "\\s\\d{1,2}(?:st|nd|rd|th)?(?:[-–]\\d{1,2}(?!\\d))?(?:,\\s" + YEAR + ")?\\b",
            "\\b" + MONTH + "\\s(?i:last|next|this)\\s(?i:year)\\b",
            "\\b" + MONTH + "\\s" + YEAR + "\\b",
            // ISO dates
            "\\b" + YEAR + "-[01]\\d-[0-3]\\d\\b",
            // Monday, Monday morning, last Monday
            "\\b(?:(?i:last|next|this|on|early|late)\\s)?" + WEEKDAY + PART_OF_DAY + "?\\b",
            // yesterday morning, today, tonight, this morning
            "\\b(?i:yesterday|today|tomorrow|tonight)" + PART_OF_DAY + "?\\b",
            "\\b(?i:this)" + PART_OF_DAY + "\\b",
            // the first half of the year, the second half of 2026
            "\\b(?i:the\\s(?:first|second)\\shalf\\sof\\s)(?:(?i:the|this|next)\\s(?i:year)|" + YEAR + ")\\b",
            // last month, earlier this year, next week, the past decade, early next year
            "\\b(?i:(?:(?:early|late)\\s(?=next|last|this))?(?:(?:earlier|later)\\sthis|last|next|this|the\\spast|the\\snext|the\\scoming"
                    + "|the\\scurrent|the\\sprevious|the\\sfollowing))\\s"
                    + PERIOD + "\\b",
            // the end of the year, the start of next month, the end of 2024, the end of January, the middle of March 2027
            "\\b(?i:the\\s)?(?i:end|start|beginning|middle|turn)\\sof\\s(?:(?i:the|this|next|last)\\s(?i:week|month|year|decade|century)|"
                    + YEAR + "|" + MONTH.replace("\\.?", "") + "(?:\\s" + YEAR + ")?)\\b",
            // since January, in early March; "May" alone only after a word that asks for a time (it is also a verb and a name)
            "\\b(?:(?i:early|late|mid)[\\s-])?" + FULL_MONTH_BUT_MAY + "\\b(?!\\s\\d)(?!\\s\\p{Lu})",
            "(?<=\\b(?i:in|since|until|till|by|from|through|before|after|during|last|next|this|early|late|mid)[\\s-])May\\b(?!\\s\\d)(?!\\s\\p{Lu})",
            // the last thirty years, the past two decades, the next 10 years
            "\\b(?i:the\\s(?:last|past|next|coming|previous))\\s(?i:" + NUMERAL + "|" + NUMBER_WORD + "|few|several)"
                    + "\\s(?i:days|weeks|months|years|decades|centuries)\\b",
            // before the summer, over the winter (but not "the fall of Kabul")
            "(?<=\\b(?i:before|after|in|during|over|until|till|by|since|through)\\s)(?i:the\\s(?:spring|summer|autumn|fall|winter))\\b"
                    + "(?!\\s+of\\b)",
            // holidays: before Thanksgiving, by Christmas, during Ramadan, since Christmas 2023
            "\\b(?:Thanksgiving|Christmas(?:\\s(?:Eve|Day))?|Easter|Ramadan|Hanukkah|Passover|Yom\\sKippur|Diwali"
                    + "|New\\sYear's\\s(?:Day|Eve)|Independence\\sDay|Memorial\\sDay|Labor\\sDay|Veterans\\sDay|Boxing\\sDay"
                    + "|Eid(?:\\sal-(?:Fitr|Adha))?)(?:\\s" + YEAR + ")?\\b(?!\\s(?:War|Offensive)\\b)",
            // three years ago, 10 days ago, a year earlier, five years later
            "\\b(?i:" + NUMERAL + "|" + NUMBER_WORD + "|a few|several)\\s(?:days?|weeks?|months?|years?|decades?)"
                    + "\\s(?:ago|earlier|later)\\b",
            // spring 2027, early summer 2026, the autumn of 2026, the third quarter of 2025
            "\\b(?:(?i:early|late|mid)[\\s-])?(?i:spring|summer|autumn|fall|winter)\\s(?i:of\\s)?" + YEAR + "\\b",
            "\\b(?i:first|second|third|fourth|final|last)\\squarter\\sof\\s" + YEAR + "\\b",
            // in autumn, by winter (not "fall", also a verb; not "by winter road", "through winter after winter")
            "(?<=\\b(?i:in|by|until|till|since|before|after|through)\\s)(?i:spring|summer|autumn|winter)\\b"
                    + "(?=\\s*[,.;:!?)]|\\s+(?:and|or|but|when|as|to|is|will|would|the|this|that|if|unless)\\b|\\s*$)",
            // the 1990s, the early 2030s, the mid-2050s, fiscal 2025, the fiscal year 2027, 2025-26 (a range is no count)
            "\\b(?:the\\s)?(?:(?i:early|mid|late)[\\s-])?" + "(?:1[89]|20)\\d0s\\b",
            "\\b(?:(?:(?i:the)\\s)?(?:fiscal|financial)\\s(?:year\\s)?|(?i:early|late|mid)[\\s-])?" + YEAR + "(?:[-–/]\\d\\d(?!\\d)"
                    + "|(?!\\s?(?:%|per\\s?cent|percent))(?!\\s(?:" + COUNTED_PLURAL + "|people|troops|soldiers|staff)\\b))"
                    + "(?![\\d,.]\\d)"),
            Pattern.UNICODE_CASE);

    /** A year and a currency's name: "2023 dollars". */
    private static final Pattern PRICE_YEAR = Pattern.compile(YEAR + "\\s(?:U\\.S\\.\\s)?(?:" + PRICE_CURRENCIES + ")");
    /** The words before a year of prices: "in constant ", "in real ", "in ". */
    private static final Pattern PRICES_OF = Pattern.compile("(?i)\\b(?:in|constant|real|inflation-adjusted)\\s+$");
    private static final Pattern MONTH_WORD_ALONE = Pattern.compile("(?i)jan|aug|sept?|oct|nov|dec");

    /** Words (lower-cased runs of ASCII letters) without which no date pattern can match, unless there is a digit. */
    private static final Set<String> DATE_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "yesterday", "today", "tomorrow", "tonight", "ago", "last", "next", "this", "past",
            "coming", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "end", "start", "beginning", "middle", "turn", "previous", "spring", "summer",
            "autumn", "fall", "winter", "thanksgiving", "christmas", "easter", "ramadan", "hanukkah", "passover",
            "kippur", "diwali", "eid", "memorial", "labor", "veterans", "boxing", "independence", "current");
    /** Beginnings of the words without which no amount or percentage pattern can match, unless there is a digit. */
    private static final List<String> AMOUNT_WORD_STEMS = List.of("percent", "dollar", "pound", "euro", "yen", "yuan",
            "renminbi", "rupee", "rouble", "ruble", "hryvnia", "shekel", "franc", "pence", "cent", "usd", "gbp", "eur",
            "jpy", "cny", "uah", "rub", "zlot", "złot", "lira", "kron", "rand", "peso", "dinar", "riyal", "dirham",
            "baht", "ringgit", "rupiah", "taka", "naira", "shilling", "forint", "pln", "inr", "krw", "nok", "sek", "dkk",
            "cad", "aud", "nzd", "ils", "twd", "hkd", "sgd", "try", "zar", "sar", "aed", "brl", "mxn", "chf");
    private static final String PER = "per";

    /** The value entities of {@code text} between {@code from} and {@code to}, in text order, not overlapping. */
    public List<Mention> find(String text, int from, int to) {
        List<Mention> found = new ArrayList<>();
        Hints hints = hints(text, from, to);
        if (hints.amount) {
            collect(MONEY, EntityType.MONEY, text, from, to, found);
            collect(PERCENT, EntityType.PERCENT, text, from, to, found);
        }
        if (hints.date) {
            collect(DATE, EntityType.DATE, text, from, to, found);
        }
        return resolveOverlaps(found);
    }

    private static final class Hints {
        boolean amount;
        boolean date;
    }

    /**
     * Whether the amount and the date patterns can match in {@code [from, to)}: a digit or currency sign, or a word
     * they need. One pass over the characters; the patterns themselves are costly and most sentences need neither.
     */
    private static Hints hints(String text, int from, int to) {
        Hints hints = new Hints();
        int i = from;
        while (i < to && !(hints.amount && hints.date)) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9' || Character.isDigit(c)) {
                hints.amount = true;
                hints.date = true;
                i++;
            } else if (Character.getType(c) == Character.CURRENCY_SYMBOL) {
                hints.amount = true;
                i++;
            } else if (isAsciiLetter(c)) {
                int end = i + 1;
                while (end < to && isAsciiLetter(text.charAt(end))) {
                    end++;
                }
                String word = text.substring(i, end).toLowerCase(Locale.ROOT);
                hints.date |= DATE_WORDS.contains(word);
                hints.amount |= word.equals(PER) || startsWithAny(word, AMOUNT_WORD_STEMS);
                i = end;
            } else {
                i++;
            }
        }
        return hints;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean startsWithAny(String word, List<String> stems) {
        for (String stem : stems) {
            if (word.startsWith(stem)) {
                return true;
            }
        }
        return false;
    }

    private static void collect(Pattern pattern, EntityType type, String text, int from, int to, List<Mention> into) {
        Matcher matcher = pattern.matcher(text).region(from, to);
        while (matcher.find()) {
            int start = matcher.start();
            int end = matcher.end();
            while (end > start && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == ',')) {
                end--;
            }
            if (end <= start || isFalseDate(type, text, start, end)
                    || type == EntityType.MONEY && PRICE_YEAR.matcher(text).region(start, end).matches()
                    && PRICES_OF.matcher(text).region(Math.max(0, start - 25), start).find()) {
                continue; // "in constant 2023 dollars": the year of the prices, which the date pattern finds
            }
            if (type == EntityType.DATE && text.regionMatches(true, start, "on ", 0, 3)) {
                start += 3;
            }
            into.add(new Mention(start, end, type));
        }
    }

    /** An abbreviated month needs a day or a year beside it ("Aug" alone is more often a name); "May" alone needs a preposition, which its pattern demands. */
    private static boolean isFalseDate(EntityType type, String text, int start, int end) {
        return type == EntityType.DATE && MONTH_WORD_ALONE.matcher(text.substring(start, end)).matches();
    }

    /** Keeps the longest of overlapping mentions; on a tie the one found first (money before percent before date). */
    static List<Mention> resolveOverlaps(List<Mention> mentions) {
        List<Mention> byLength = new ArrayList<>(mentions);
        byLength.sort(Comparator.comparingInt((Mention m) -> m.end() - m.start()).reversed());
        List<Mention> kept = new ArrayList<>();
        for (Mention candidate : byLength) {
            if (kept.stream().noneMatch(candidate::overlaps)) {
                kept.add(candidate);
            }
        }
        kept.sort(Comparator.comparingInt(Mention::start));
        return kept;
    }
}
