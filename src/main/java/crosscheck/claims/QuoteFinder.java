package crosscheck.claims;

import crosscheck.model.Entity;
import crosscheck.model.EntityCluster;
import crosscheck.model.EntityType;
import crosscheck.model.Quote;
import crosscheck.model.QuoteKind;
import crosscheck.model.TextSpan;
import crosscheck.nlp.GivenNameSex;
import crosscheck.nlp.GivenNameSex.Sex;
import crosscheck.nlp.SpeechVerbs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds quotations in straight or curly, double or single marks (a quote may run across sentences, not across
 * paragraphs), tells direct quotes from scare quotes, and names the speaker from the words around the quote:
 * "X told Reuters: '…'", "'…', X said", "'…', said X", "X insisted Labour would ensure it '…'", "according to X",
 * "X called it '…'" before a quote of more than two words, "he said" or "He insisted" after a named person (never
 * one named inside quotation marks), "the ministry said", "the alliance said", "the report said" or "It said" after
 * a named organization, a second verb joined by "and" ("…, and told MPs '…'"), and a quote that goes on after
 * "Healey said." in the same paragraph. Thread-safe (stateless).
 */
public final class QuoteFinder {
    /**
     * Quotes of at most this many words are scare quotes unless a speech verb beside them gives them a named speaker
     * ('a "forgivable loan", a device critics say' is the writer's).
     */
    static final int SCARE_MAX_WORDS = 2;
    /**
     * Quotes of at most this many words are labels, shown as scare quotes, when no speech verb and no speaker goes with
     * them or "so-called" comes before them ("clash over 'made in Europe' rule").
     */
    static final int LABEL_MAX_WORDS = 4;
    /**
     * How far after a quote its speech verb may come: room for a name with an office in apposition ('"...,"
     * Representative Pramila Jayapal of Washington, chair of the Congressional Progressive Caucus, told MSNBC').
     */
    private static final int VERB_AFTER_REACH = 120;
    /** A quoted whole sentence, a capital first and a stop last inside the marks ("Predictability does."). */
    private static final Pattern WHOLE_SENTENCE = Pattern.compile("[\"“‘']\\p{Lu}[^\"“”‘’]*[.!?][\"”’']");
    /** Words that set the tone of what a person says next ("struck a darker note", "was blunt", "went further"). */
    private static final Pattern TONE_BEFORE_QUOTE = Pattern.compile("\\b(?:struck|sounded) an? (?:\\w+ ){0,2}note\\b"
            + "|\\bwas (?:more |even |less )?(?:blunt|blunter|defiant|unapologetic|scathing|emphatic|cautious|gloomier"
            + "|more cautious|downbeat|upbeat)\\b|\\bwent (?:further|further still)\\b");
    /** Capitalized words only, a title's before a name ("Gen. ", "Foreign Minister "), or nothing. */
    private static final Pattern TITLE_WORDS_ONLY = Pattern.compile("(?:\\p{Lu}[\\p{L}.]*\\s+){0,3}");
    /** What may come before the person who opens a headline: up to four words ("Labour rebel Kealy: …"). */
    private static final Pattern HEADLINE_DESCRIPTOR = Pattern.compile("\\s*(?:[\\p{L}'’-]+\\s+){0,4}");
    /** A full stop that ends a sentence inside a paragraph, which a headline has none of. */
    private static final Pattern HEADLINE_STOP = Pattern.compile("\\p{Ll}\\.[\\s\"”’']*$|\\p{Ll}[.!?]\\s+\\p{Lu}");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "i", "we");
    private static final Pattern MEDIUM = Pattern.compile(
            "\\b(?:told|telling|tells|speaking\\s+to|(?i:in)\\s+an\\s+interview\\s+with|interviewed\\s+by|wrote\\s+(?:in|on)|writing\\s+(?:in|on)|said\\s+on|posted\\s+on"
                    + "|(?:wrote|said|posted|writing)\\s+in\\s+an?\\s+(?:\\w+\\s+)?(?:post|message|video|statement|thread)\\s+on)"
                    + "\\s+(?:the\\s+)?(?:(?:\\p{Ll}+\\s+){0,2}(?:newspaper|daily|paper|broadcaster|channel|station|agency|"
                    + "magazine|weekly|tabloid|outlet|network|website)\\s+)?"
                    + "((?:\\p{Lu}[\\p{L}\\p{N}_&.'-]*)(?:\\s+(?:of\\s+)?\\p{Lu}[\\p{L}\\p{N}_&.'-]*){0,4})");
    /**
     * Words after which a name is an object: "accused Macron", "thanked Biden", "whose National Rally", "a source
     * close to Ms Kerridge".
     */
    private static final Pattern OBJECT_BEFORE = Pattern.compile("(?i)\\b(?:accused|accuses|accusing|thanked|thanks|"
            + "thanking|criticised|criticized|criticising|criticizing|urged|urges|urging|praised|praises|blamed|blames|"
            + "attacked|attacks|condemned|condemns|warned|warns|asked|asks|invited|invites|met|meets|joined|joins|"
            + "defeated|replaced|succeeded|whose|with|against|than|described|branded|labelled|labeled|dubbed|"
            + "pressed|presses|questioned|questions|interviewed|challenged|challenges|confronted|confronts|quoted|cited|"
            + "nominated|endorsed|appointed|fired|sacked|"
            + "close\\s+to|familiar\\s+with|allies\\s+of|ally\\s+of|"
            + "aides?\\s+to|(?:adviser|advisor|assistant|deputy|envoy|ambassador)\\s+to)\\s+"
            // "a sanctions adviser to President Volodymyr Zelensky": the one advised speaks not through the adviser
            + "(?:the\\s+|a\\s+|Mr\\.?\\s+|Ms\\.?\\s+|Mrs\\.?\\s+|(?-i:\\p{Lu}\\p{Ll}+\\s+(?:\\p{Lu}\\p{Ll}+\\s+)?))?$");
    /** An apposition between a name and its verb: ", an adviser to the ministry, " (after "of California" too). */
    private static final Pattern APPOSITION = Pattern.compile(
            "(?:\\s+of\\s+[^,\"“”]{1,40})?,\\s+[^\"“”!?;]{2,160},\\s*"
                    // "…, a sanctions adviser to President Zelensky, welcomed the measures but said": a first verb
                    // goes before
                    + "(?:\\p{Ll}+ed\\s+[^,.;:\"“”!?]{0,60}?\\s+(?:but|and)\\s+)?");
    /** A preposition and perhaps an office before a name: "to the chancellor, ", "for ". */
    private static final Pattern PREPOSITIONAL_OBJECT = Pattern.compile(
            "(?<!(?i:according)\\s)\\b(?i:to|for|against|from|by|of|on|at|in|into)\\s+(?:(?i:the)\\s+)?(?:[\\p{Ll}-]+\\s+){0,3}(?:[\\p{Ll}-]+,\\s+)?$");
    /** A participle right after a name, whose subject the name is: "press secretary Tamika Rhodes saying". */
    private static final Pattern PARTICIPLE_AFTER = Pattern.compile("\\s+\\p{Ll}+ing\\b");
    /** "with" before a name: "with the Kremlin saying …". */
    private static final Pattern WITH_BEFORE = Pattern.compile("(?i)\\bwith\\s+(?:the\\s+)?$");
    /** "and" right before a verb after a quote: a second verb of the sentence's subject ('… for years, and insisted'). */
    private static final Pattern COORDINATED_VERB = Pattern.compile("\\band\\s+(?:then\\s+|also\\s+|later\\s+)?$");
    /** What stands between a quote and a verb that goes on with the same subject: '"..." and said'. */
    private static final Pattern AND_THEN = Pattern.compile("[\\s,]*and\\s+(?:then\\s+|also\\s+|later\\s+)?");
    /** A second verb of the same subject between two quotes of one sentence: '"…" and said the funding would "…"'. */
    private static final Pattern SAME_SUBJECT_GOES_ON = Pattern.compile("^[^.!?;]*?\\band\\s+(?:then\\s+|also\\s+)?"
            + SpeechVerbs.ALTERNATION + "\\b", Pattern.CASE_INSENSITIVE);
    /** Where a clause of a headline opens: after "as", "after", a comma or a colon. */
    private static final Pattern HEADLINE_CLAUSE_START = Pattern.compile("(?i)(?:\\bas\\s|\\bafter\\s|,\\s|:\\s)");
    /** Verbs of speech in the present, as headlines have them ("minister vows", "judge calls"). */
    private static final Set<String> HEADLINE_SPEECH_VERBS = Set.of("says", "vows", "warns", "tells", "insists",
            "pledges", "promises", "admits", "claims", "declares", "argues");
    /** The office a headline's subject ends with: "minister", "defence secretary", "air chief". */
    private static final Pattern HEADLINE_OFFICE = Pattern.compile("(?i)\\b(minister|secretary|chief|mayor|judge|"
            + "president|premier|chancellor|senator|general|envoy|ambassador|governor|spokesman|spokeswoman|"
            + "spokesperson|commissioner|chairman|chairwoman|chair)$");
    /** How far after a name its apposition is looked for. */
    private static final int APPOSITION_REACH = 80;
    /** How far before a name the office it holds is looked for ("Energy Minister Ioana Mărgineanu"). */
    private static final int OFFICE_REACH = 40;
    /** An apposition right after a name, up to its closing comma or stop: ", the city's mayor,". */
    private static final Pattern APPOSITION_AFTER = Pattern.compile(",\\s[^,.;:!?]{1,70}");
    /** Verbs by which headlines report what someone said: "China decries ‘serious interference’". */
    private static final Set<String> HEADLINE_VERBS = Set.of("decries", "slams", "blasts", "hails", "condemns",
            "accuses", "attacks", "rejects", "calls", "brands", "dismisses", "demands", "urges", "threatens", "praises",
            "criticises", "criticizes", "denounces", "welcomes", "defends");
    /** "as" right before a quote, perhaps with an article: what someone called something ("described it as a “…”"). */
    private static final Pattern AS_BEFORE = Pattern.compile("(?i)(?<![\\w-])as\\s+(?:(?:a|an|the)\\s+)?$");
    /** Verbs by which a body takes a stand in public, as if it spoke: "rejected the findings", "welcomed the vote". */
    private static final Pattern STANCE_VERB = Pattern.compile("(?i)\\b(?:rejected|rejects|welcomed|welcomes|dismissed|"
            + "dismisses|disputed|disputes|defended|defends|condemned|condemns|criticised|criticized|hailed|hails)\\b");
    /** Someone named beside the subject: "cut the ribbon alongside Lower Saxony's economy minister [Olaf Behrens]". */
    private static final Pattern COMPANION_BEFORE = Pattern.compile("(?i)\\b(?:alongside|beside|including)\\b[^.,;:!?\"“”]{0,50}$");
    /** "told" right before a name: the one told, no speaker. */
    private static final Pattern TOLD_BEFORE = Pattern.compile("(?i)\\b(?:told|telling|tells)\\s+$");
    /** What opens a noun phrase a label sits in: "the", "a", "its", "the government's", "3.5%", "the 2022". */
    private static final Pattern LABEL_BEFORE = Pattern.compile(
            "(?:\\b(?i:the|a|an|its|their|his|her|our|this|that)|\\p{L}['’]s|%)(?:\\s+\\d{4})?\\s+$");
    /** An owner's name right before a label: "Warsaw's", "the party's". */
    private static final Pattern POSSESSIVE_BEFORE = Pattern.compile("\\p{L}['’]s\\s+$");
    /** An owner's name and a participle right before a label: "Whitcombe’s promised", "Sweden's revived". */
    private static final Pattern POSSESSIVE_PARTICIPLE_BEFORE = Pattern.compile("\\p{L}['’]s\\s+\\p{Ll}+ed\\s+$");
    /** A lower-case word right after a label, the noun it qualifies: "posture", "defence target". */
    private static final Pattern LABELLED_NOUN_AFTER = Pattern.compile(
            "\\s+(?!(?:and|or|but|nor|to|of|in|on|at|by|for|with|from|into|over|under|than|as|is|was|are|were|be|been|"
                    + "being|has|had|have|will|would|can|could|shall|should|may|might|must|do|does|did|not|that|which|"
                    + "who|whom|whose|when|where|while|if|because|he|she|they|it|we|you|said|says|then|also|"
                    + "still|now|only|just)\\b)"
                    + "\\p{Ll}{3,}\\b");
    /** A form of "be" (and an adverb) before a verb, which makes it passive: "was branded", "were roundly dismissed". */
    private static final Pattern PASSIVE_BEFORE = Pattern.compile("(?i)\\b(?:was|were|been|being|is|are|be)\\s+(?:\\p{L}+ly\\s+)?$");
    /** "by" after a quote, which names who said it in a passive sentence. */
    private static final Pattern AGENT = Pattern.compile("[\\s,]*by\\s+");
    /** A preposition right before a name: "on the Armed Services Committee", "for Johnson". */
    private static final Pattern AFTER_PREPOSITION = Pattern.compile(
            "(?i)\\b(?:on|of|for|at|in|from|to|by|under)\\s+(?:(?:the|its|their|his|her|a|an)\\s+)?$");
    /** Houses of parliament, whom a speaker addresses rather than publishes through. */
    private static final Pattern LEGISLATURE = Pattern.compile("(?i)(?:(?:US|U\\.S\\.|UK|European)\\s+)?(?:Congress|Senate|House"
            + "(?:\\s+of\\s+(?:Commons|Lords|Representatives))?|Commons|Lords|Parliament|Bundestag|Bundesrat|Knesset|Duma"
            + "|State\\s+Duma|Rada|Verkhovna\\s+Rada|Sejm|Assembly|National\\s+Assembly|Congress\\s+members|lawmakers"
            + "|MPs|senators|MEPs|MSPs|MSs|MLAs|TDs|Holyrood|Stormont|Senedd|Dáil|Dail|Oireachtas)");
    private static final Pattern PRONOUN_VERB = Pattern.compile(
            "(?i)\\b(he|she|they)\\s+" + SpeechVerbs.ALTERNATION + "\\b"
                    // '"…," said he.', but not 'says they want to preserve the "status quo"', where "they" begins
                    // what is said
                    + "|\\b" + SpeechVerbs.ALTERNATION + "\\s+(he|she|they)\\b(?=\\s*(?:[,.;:!?]|$))");
    /** "accused … of" right before a quote: the accuser's words. */
    private static final Pattern ACCUSING_OF = Pattern.compile("(?i)(?<![\\w-])(?:accused|accuses|accusing)\\b"
            + "(?=[^\"“”.!?]{0,60}\\bof\\s+(?:being\\s+|\\p{Ll}+ing\\s+)?$)"); // "of staging “headline approvals”"
    /**
     * A sentence that opens with a pronoun or a capitalized name and goes on to a participle ("He went further,
     * calling…", "Dawson fired back …, calling…"): its subject does the calling.
     */
    private static final Pattern NAMED_OR_PRONOUN_SUBJECT = Pattern.compile(
            "\\s*(?:(?:He|She|They)\\b|\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)?\\s+\\p{Ll}+ed\\b)");
    /**
     * Verbs whose object is charged with a quote of some length: 'Cotton accused progressives of "abandoning an ally
     * in its darkest hour"' is Cotton's; a word or two after them stays the writer's ('accuse Starmer of "dither"').
     */
    private static final Pattern ACCUSING_VERB = Pattern.compile("(?<![\\w-])(?:accused|accuses|accusing|charged|"
            + "charges)\\b", Pattern.CASE_INSENSITIVE);
    /** A comma right before a label verb, which makes it a participle naming a thing (", dubbed the"). */
    private static final Pattern PARTICIPLE_AFTER_COMMA = Pattern.compile(",\\s*$");
    /** The lower-case word right before a position. */
    private static final Pattern WORD_BEFORE = Pattern.compile("\\b(\\p{Ll}+)\\s+$");
    /** Lower-case words before a participle that make it active ("who dubbed", "have dubbed"). */
    private static final Set<String> NOT_NOUNS_BEFORE_PARTICIPLE = Set.of("who", "which", "that", "he", "she", "they",
            "we", "it", "and", "has", "have", "had", "also", "once", "then", "later", "first", "openly", "publicly",
            "quickly", "promptly", "critics", "opponents", "officials", "activists", "analysts", "campaigners");
    /** Verbs that after a comma or a noun name a thing rather than say what someone called it. */
    private static final Pattern LABEL_PARTICIPLE = Pattern.compile("(?i)dubbed|labell?ed|nicknamed");
    /**
     * Verbs that put words in the subject's mouth only before a quote of some length: "called the plan 'a fig leaf for
     * inaction'", and "dismissed the criticism as 'pure theater'" (with "as" right before the quote).
     */
    private static final Pattern CHARACTERISING_VERB = Pattern.compile(
            "(?<![\\w-])(?:called|calls|calling|described|describes|describing|branded|brands|branding|dubbed|dubs|"
                    + "labelled|labeled)\\b"
                    + "|(?<![\\w-])(?:dismissed|dismisses|derided|derides|slammed|slams|blasted|blasts|denounced|"
                    + "denounces|hailed|hails|praised|praises|criticised|criticized|criticises|criticizes|condemned|"
                    + "condemns|lambasted|lambasts|welcomed|welcomes|attacked|attacks|defended|defends|mocked|mocks|"
                    + "ridiculed|ridicules|rejected|rejects)\\b(?=[^\"“”]{0,40}\\bas\\s+$)",
            Pattern.CASE_INSENSITIVE);
    /**
     * An organization named by its kind or by "it" right before a verb ("the ministry said", "It said"); group 1 is
     * the kind, absent after "it".
     */
    private static final Pattern BODY_BEFORE = Pattern.compile("(?:(?i:\\b(?:the|its|their)\\s+)(?:\\p{Ll}+\\s+)?"
            + "(ministry|agency|department|office|party|company|commission|government|army|military|navy|council|"
            + "committee|court|embassy|alliance|coalition|bank|fund|group|firm|institute|organi[sz]ation|programme|"
            + "program|authority|administration|movement|campaign|bloc|union|command|centre|center|forces?|service|"
            + "mission|headquarters|chancellery|presidency|cabinet|report|paper|statement|study|audit|review|"
            + "declaration|survey|watchdog|regulator|auditor|charity|lobby|panel|memo|letter|filing|briefing)"
            + "|\\b(?:It|it))\\s*,?\\s*$");
    /** Someone unnamed whom the organization before describes: "[Labour] backbencher", "[Pentagon] officials". */
    private static final Pattern UNNAMED_MEMBER = Pattern.compile("\\s+(?:backbenchers?|MPs?|MEPs?|sources?|insiders?|"
            + "officials?|lawmakers?|members?|aides?|figures?|veterans?|activists?|donors?|peers?|councillors?|"
            + "candidates?|voters?|supporters?|critics?|rebels?|staffers?|diplomats?)\\b");
    /** What joins a person to the body they belong to: " of the pro-business ", ", chief executive of ". */
    private static final Pattern MEMBER_OF = Pattern.compile(
            "(?:\\s*,[^,;:.!?\"“”]{0,80}?)?\\s+(?:of|from|at|for|with)\\s[^,;:!?\"“”]*");
    /** A speech verb right before a name, which then qualifies the speaker named after it: "said AfD spokesman". */
    private static final Pattern SPEECH_VERB_BEFORE = Pattern.compile("(?i)\\b(?:said|says|told|added)\\s+$");
    /** A speaker who asked not to be named: whoever else the sentence names did not say it. */
    private static final Pattern ANONYMOUS = Pattern.compile("(?i)\\b(?:on condition of anonymity|(?:asked|declined|"
            + "wished) not to be (?:named|identified)|declined to be (?:named|identified)|not authori[sz]ed to speak)\\b");
    /** A verb joined to an earlier one of the same subject: ", and told MPs", "but added". */
    private static final Pattern AND_BEFORE = Pattern.compile(",?\\s+(?:and|but)\\s+$");
    /** A sentence whose subject is a pronoun: "He pointed to…", "She added…". */
    private static final Pattern OPENS_WITH_PRONOUN = Pattern.compile("\\s*(?:He|She)\\s");
    /** A person named before by their office, right before a verb: "the former general added", "the minister said". */
    private static final Pattern ROLE_BEFORE = Pattern.compile("(?i)\\bthe\\s+(?:former\\s+|veteran\\s+|retired\\s+)?"
            + "(?:(?-i:\\p{Lu})[\\p{L}.'’-]*\\s+){0,3}"
            + "(?:democrat|republican|independent|lawmaker|(?-i:MP|MEP)|general|minister|senator|ambassador|spokesman|"
            + "spokeswoman|spokesperson|chancellor|secretary|president|governor|mayor|congressman|congresswoman|"
            + "commander|admiral|colonel|analyst|economist|professor|researcher|chairman|chairwoman|director|"
            + "prime\\s+minister)\\s*,?\\s*$"
            // "the 34-year-old gunner said": whoever has an age is a person
            + "|\\bthe\\s+[\\p{Alnum}-]+-year-old\\s+(?:[\\p{L}-]+\\s+){0,2}$");
    /** An unnamed spokesperson right before a verb: "A spokesperson added", "the department's spokesman said". */
    private static final Pattern SPOKESPERSON_BEFORE = Pattern.compile(
            "(?i)\\b(?:a|an|the|its)\\s+(?:\\p{Ll}+\\s+)?(?:spokesperson|spokesman|spokeswoman)\\s*,?\\s*$");
    /**
     * A sentence whose subject is someone unnamed, however long the words that describe them: "A senior figure in the
     * Japan Innovation Party, which …, told NHK", "One senior Senate aide who works on the issue … described".
     */
    private static final Pattern UNNAMED_SENTENCE_SUBJECT = Pattern.compile("^[\\s\"“]*(?:[Aa]n?|[Oo]ne|[Aa]nother)\\s+"
            + "(?:[\\p{L}-]+\\s+){0,3}?(?:figure|aide|official|source|member|diplomat|lawmaker|legislator|staffer|"
            + "insider|adviser|advisor|officer|executive|veteran|politician|MP|MEP|senator|negotiator|strategist|"
            + "operative|analyst|economist|consultant|lobbyist|pollster|banker|trader|donor|commander|activist|"
            + "campaigner)\\b");
    /** Unnamed people right before a verb: "auditors said", "Western diplomats told". */
    private static final Pattern UNNAMED_SUBJECT = Pattern.compile("(?<![\\p{L}'’-])(?:whose\\s+(?:\\p{Ll}+\\s+){0,2}"
            + "(?:minister|spokesman|spokeswoman|spokesperson|leader|president|chief|head|ambassador|envoy)|"
            + "officials|auditors|analysts|critics|"
            + "experts|sources|diplomats|aides|investigators|inspectors|economists|observers|residents|witnesses|"
            + "activists|campaigners|insiders)\\s*,?\\s*$");
    /** A subject pronoun anywhere in the words before a quote: "Then he went further: …". */
    private static final Pattern PRONOUN_SUBJECT = Pattern.compile("\\b(?:[Hh]e|[Ss]he)\\b");
    /** A subject pronoun right before a verb: "He insisted", "she told". */
    private static final Pattern PRONOUN_BEFORE = Pattern.compile(
            "(?i)\\b(he|she|they)\\s+(?:used\\s+to\\s+|would\\s+|went\\s+on\\s+to\\s+|likes\\s+to\\s+|liked\\s+to\\s+"
                    + "|(?:was|were)\\s+quoted\\s+as\\s+)?$"); // "he was quoted as saying"
    /** A Korean given name, written with a hyphen after the family name: "Ji-won". */
    private static final Pattern KOREAN_GIVEN_NAME = Pattern.compile("\\p{Lu}\\p{Ll}+-\\p{Ll}+");
    /** A title that tells a person's sex right before their name: group 1 for a man ("Mr", "Sir"), else a woman. */
    private static final Pattern SEX_TITLE_BEFORE = Pattern.compile("\\b(?:(Mr|Sir|Lord)|Mrs|Ms|Miss|Dame|Lady)\\.?\\s+$");
    /** What may stand between a speech verb and the speaker named after it: "said Defence Secretary Grant Shapps". */
    private static final Pattern TITLE_WORDS = Pattern.compile("[\\s,]*(?:(?:the|its|their|former|then|retired|"
            + "acting|interim|outgoing|shadow|spokesman|spokeswoman|"
            + "spokesperson|press|secretary|minister|adviser|advisor|official|chief|deputy|senior|director|envoy|"
            + "ambassador|leader|chairman|chairwoman|chair|head|of|for|to|committee|panel|party|opposition|ranking|member|"
            + "majority|minority|whip|speaker|commander|general|admiral|colonel|captain|lieutenant|officer|presidential|"
            + "foreign|defence|defense|finance|economy|interior|justice|health|state|national|security|military|"
            + "analyst|economist|researcher|fellow|professor|lawmaker|legislator|executive|founder|president|vice|"
            + "prime|governor|mayor|aide|negotiator|strategist|diplomat|campaigner|candidate|budget|policy|affairs|"
            + "trade|energy|transport|education|home|communications|media|economic|intelligence|"
            + "\\p{Lu}[\\w.'’-]*)(?:['’]s)?[\\s,]+){0,7}"); // "said the committee’s chair, Tunde Bakare-Wells"
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”’']?\\s*$");
    /** A sentence ending inside the words between a quote and a speech verb (not the stop of "J.D." or "Mr."). */
    private static final Pattern SENTENCE_BREAK = Pattern.compile(
            "(?<!\\b(?:\\p{Lu}|Mr|Mrs|Ms|Dr|Smt|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Maj|Adm|Prof|St|Jr|Sr))[.!?]\\s");
    /**
     * How far a quote may follow the one it continues: room for a speaker with an office in apposition ('said Oh
     * Sung-min, a senior fellow at the Asan Institute for Policy Studies in Seoul.').
     */
    static final int CONTINUATION_GAP = 160;
    /** How far before a verb the words that qualify it are looked for ("refused to", "member", "network"). */
    static final int WORDS_BEFORE_REACH = 40;
    /** How close a speech verb must be to a quote of one or two words for it to count as speech. */
    static final int SHORT_QUOTE_REACH = 25;
    /**
     * A comma, then only capitalized words up to the verb after a short quote: its speaker with a title ('will adopt
     * the listings "within days", Foreign Minister Eirik Solheim said').
     */
    private static final Pattern NAME_BEFORE_VERB = Pattern.compile("[\"”’']?,?\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,6}");
    /** How close "called the plan" must come to a quote of one or two words for the caller to have said it. */
    static final int CALLED_REACH = 35;
    /**
     * The words between a speech verb and a short quote when the quote lies in what was said: no sentence break, no
     * other quotation, no new clause of the writer's ("told the paper that defence would be", "said the White House
     * had failed to answer", "said Tokyo regarded the deal as", "said the recovery was on track but remained", not
     * "pledged to act as Tories accuse Starmer of").
     */
    private static final Pattern REPORTED_CLAUSE = Pattern.compile(
            "(?s)(?!.*[.!?]\\s)(?!.*\\b(?:as\\b(?!\\s+(?:a|an|the)\\b|\\s*$)|but\\b(?!\\s+(?:remained|remains|warned|said|added|"
                    + "called|was|were|is|are)\\b)|(?:while|whereas|although|though|because|after|before|when)\\b))"
                    + "(?:[^\"“”‘’]|(?<=\\p{L})’(?=\\p{L})){0,120}"); // an apostrophe is no mark: "the party’s"
    /** What makes the speech verb after it no report: "should say", "must tell", "refused to say". */
    private static final Pattern UNSAID_BEFORE = Pattern.compile(
            "(?i)\\b(?:should|must|ought\\s+to|refused\\s+to|declined\\s+to)\\s+(?:not\\s+)?$");
    /** Words before "states" that make it the noun: "member states", "the Baltic states". */
    private static final Pattern STATES_AS_NOUN = Pattern.compile("(?i)\\b(?:member|the|these|those|several|many|some|"
            + "all|both|other|its|their|our|neighbouring|neighboring|frontline|nuclear|gulf|baltic|european|arab|african|"
            + "island|coastal|nordic|western|eastern|small|smaller|poorer|richer)\\s+$");
    /**
     * A question put to the speaker, which a quote inside it belongs to: "Asked whether New Zealand would join the
     * “Pillar II” of".
     */
    private static final Pattern ASKED_CLAUSE = Pattern.compile("(?i)^[\\s\"“]*asked\\s+(?:whether|if|about|why|how|what|"
            + "when|who|to)\\b[^,;]*$");
    /** What may come before the subject at a clause's start: a quotation mark, "The", words in lower case. */
    private static final Pattern CLAUSE_OPENING = Pattern.compile("[\\s\"“]*(?:The\\s+|the\\s+)?(?:\\p{Ll}+[\\s-]+){0,3}");
    /** Nothing but space and opening quotation marks: what may stand before a clause's first word. */
    private static final Pattern OPENING_MARKS = Pattern.compile("[\\s\"“‘']*");
    /** A sentence that opens with "He" or "She" and a verb of addressing someone: "She thanked senators for". */
    private static final Pattern PRONOUN_ADDRESSING = Pattern.compile("[\\s\"“]*(He|She)\\s+(?:also\\s+|then\\s+)?"
            + "(?:thanked|praised|congratulated|urged|implored|begged|reminded|assured|accused|blamed|attacked|"
            + "criticised|criticized|condemned|mocked|welcomed)\\b");
    /** A verb by which a news agency passes on what someone said: "…, Xinhua reported". */
    private static final Pattern REPORTING_VERB = Pattern.compile("(?i)reported|reports|reporting");
    /** A conjunction that opens another clause after a quote: '"…", while Park Ji-hoon told Reuters'. */
    private static final Pattern CLAUSE_OPENER = Pattern.compile("[\\s,;]*(?:while|whereas|although|though)\\s");
    /** The writer's own distance from a word: "the so-called ‘strategy’". */
    private static final Pattern SO_CALLED = Pattern.compile("(?i)\\bso[\\s-]called\\s*$");
    /** Bodies news calls by their kind: "the alliance" is NATO, "the bloc" the EU. */
    private static final Set<String> KNOWN_AS_ORGANISATION = Set.of("UN", "United Nations", "WHO", "NATO");
    private static final Map<String, Set<String>> KNOWN_AS = Map.of(
            "alliance", Set.of("NATO", "Nato", "North Atlantic Treaty Organization", "North Atlantic Treaty Organisation"),
            "bloc", Set.of("EU", "European Union", "ECOWAS", "ASEAN", "African Union", "Gulf Cooperation Council", "GCC"),
            "union", Set.of("EU", "European Union", "African Union"),
            "organisation", KNOWN_AS_ORGANISATION,
            "organization", KNOWN_AS_ORGANISATION,
            "agency", Set.of("UNRWA", "IAEA", "CIA", "NSA", "FBI", "NASA", "DSCA", "UNHCR", "WFP"));
    /** How far back a pronoun looks for the person it stands for. */
    static final int PRONOUN_REACH = 400;
    /** The fewest words a quote without a speaker must share with another quote to take its speaker. */
    static final int REPEATED_MIN_WORDS = 3;
    /** How far back "the department said" looks for an organization whose name says it is one. */
    static final int KIND_REACH = 1500;
    /** How many characters before a speech verb its subject is looked for ("the former general", "It"). */
    static final int LEAD_REACH = 40;
    /** How far after an organization's name its speech verb may come, past an apposition. */
    static final int SPOKE_REACH = 80;

    /** Where a quotation's marks sit: {@code start} at the opening mark, {@code end} after the closing one. */
    record Marks(int start, int end) {
    }

    public List<Quote> find(String text, List<TextSpan> sentences, List<Entity> entities, List<EntityCluster> clusters) {
        Map<String, EntityCluster> clusterById = new HashMap<>();
        for (EntityCluster cluster : clusters) {
            clusterById.put(cluster.id(), cluster);
        }
        List<Quote> quotes = new ArrayList<>();
        Entity lastSpeaker = null;
        Marks previous = null;
        Entity previousSpeaker = null;
        Marks lastMarks = null;
        List<Marks> allMarks = findMarks(text);
        Names names = new Names(entities, outsideQuotes(entities, allMarks), sexByCluster(text, entities, clusterById));
        int headlineEnd = headlineEnd(text);
        for (Marks marks : allMarks) {
            String quoted = text.substring(marks.start(), marks.end());
            int words = countWords(quoted);
            Frame frame = frame(text, sentences, marks);
            // 'said China “firmly opposes” the sale and would take “resolute countermeasures”': what was said goes on
            // past a quote the same verb introduced
            boolean afterQuoteOfVerb = lastMarks != null && lastMarks == previous && previousSpeaker != null
                    && previous.start() >= frame.start();
            Attribution attribution = attribute(text, frame, marks, names, lastSpeaker, words > SCARE_MAX_WORDS,
                    afterQuoteOfVerb ? previous.end() : -1);
            lastMarks = marks;
            Entity speaker = attribution.speaker();
            if (speaker == null && !attribution.hasSpeechVerb()
                    && (continues(text, previous, marks) || opensSentenceAfterQuote(text, sentences, previous, marks))
                    && !namesAnotherPerson(text, names.outside(), previous, marks, previousSpeaker)) {
                // '‘Voters deserve honesty,’ Healey said. ‘They will get it from us.’': the same voice goes on
                speaker = previousSpeaker;
            }
            if (speaker == null && !attribution.hasSpeechVerb() && words > LABEL_MAX_WORDS) {
                // 'Olusegun Adebayo, policy director at Oxfam, said the cut would cost lives. "Cutting aid …"': a
                // quote opening a sentence goes on from the speaker of the reported speech right before it
                speaker = speakerOfSentenceBefore(text, sentences, marks, allMarks, names, lastSpeaker);
            }
            Matcher addressing = speaker == null && !attribution.hasSpeechVerb() && words > SCARE_MAX_WORDS
                    && lastSpeaker != null ? PRONOUN_ADDRESSING.matcher(text).region(frame.start(), marks.start()) : null;
            if (addressing != null && addressing.lookingAt() && names.agrees(lastSpeaker, sexOf(addressing.group(1)))) {
                // 'Israeli Ambassador Yael Bar-Tov said …. She thanked senators for acting "with speed and moral
                // clarity."': the one who thanks, praises or urges says the words
                speaker = lastSpeaker;
            }
            if (speaker == null && attribution.hasSpeechVerb() && previous != null && previous.end() >= frame.start()
                    && SAME_SUBJECT_GOES_ON.matcher(text.substring(previous.end(), marks.start())).find()
                    && !namesAnotherPerson(text, names.outside(), previous, marks, previousSpeaker)) {
                // 'The statement described Hamas as "…" and said the funding would help Israel confront "…"'
                speaker = previousSpeaker;
            }
            boolean headlineSpeaker = false;
            if (speaker == null && words > SCARE_MAX_WORDS) {
                // "Okonkwo: UK aid cut to pay for tanks ‘will cost lives in Kano’": a headline that opens with a name
                // and a colon gives that person's words
                speaker = personOpeningHeadline(text, headlineEnd, marks, names.all());
                headlineSpeaker = speaker != null;
            }
            boolean headlineSubject = false;
            if (speaker == null && marks.end() <= headlineEnd) {
                // "Harcourt hails 'historic' £6.5bn Ukraine vote", "… as minister vows 'no choice between heating and
                // eating'": the subject of a headline's verb of speech, named or by the office the body gives them
                speaker = headlineSubject(text, headlineEnd, marks, names.all());
                headlineSubject = speaker != null;
                headlineSpeaker = headlineSubject;
            }
            // '"…," she said. "Predictability does."': a whole sentence the same voice goes on with is no label
            boolean goesOnWithSentence = speaker != null && speaker == previousSpeaker
                    && WHOLE_SENTENCE.matcher(quoted).matches();
            boolean scare = words <= SCARE_MAX_WORDS && !goesOnWithSentence && (!attribution.introducesQuote()
                    || speaker == null || isAttributiveLabel(text, marks))
                    || words <= LABEL_MAX_WORDS && speaker == null && !attribution.hasSpeechVerb()
                    || words <= LABEL_MAX_WORDS && SO_CALLED.matcher(text.substring(frame.start(), marks.start())).find()
                    // "Warsaw's “buy now, build later” strategy": a label between an owner and the noun it qualifies
                    || words <= LABEL_MAX_WORDS && isAttributiveLabel(text, marks)
                    && endsRightBefore(POSSESSIVE_BEFORE, text, marks.start());
            // "Whitcombe’s promised “pause” on foreign aid", "Sweden's revived “total defence” doctrine": a word or
            // two naming what an owner did, no one's speech
            scare |= words <= SCARE_MAX_WORDS && endsRightBefore(POSSESSIVE_PARTICIPLE_BEFORE, text, marks.start());
            scare &= !headlineSubject;
            if (scare) {
                quotes.add(new Quote(marks.start(), marks.end(), quoted, QuoteKind.SCARE, null, null, null));
                continue;
            }
            if (speaker != null && speaker.type() == EntityType.PERSON) {
                lastSpeaker = speaker;
            }
            previous = marks;
            previousSpeaker = speaker;
            String name = null;
            String cluster = null;
            if (speaker != null) {
                EntityCluster c = clusterById.get(speaker.cluster());
                name = c != null ? c.name() : speaker.text();
                cluster = speaker.cluster();
            }
            quotes.add(new Quote(marks.start(), marks.end(), quoted, QuoteKind.DIRECT, name, cluster,
                    attribution.hasSpeechVerb() && !headlineSpeaker ? attribution.medium() : null));
        }
        return withRepeatedSpeakers(text, headlineEnd, quotes, names.all());
    }

    /**
     * The person named at the start of a headline, after at most four words, before a colon ("Okonkwo: …", "Labour
     * rebel Kealy: …"), when the quote lies in that headline: the first paragraph of the text, one line with no full
     * stop.
     */
    private static Entity personOpeningHeadline(String text, int headlineEnd, Marks marks, List<Entity> entities) {
        if (marks.end() > headlineEnd) {
            return null;
        }
        for (Entity entity : entities) {
            if (entity.start() >= headlineEnd) {
                break;
            }
            if (entity.type() == EntityType.PERSON && text.startsWith(":", entity.end())
                    && HEADLINE_DESCRIPTOR.matcher(text.substring(0, entity.start())).matches()) {
                return entity;
            }
        }
        return null;
    }

    /**
     * The person who speaks a headline's quote as the subject of its verb of speech, in the clause right before the
     * quote ("KMT's Wu demands 'line-by-line' review", "… as air chief says 'no time to waste'"): a person named there,
     * or, for an office ("minister", "defence secretary"), the first person of the body the office is given to, before
     * the name ("Energy Minister Ioana Mărgineanu") or in commas right after it.
     */
    private static Entity headlineSubject(String text, int headlineEnd, Marks marks, List<Entity> entities) {
        int clauseStart = Math.max(0, HEADLINE_CLAUSE_START.matcher(text.substring(0, marks.start())).results()
                .mapToInt(MatchResult::end).max().orElse(0));
        Matcher word = WORD.matcher(text).region(clauseStart, marks.start());
        int verb = -1;
        while (word.find()) {
            String lower = word.group().toLowerCase(Locale.ROOT);
            if (HEADLINE_VERBS.contains(lower) || HEADLINE_SPEECH_VERBS.contains(lower)) {
                verb = word.start();
                break;
            }
        }
        if (verb < 0) {
            return null;
        }
        String subject = text.substring(clauseStart, verb).strip();
        for (Entity entity : entities) {
            if (entity.start() >= clauseStart && entity.end() <= verb && entity.type() == EntityType.PERSON
                    && text.substring(entity.end(), verb).isBlank()) {
                return entity; // "Harcourt hails", "KMT's Wu demands"
            }
        }
        Matcher office = HEADLINE_OFFICE.matcher(subject);
        if (!office.find()) {
            return null;
        }
        // every holder of the office the body names, with the words it names them by
        Pattern officeWord = wholeWord(office.group(1).toLowerCase(Locale.ROOT));
        Map<String, Entity> holders = new LinkedHashMap<>();
        Map<String, String> described = new HashMap<>();
        for (Entity entity : entities) {
            if (entity.start() < headlineEnd || entity.type() != EntityType.PERSON
                    || holders.containsKey(entity.cluster())) {
                continue;
            }
            String before = text.substring(Math.max(headlineEnd, entity.start() - OFFICE_REACH), entity.start());
            before = before.substring(Math.max(before.lastIndexOf(". "), before.lastIndexOf('\n')) + 1);
            Matcher after = APPOSITION_AFTER.matcher(text).region(entity.end(),
                    Math.min(text.length(), entity.end() + APPOSITION_REACH));
            String description = (before + " " + (after.lookingAt() ? after.group() : "")).toLowerCase(Locale.ROOT);
            if (officeWord.matcher(description).find()) {
                holders.put(entity.cluster(), entity);
                described.put(entity.cluster(), description);
            }
        }
        if (holders.size() > 1) {
            // "Danish minister says": of several ministers, the one the body describes with every word of the subject
            List<Pattern> qualifiers = WORD.matcher(subject.substring(0, office.start()).toLowerCase(Locale.ROOT))
                    .results().map(qualifier -> wholeWord(qualifier.group())).toList();
            holders.keySet().removeIf(cluster -> qualifiers.isEmpty()
                    || !qualifiers.stream().allMatch(qualifier -> qualifier.matcher(described.get(cluster)).find()));
        }
        return holders.size() == 1 ? holders.values().iterator().next() : null;
    }

    /** A lower-case word standing whole, not inside another ("chief", not in "mischief"). */
    private static Pattern wholeWord(String lowerWord) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(lowerWord) + "(?![\\p{L}\\p{N}])");
    }

    /** Where the headline ends: the end of the text's first paragraph if it is one line without a full stop, else 0. */
    private static int headlineEnd(String text) {
        int end = text.indexOf("\n\n");
        if (end < 0) {
            return 0;
        }
        String first = text.substring(0, end);
        return first.isBlank() || first.indexOf('\n') >= 0 || HEADLINE_STOP.matcher(first).find() ? 0 : end;
    }

    /**
     * A quote with no speaker whose words a named speaker says in another quote is theirs: a headline quotes the body
     * ("‘WE WON’T BE BULLIED’: Defence boss vows…" and later "“We won’t be bullied by a tyrant…,” he told The Sun").
     */
    private static List<Quote> withRepeatedSpeakers(String text, int headlineEnd, List<Quote> quotes,
                                                    List<Entity> entities) {
        List<String> spoken = new ArrayList<>(quotes.size()); // " words " of each quote with a speaker, else null
        for (Quote quote : quotes) {
            spoken.add(quote.kind() == QuoteKind.DIRECT && quote.speaker() != null ? " " + comparable(quote.text()) + " " : null);
        }
        Map<String, EntityType> typeOfCluster = new HashMap<>();
        for (Entity entity : entities) {
            typeOfCluster.putIfAbsent(entity.cluster(), entity.type());
        }
        boolean headlineReports = headlineEnd > 0 && reportsSpeech(text.substring(0, headlineEnd));
        List<Quote> result = new ArrayList<>(quotes.size());
        for (Quote quote : quotes) {
            Quote source = null;
            String words = " " + comparable(quote.text()) + " ";
            // a scare quote of three or four words too: the headline's "Our border comes first"
            if (quote.speaker() == null && countWords(quote.text()) >= REPEATED_MIN_WORDS) {
                for (int i = 0; i < quotes.size() && source == null; i++) {
                    if (spoken.get(i) != null && spoken.get(i).contains(words)) {
                        source = quotes.get(i);
                    }
                }
            }
            // "… as envoy says vote 'bought us time'", "Canary Islands leader says Madrid has ‘abandoned’ islands": a
            // headline that reports speech without naming the speaker quotes the person the body gives those words to
            if (quote.end() <= headlineEnd && headlineReports
                    && typeOfCluster.get(quote.cluster()) != EntityType.PERSON) {
                boolean single = countWords(quote.text()) == 1;
                for (int i = 0; i < quotes.size(); i++) {
                    Quote body = quotes.get(i);
                    if (body.start() >= headlineEnd && spoken.get(i) != null
                            && typeOfCluster.get(body.cluster()) == EntityType.PERSON
                            && (single ? spoken.get(i).equals(words) : spoken.get(i).contains(words))) {
                        source = body;
                        break;
                    }
                }
            }
            result.add(source == null ? quote : new Quote(quote.start(), quote.end(), quote.text(), QuoteKind.DIRECT,
                    source.speaker(), source.cluster(), null));
        }
        return result;
    }

    private static boolean reportsSpeech(String headline) {
        Matcher word = WORD.matcher(headline.toLowerCase(Locale.ROOT));
        while (word.find()) {
            if (SpeechVerbs.isSpeechVerb(word.group()) || HEADLINE_VERBS.contains(word.group())) {
                return true;
            }
        }
        return false;
    }

    private static Sex opposite(Sex sex) {
        return sex == Sex.MALE ? Sex.FEMALE : sex == Sex.FEMALE ? Sex.MALE : Sex.UNKNOWN;
    }

    /** A quote's words in lower case, without marks or punctuation, one space apart. */
    private static String comparable(String quoted) {
        StringBuilder words = new StringBuilder();
        Matcher word = WORD.matcher(quoted.toLowerCase(Locale.ROOT).replace('’', '\''));
        while (word.find()) {
            if (!words.isEmpty()) {
                words.append(' ');
            }
            words.append(word.group().replaceAll("'+$", "")); // "bullied’" closing a single-quoted quote
        }
        return words.toString();
    }

    /**
     * The entities a quote may be attributed to: {@code all} of them, and those {@code outside} quotation marks, to
     * which a pronoun or "the ministry" can point ('"We will not let Putin win," he said' is not Putin's).
     */
    private record Names(List<Entity> all, List<Entity> outside, Map<String, Sex> sexByCluster) {
        /** Whether a pronoun of sex {@code wanted} (null for "they") can stand for the person. */
        /** Whether a pronoun of sex {@code wanted} can stand for {@code person}; "they" ({@code null}) stands for none. */
        boolean agrees(Entity person, Sex wanted) {
            Sex sex = sexByCluster.getOrDefault(person.cluster(), Sex.UNKNOWN);
            return wanted != null && (sex == Sex.UNKNOWN || sex == wanted);
        }
    }

    /** The sex a subject pronoun stands for: null for "they". */
    private static Sex sexOf(String pronoun) {
        String word = pronoun.strip().toLowerCase(Locale.ROOT);
        return word.equals("he") ? Sex.MALE : word.equals("she") ? Sex.FEMALE : null;
    }

    /**
     * The sex of each person's cluster, from the given name of its full form ("Yasmin Haddad") or else from a title
     * before a mention ("Mr Kinross"); absent when neither tells.
     */
    private static Map<String, Sex> sexByCluster(String text, List<Entity> entities, Map<String, EntityCluster> clusters) {
        Map<String, Sex> sexes = new HashMap<>();
        for (Entity entity : entities) {
            if (entity.type() != EntityType.PERSON || entity.cluster() == null) {
                continue;
            }
            EntityCluster cluster = clusters.get(entity.cluster());
            String[] words = (cluster != null ? cluster.name() : entity.text()).split("\\s+");
            // "Park Ji-won": a Korean given name after the family name
            String given = words.length > 1 && KOREAN_GIVEN_NAME.matcher(words[words.length - 1]).matches()
                    ? words[words.length - 1] : words[0];
            Sex sex = GivenNameSex.of(given);
            if (sex == Sex.UNKNOWN) {
                Matcher title = SEX_TITLE_BEFORE.matcher(text.substring(Math.max(0, entity.start() - 8), entity.start()));
                sex = !title.find() ? Sex.UNKNOWN : title.group(1) != null ? Sex.MALE : Sex.FEMALE;
            }
            if (sex != Sex.UNKNOWN) {
                sexes.putIfAbsent(entity.cluster(), sex);
            }
        }
        return sexes;
    }

    private static List<Entity> outsideQuotes(List<Entity> entities, List<Marks> marks) {
        List<Entity> outside = new ArrayList<>(entities.size());
        int m = 0;
        for (Entity entity : entities) {
            while (m < marks.size() && marks.get(m).end() <= entity.start()) {
                m++;
            }
            if (m == marks.size() || marks.get(m).start() >= entity.end()) {
                outside.add(entity);
            }
        }
        return outside;
    }

    /**
     * Whether a quote opening a sentence carries on the direct quote before it: same paragraph, and between them
     * only a short attribution ("Healey said.") and no other quote; or the next paragraph, when the quote before was
     * left open at the end of its own or when the quote is the whole of the next paragraph.
     */
    private static boolean continues(String text, Marks previous, Marks marks) {
        if (previous == null || marks.start() - previous.end() > CONTINUATION_GAP) {
            return false;
        }
        String between = text.substring(previous.end(), marks.start());
        if (between.isBlank() && between.contains("\n\n") && !isQuotationMark(text.charAt(previous.end() - 1))) {
            return true; // the paragraph after a quote left open goes on with it
        }
        if (between.indexOf("\n\n") >= 0 && between.indexOf("\n\n") == between.lastIndexOf("\n\n")
                && between.substring(between.indexOf("\n\n")).isBlank() && isParagraphOfItsOwn(text, marks)) {
            // '"…," he told the ABC on Tuesday. / "Around 20,000 Australians will work on it."': a paragraph that is
            // only a quote goes on with the speaker of the paragraph before
            return true;
        }
        return !between.contains("\n\n") && SENTENCE_END.matcher(between).find();
    }

    /**
     * Whether a quote opens the sentence right after the one that holds the previous quote, in the same paragraph, however
     * long that sentence ('“…,” said Ilze Kalniņa, the Latvian foreign minister, who led the push for … . “Every
     * barrel they cannot sell is a shell they cannot fire.”').
     */
    private static boolean opensSentenceAfterQuote(String text, List<TextSpan> sentences, Marks previous, Marks marks) {
        if (previous == null || text.substring(previous.end(), marks.start()).contains("\n\n")) {
            return false;
        }
        TextSpan before = null;
        for (TextSpan sentence : sentences) {
            if (sentence.end() <= marks.start()) {
                before = sentence;
            } else {
                if (sentence.start() > marks.start() || !text.substring(sentence.start(), marks.start()).isBlank()) {
                    return false; // the quote does not open its sentence
                }
                break;
            }
        }
        return before != null && before.start() < previous.end() && previous.end() <= before.end();
    }

    /** Whether a quote makes up its paragraph, with at most punctuation after it. */
    private static boolean isParagraphOfItsOwn(String text, Marks marks) {
        int next = text.indexOf("\n\n", marks.end());
        String after = text.substring(marks.end(), next < 0 ? text.length() : next);
        return after.chars().noneMatch(Character::isLetterOrDigit);
    }

    private static boolean isQuotationMark(char c) {
        return "\"“”‘’'«»".indexOf(c) >= 0;
    }

    /**
     * The person who speaks in the sentence right before a quote that opens its own sentence, in the same paragraph
     * and with no quotation of its own ("X said the cut would cost lives."), else null.
     */
    private static Entity speakerOfSentenceBefore(String text, List<TextSpan> sentences, Marks marks,
                                                  List<Marks> allMarks, Names names, Entity lastSpeaker) {
        TextSpan before = null;
        for (TextSpan sentence : sentences) {
            if (sentence.end() <= marks.start()) {
                before = sentence;
            } else if (sentence.start() <= marks.start() && !text.substring(sentence.start(), marks.start()).isBlank()) {
                return null; // the quote does not open its sentence
            }
        }
        TextSpan sentence = before;
        // a quote in the sentence before has its own speaker; an apostrophe is no quote ("Ukraine’s ambassador")
        if (before == null || text.substring(before.end(), marks.start()).contains("\n\n")
                || allMarks.stream().anyMatch(other -> other.start() < sentence.end()
                && other.end() > sentence.start())) {
            return null;
        }
        Verb verb = lastVerb(text.substring(before.start(), before.end()), before.start(), false);
        if (verb == null) {
            // "Gen. Rafał Śliwiński, chief of the general staff, struck a darker note on Nov. 12. '…'": a person who
            // opens the sentence before and sets its tone speaks next
            Matcher tone = TONE_BEFORE_QUOTE.matcher(text).region(before.start(), before.end());
            return tone.find() ? firstPersonOpening(names.outside(), text, before) : null;
        }
        if (text.regionMatches(true, verb.start(), "according", 0, 9)) {
            return null;
        }
        Entity speaker = subject(text, names, before.start(), verb, before.end(), lastSpeaker);
        return speaker != null && speaker.type() == EntityType.PERSON ? speaker : null;
    }

    /** The person whose name opens a sentence, after at most a title's words ("Gen. Rafał Śliwiński, chief of …"). */
    private static Entity firstPersonOpening(List<Entity> entities, String text, TextSpan sentence) {
        for (Entity entity : entities) {
            if (entity.start() >= sentence.start() && entity.end() <= sentence.end()) {
                boolean opens = entity.start() - sentence.start() <= 30 && TITLE_WORDS_ONLY.matcher(text.substring(
                        sentence.start(), entity.start())).matches();
                return entity.type() == EntityType.PERSON && opens ? entity : null;
            }
        }
        return null;
    }

    /** Whether a person other than {@code speaker} is named between two quotes ('"…," said A. B disagreed. "…"'). */
    private static boolean namesAnotherPerson(String text, List<Entity> entities, Marks previous, Marks marks,
                                              Entity speaker) {
        for (Entity entity : entities) {
            // "Laurent Grasset, Valmont's chief executive, told POLITICO": a name that qualifies another is no voice
            if (entity.type() == EntityType.PERSON && entity.start() >= previous.end() && entity.end() <= marks.start()
                    && (speaker == null || !entity.cluster().equals(speaker.cluster())) && !isModifier(text, entity)
                    && !TOLD_BEFORE.matcher(wordsBefore(text, entity)).find()) { // "he told Les Echos": whom he told
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a quote stands between a determiner or an owner and a noun it qualifies: the government's "deterrence
     * first" posture, a 3.5% "core" target, the "warm home" payment: a label, whoever else speaks in the sentence.
     */
    private static boolean isAttributiveLabel(String text, Marks marks) {
        String before = text.substring(Math.max(0, marks.start() - 40), marks.start());
        return !AS_BEFORE.matcher(before).find() && LABEL_BEFORE.matcher(before).find()
                && LABELLED_NOUN_AFTER.matcher(text).region(marks.end(), Math.min(text.length(), marks.end() + 30)).lookingAt();
    }

    /**
     * Whether the word before {@code at} is a lower-case noun that a participle there qualifies: "an air defence
     * network dubbed “T-Dome”", not "who dubbed it" or "critics have dubbed".
     */
    private static boolean isAfterNoun(String text, int from, int at) {
        Matcher word = WORD_BEFORE.matcher(text).region(Math.max(from, at - WORDS_BEFORE_REACH), at);
        return word.useTransparentBounds(true).find() && !NOT_NOUNS_BEFORE_PARTICIPLE.contains(word.group(1));
    }

    /**
     * Whether {@code pattern}, anchored at its end, matches the words right before {@code at} in {@code text}: only the
     * last {@value #WORDS_BEFORE_REACH} characters are searched, with word boundaries seen across the window's start.
     */
    private static boolean endsRightBefore(Pattern pattern, String text, int at) {
        return pattern.matcher(text).region(Math.max(0, at - WORDS_BEFORE_REACH), at).useTransparentBounds(true).find();
    }

    private static int countWords(String quoted) {
        Matcher matcher = WORD.matcher(quoted);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    // ---- finding the marks ------------------------------------------------------------------------------

    /** Pairs opening and closing marks paragraph by paragraph; an unclosed quote ends with its paragraph. */
    static List<Marks> findMarks(String text) {
        List<Marks> marks = new ArrayList<>();
        int paragraphStart = 0;
        while (paragraphStart < text.length()) {
            int paragraphEnd = text.indexOf("\n\n", paragraphStart);
            if (paragraphEnd < 0) {
                paragraphEnd = text.length();
            }
            findMarksIn(text, paragraphStart, paragraphEnd, marks);
            paragraphStart = paragraphEnd + 2;
        }
        return marks;
    }

    private static void findMarksIn(String text, int from, int to, List<Marks> into) {
        int open = -1;
        char closer = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (open < 0) {
                if (c == '“') {
                    open = i;
                    closer = '”';
                } else if (c == '«') {
                    open = i;
                    closer = '»'; // « French quotation marks »
                } else if (c == '"') {
                    open = i;
                    closer = '"';
                } else if ((c == '‘' || c == '\'') && isOpeningSingle(text, i, from)) {
                    open = i;
                    closer = c == '‘' ? '’' : '\'';
                }
            } else if (c == closer || (closer == '"' && c == '”') || (closer == '”' && c == '"')) {
                if ((closer == '’' || closer == '\'') && !isClosingSingle(text, i, to)) {
                    continue;
                }
                if (i > open + 1) {
                    into.add(new Marks(open, i + 1));
                }
                open = -1;
            }
        }
        // a quote left open at the end of a paragraph goes on in the next, which opens with a mark again; with single
        // marks only then, as an apostrophe may close it ("‘But support is not … ammunition. / ‘The Treasury …’")
        if (open >= 0 && (closer != '\'' && closer != '’' || opensNextParagraph(text, to, text.charAt(open)))) {
            int end = to;
            while (end > open + 1 && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (end > open + 1) {
                into.add(new Marks(open, end));
            }
        }
    }

    /** Whether the paragraph after the one ending at {@code end} opens with the quotation mark {@code mark}. */
    private static boolean opensNextParagraph(String text, int end, char mark) {
        int next = end;
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        return next > end && next < text.length() && text.charAt(next) == mark;
    }

    private static boolean isOpeningSingle(String text, int i, int from) {
        boolean startsWord = i + 1 < text.length() && (Character.isLetterOrDigit(text.charAt(i + 1))
                || Character.getType(text.charAt(i + 1)) == Character.CURRENCY_SYMBOL); // "a ‘£2.2bn hole’"
        boolean afterSpace = i == from || Character.isWhitespace(text.charAt(i - 1)) || text.charAt(i - 1) == '('
                || text.charAt(i - 1) == '"' || text.charAt(i - 1) == '“' || text.charAt(i - 1) == '—';
        return startsWord && afterSpace;
    }

    private static boolean isClosingSingle(String text, int i, int to) {
        // an apostrophe inside a word ("don't", "Blinken's") is not a closing mark
        boolean letterAfter = i + 1 < to && Character.isLetter(text.charAt(i + 1));
        return !letterAfter;
    }

    // ---- attribution ------------------------------------------------------------------------------------

    /** The text around a quote that may name its speaker: from the start of its first sentence to the end of its last. */
    record Frame(int start, int end) {
    }

    private static Frame frame(String text, List<TextSpan> sentences, Marks marks) {
        int start = marks.start();
        int end = marks.end();
        for (TextSpan sentence : sentences) {
            if (sentence.overlaps(marks.start(), marks.end()) || sentence.contains(marks.start())) {
                start = Math.min(start, sentence.start());
                end = Math.max(end, sentence.end());
            }
        }
        // a quote that ends its sentence is often attributed in the words right after it: '"…," Healey said.'
        int paragraphEnd = text.indexOf("\n\n", end);
        if (paragraphEnd < 0) {
            paragraphEnd = text.length();
        }
        return new Frame(start, Math.min(end, paragraphEnd));
    }

    record Attribution(Entity speaker, String medium, boolean hasSpeechVerb, boolean introducesQuote) {
    }

    /** A speech verb's position. */
    private record Verb(int start, int end) {
    }

    private static Attribution attribute(String text, Frame frame, Marks marks, Names names, Entity lastSpeaker,
                                         boolean longQuote, int reportedFrom) {
        List<Entity> entities = names.outside();
        String before = text.substring(frame.start(), marks.start());
        String after = text.substring(marks.end(), frame.end());
        Verb verbBefore = lastVerb(before, frame.start(), longQuote);
        Verb verbAfter = firstVerbAfter(text, marks, after);
        boolean needsSpeaker = false;
        if (!longQuote) {
            // a word or two is quoted speech right beside its verb ('said "no"', '"Never," she said'), in what a
            // named speaker said ('told the paper that defence would be ‘protected’') or called something
            // ('called the plan ‘a con’'); elsewhere it is the writer's ('as Tories accuse Starmer of "dither"')
            Verb characterising = lastMatch(CHARACTERISING_VERB, before, frame.start());
            Verb accusing = lastMatch(ACCUSING_OF, before, frame.start());
            if (accusing != null && (characterising == null || accusing.start() > characterising.start())) {
                characterising = accusing; // "accused the government of “creative accounting”"
            }
            if (characterising != null && (text.startsWith("ing", characterising.end() - 3)
                    && !NAMED_OR_PRONOUN_SUBJECT.matcher(text.substring(frame.start(), characterising.start())).lookingAt()
                    // "with spokesperson Lior Hazan calling the move a “moral failure”": the participle's subject is
                    // named
                    && !personRightBefore(entities, text, characterising.start())
                    || LABEL_PARTICIPLE.matcher(text).region(characterising.start(), characterising.end()).matches()
                    && (PARTICIPLE_AFTER_COMMA.matcher(text.substring(frame.start(), characterising.start())).find()
                    || isAfterNoun(text, frame.start(), characterising.start())))) {
                // "calling the proceeds a 'peace dividend'", "a support scheme, dubbed the “warm home” payment": the
                // writer's word
                characterising = null;
            }
            boolean near = verbBefore != null && marks.start() - verbBefore.end() <= SHORT_QUOTE_REACH;
            boolean reported = verbBefore != null && !near && REPORTED_CLAUSE.matcher(
                    text.substring(Math.max(verbBefore.end(), reportedFrom), marks.start())).matches();
            boolean called = characterising != null && (marks.start() - characterising.end() <= CALLED_REACH
                    || characterising == accusing // its pattern bounds how far "accused … of" reaches
                    // "described the government in Kyiv as a “puppet regime”"
                    || marks.start() - characterising.end() <= 2 * CALLED_REACH
                    && AS_BEFORE.matcher(text.substring(characterising.end(), marks.start())).find())
                    && (verbBefore == null || characterising.start() > verbBefore.start());
            boolean soCalled = SO_CALLED.matcher(before).find();
            verbBefore = soCalled ? null : called ? characterising : near || reported ? verbBefore : null;
            needsSpeaker = called || reported;
            verbAfter = !soCalled && verbAfter != null && (verbAfter.start() - marks.end() <= SHORT_QUOTE_REACH
                    || NAME_BEFORE_VERB.matcher(text.substring(marks.end(), verbAfter.start())).matches()
                    // not a label after an owner, the writer's: 'Russia's "shadow fleet", Minister Nadia Haddad said'
                    && !POSSESSIVE_BEFORE.matcher(before).find()) ? verbAfter : null;
        }
        boolean colonIntro = before.stripTrailing().endsWith(":") || before.stripTrailing().endsWith(",");
        boolean hasVerb = verbBefore != null || verbAfter != null;

        Entity speaker = null;
        boolean accordingAfter = verbAfter != null && text.regionMatches(true, verbAfter.start(), "according", 0, 9);
        // '“asleep at the wheel” for years, and insisted Labour would …': a verb joined by "and" goes on with the
        // sentence's subject, and the name after it is no speaker
        boolean coordinated = verbAfter != null
                && COORDINATED_VERB.matcher(text.substring(marks.end(), verbAfter.start())).find();
        // 'Guo said Japan should "…", Xinhua reported' and '… said demand would stay high "…", while Park told Reuters':
        // the agency reports what the speaker before said, and "while" opens another speaker's clause
        if (verbAfter != null && ASKED_CLAUSE.matcher(text).region(frame.start(), marks.start()).matches()
                && text.substring(marks.end(), verbAfter.start()).contains(",")) {
            verbAfter = null; // 'Asked whether it would join the non-nuclear “Pillar II” of AUKUS, Ngātai said no'
        }
        boolean otherClauseAfter = verbAfter != null && verbBefore != null
                && (REPORTING_VERB.matcher(text).region(verbAfter.start(), verbAfter.end()).matches()
                || CLAUSE_OPENER.matcher(text.substring(marks.end(), verbAfter.start())).lookingAt());
        if (verbAfter != null
                && !(verbBefore != null && (colonIntro || accordingAfter || coordinated || otherClauseAfter))) {
            speaker = accordingAfter
                    // '"…," according to Bondar, who visited the front', but 'X described it as "…," according to
                    // the news agency': the agency reports, X said it
                    ? firstSpeakerIn(entities, verbAfter.end(), Math.min(frame.end(), verbAfter.end() + 80))
                    : subject(text, names, marks.end(), verbAfter, Math.min(frame.end(), verbAfter.end() + 60), lastSpeaker);
        }
        boolean anonymous = ANONYMOUS.matcher(before).find() || verbAfter != null && ANONYMOUS.matcher(
                text.substring(marks.end(), Math.min(frame.end(), verbAfter.end() + 80))).find();
        if (speaker == null && verbBefore != null) {
            String verb = text.substring(verbBefore.start(), verbBefore.end()).toLowerCase(Locale.ROOT);
            if (verb.startsWith("according")) {
                speaker = firstSpeakerIn(entities, verbBefore.end(), Math.min(marks.start(), verbBefore.end() + 80));
            } else {
                speaker = subject(text, names, frame.start(), verbBefore, marks.start(), lastSpeaker);
            }
        }
        if (speaker == null && accordingAfter) {
            // 'Britain has pledged £3bn … “for as long as it takes”, according to the Ministry of Defence': the verb
            // before found no speaker, the source named after does
            speaker = firstSpeakerIn(entities, verbAfter.end(), Math.min(frame.end(), verbAfter.end() + 80));
        }
        if (speaker == null && verbAfter != null
                && AND_THEN.matcher(text.substring(marks.end(), verbAfter.start())).matches()) {
            // 'Zelenskyy thanked "the French people" and said ...': the one who goes on to say is the clause's subject
            speaker = subject(text, names, frame.start(), new Verb(marks.start(), marks.start()), marks.start(), lastSpeaker);
        }
        Matcher pronounVerb = PRONOUN_VERB.matcher(before + " " + after);
        Matcher opensWithPronoun = OPENS_WITH_PRONOUN.matcher(before);
        boolean pronounVerbFound = pronounVerb.find();
        if (speaker == null && hasVerb && lastSpeaker != null && (pronounVerbFound || opensWithPronoun.lookingAt())) {
            // "He pointed to the pledge, calling it '…'": the sentence's subject is the person last quoted, if "he"
            // can stand for them
            String pronoun = !pronounVerbFound ? opensWithPronoun.group()
                    : pronounVerb.group(1) != null ? pronounVerb.group(1) : pronounVerb.group(2);
            speaker = names.agrees(lastSpeaker, sexOf(pronoun)) ? lastSpeaker : null;
        }
        if (speaker == null && colonIntro
                && !UNNAMED_SENTENCE_SUBJECT.matcher(text).region(frame.start(), marks.start()).lookingAt()) {
            // "Asked whether he could support it, Vance was blunt: '…'": the person before the colon, but not where
            // "A senior US official was blunter still, telling the paper: '…'"
            speaker = lastSubjectBefore(entities, frame.start(), marks.start());
            if (speaker == null && PRONOUN_SUBJECT.matcher(before).find()) {
                speaker = lastSpeaker; // "Then he went further: '…'": the person last quoted
            }
        }
        if (verbBefore != null && PASSIVE_BEFORE.matcher(text.substring(Math.max(frame.start(), verbBefore.start() - 20),
                verbBefore.start())).find()) {
            // "The rebellion was branded a “disgrace” by furious Tory MPs": who spoke follows "by", if anyone named
            speaker = agentAfter(text, entities, marks.end(), frame.end());
        }
        if (anonymous) {
            speaker = null; // "A senior official, speaking on condition of anonymity, said the White House would '…'"
        }
        if (!longQuote && speaker != null && speaker.start() < frame.start() && verbBefore != null
                && BODY_BEFORE.matcher(text.substring(Math.max(frame.start(), verbBefore.start() - LEAD_REACH),
                verbBefore.start())).find()) {
            // "The government insists there will be no repeat of the 2017 "gasolinazo"": a word or two is speech
            // only beside a speaker the sentence names, not a body guessed from an earlier one
            speaker = null;
        }
        String medium = medium(before, frame.start(), names.all());
        if (medium == null && !otherClauseAfter) {
            medium = medium(after, marks.end(), names.all());
        }
        if (needsSpeaker && speaker == null && verbAfter == null) {
            return new Attribution(null, null, false, false);
        }
        return new Attribution(speaker, medium, hasVerb, hasVerb || colonIntro && speaker != null);
    }

    /**
     * The person or body named right after "by" behind a quote ("… ‘a disgrace’ by Defence Secretary John Healey"),
     * or null when "by" introduces people the text does not name ("by furious Tory MPs", "by one senior minister").
     */
    private static Entity agentAfter(String text, List<Entity> entities, int from, int to) {
        Matcher by = AGENT.matcher(text).region(from, Math.min(to, from + 40));
        if (!by.lookingAt()) {
            return null;
        }
        for (Entity entity : entities) {
            if (entity.start() >= by.end() && entity.start() - by.end() <= 40 && entity.end() <= to
                    && (entity.type() == EntityType.PERSON || entity.type() == EntityType.ORGANIZATION)) {
                boolean unnamedMembers = entity.type() == EntityType.ORGANIZATION && UNNAMED_MEMBER.matcher(text)
                        .region(entity.end(), Math.min(text.length(), entity.end() + 20)).lookingAt();
                boolean close = TITLE_WORDS.matcher(text.substring(by.end(), entity.start())).matches();
                return close && !unnamedMembers ? entity : null;
            }
        }
        return null;
    }

    private static Verb lastMatch(Pattern pattern, String before, int offset) {
        Verb last = null;
        Matcher verb = pattern.matcher(before);
        while (verb.find()) {
            last = new Verb(offset + verb.start(), offset + verb.end());
        }
        return last;
    }

    /** The last speech verb in the words before a quote (characterising verbs count before a long quote). */
    private static Verb lastVerb(String before, int offset, boolean longQuote) {
        Verb last = null;
        for (Pattern pattern : longQuote ? List.of(SpeechVerbs.PATTERN, CHARACTERISING_VERB, ACCUSING_VERB)
                : List.of(SpeechVerbs.PATTERN)) {
            Matcher verb = pattern.matcher(before);
            while (verb.find()) {
                if (endsRightBefore(UNSAID_BEFORE, before, verb.start())) {
                    continue; // "Congress should say no to a $95 billion ‘emergency’": nothing was said
                }
                if (verb.group().equalsIgnoreCase("states") && (verb.group().equals("States")
                        || endsRightBefore(STATES_AS_NOUN, before, verb.start()))) {
                    continue; // "several member states, pleading “donor fatigue”", "the United States": no verb
                }
                if (last == null || offset + verb.start() > last.start()) {
                    last = new Verb(offset + verb.start(), offset + verb.end());
                }
            }
        }
        return last;
    }

    /**
     * A speech verb that attributes the quote from after it: close behind it, in the same sentence. A quote that
     * closes with a full stop ends its sentence ("‘… fund.’ He insisted …" starts another statement).
     */
    private static Verb firstVerbAfter(String text, Marks marks, String after) {
        char last = text.charAt(marks.end() - 2);
        if (last == '.' && marks.end() - marks.start() > 2) {
            return null;
        }
        Matcher verb = SpeechVerbs.PATTERN.matcher(after);
        if (!verb.find() || verb.start() >= VERB_AFTER_REACH || SENTENCE_BREAK.matcher(after).region(0, verb.start()).find()) {
            return null;
        }
        return new Verb(marks.end() + verb.start(), marks.end() + verb.end());
    }

    /**
     * Who speaks through a verb: a pronoun right before it is the last person named ("He insisted"); else the
     * person (else organization) right before it ("Healey said"), or one right after it with at most titles
     * between ("said Defence Secretary Grant Shapps"), the nearer one winning.
     */
    private static Entity subject(String text, Names names, int from, Verb verb, int to, Entity lastSpeaker) {
        List<Entity> entities = names.outside();
        // the words right before the verb, where its subject or a word joining it to an earlier verb stands
        String lead = text.substring(Math.max(from, verb.start() - LEAD_REACH), verb.start());
        Verb first = firstSpeechVerb(text, from, verb.start());
        if (first != null && AND_BEFORE.matcher(lead).find()) {
            // "She insisted Labour would ensure it '…', and told MPs the government had '…'": the first verb's subject
            return subject(text, names, from, first, first.start(), lastSpeaker);
        }
        Matcher pronoun = PRONOUN_BEFORE.matcher(lead);
        if (pronoun.find()) {
            // "Tregarthen said he had written to the chancellor, Martin Hollis. '…,' he said": he is the subject;
            // "she" passes over a man named since
            Sex wanted = sexOf(pronoun.group(1));
            if (wanted == null) {
                return null; // "Fourteen ministers disagreed. … they called the plan “a historic mistake”": a group
            }
            Entity person = lastPersonNotAnObject(text, names, verb.start(), wanted);
            int paragraph = paragraphStart(text, verb.start());
            // "Nino Beridze, a former deputy foreign minister, … “…,” she told me": a pronoun does not leave its
            // paragraph for the woman quoted before, though a list of given names calls Nino a man's name
            boolean sameParagraph = person == null || lastSpeaker == null || person.start() < paragraph
                    || lastSpeaker.start() >= paragraph;
            if (sameParagraph && person != null && lastSpeaker != null && person != lastSpeaker
                    && names.sexByCluster().getOrDefault(person.cluster(), Sex.UNKNOWN) == opposite(wanted)
                    && names.sexByCluster().getOrDefault(lastSpeaker.cluster(), Sex.UNKNOWN) == wanted) {
                // "Whitfield told CNN that Brennan was '…'. '…,' she said": both names tell their sex, so "she" goes on
                // with the woman last quoted
                return lastSpeaker;
            }
            return person != null ? person : lastSpeaker != null && names.agrees(lastSpeaker, wanted) ? lastSpeaker : null;
        }
        Entity described = personBeforeApposition(text, entities, from, verb);
        if (described != null) {
            return described; // "Lt. Col. Andre Whitfield, a Pentagon spokesman, said": the person, not the body
        }
        Entity describedBody = bodyOpeningWithApposition(text, entities, from, verb);
        if (describedBody != null) {
            // "The Global Times, a nationalist tabloid owned by the ruling Communist Party's flagship newspaper, said"
            return describedBody;
        }
        if (SPOKESPERSON_BEFORE.matcher(lead).find()) {
            // 'The Foreign Office said … A spokesperson added: "…"': the body that spoke last speaks through them
            Entity body = lastOrganizationBefore(entities, verb.start(), PRONOUN_REACH, org -> spoke(text, org));
            if (body != null) {
                return body;
            }
        }
        if (UNNAMED_SENTENCE_SUBJECT.matcher(text).region(from, verb.start()).lookingAt()
                && entities.stream().noneMatch(e -> e.type() == EntityType.PERSON && e.start() >= from
                && e.end() <= verb.start())) {
            return null; // "A senior figure in the Japan Innovation Party told NHK": the party did not speak
        }
        if (UNNAMED_SUBJECT.matcher(lead).find()) {
            return null; // "spending that auditors said was '…'": people the text does not name
        }
        if (ROLE_BEFORE.matcher(lead).find()) {
            // "'…,' the former general added": the person last named
            Entity person = lastPersonBefore(entities, verb.start());
            if (person != null) {
                return person;
            }
        }
        Matcher body = BODY_BEFORE.matcher(lead);
        if (body.find()) {
            Entity sayer = personSayingBefore(text, entities, from, verb);
            if (sayer != null) {
                return sayer; // "Labour MP Helen Mortimer said the report revealed “…”": her words, not the report's
            }
            // '"…," the ministry said', 'It said the aircraft "…"': the organization last named by its kind, else the
            // one that last spoke, else the last one named but not as a modifier ("the Hamas-led attack")
            String kind = body.group(1) == null ? null : body.group(1).toLowerCase(Locale.ROOT);
            Entity named = kind == null ? null : lastOrganizationBefore(entities, verb.start(), KIND_REACH,
                    org -> org.text().toLowerCase(Locale.ROOT).contains(kind)
                            || KNOWN_AS.getOrDefault(kind, Set.of()).contains(org.text()));
            if (named == null) {
                named = lastOrganizationBefore(entities, verb.start(), PRONOUN_REACH, org -> spoke(text, org));
            }
            // the body spoke even when we cannot name it: never a name after the verb or a preposition ("posted on
            // Telegram") nor one that qualified another speaker ('said AfD budget spokesman Rainer Kolbeck')
            return named != null ? named : lastOrganizationBefore(entities, verb.start(), PRONOUN_REACH,
                    org -> !isModifier(text, org) && !SPEECH_VERB_BEFORE.matcher(wordsBefore(text, org)).find()
                            && !AFTER_PREPOSITION.matcher(wordsBefore(text, org)).find());
        }
        // "Roger Wicker, the top Republican on the Armed Services Committee, told ...": a name after a preposition
        // speaks only when no other name can ("A spokesman for Johnson told reporters ...")
        if (text.startsWith("ing", verb.end() - 3)
                && PARTICIPLE_AFTER_COMMA.matcher(text.substring(from, verb.start())).find()) {
            Entity sayer = personSayingBefore(text, entities, from, verb);
            if (sayer != null) {
                return sayer; // "X warned that the government faces a shortfall, telling MSPs “…”": X tells them
            }
        }
        Entity subject = nearest(text, entities, from, verb, to, true);
        return subject != null ? subject : nearest(text, entities, from, verb, to, false);
    }

    /**
     * The person named right before an earlier speech verb of the same clause, whose report the later verb sits in
     * ("Helen Mortimer said the report revealed"), or null.
     */
    private static Entity personSayingBefore(String text, List<Entity> entities, int from, Verb verb) {
        Entity sayer = null;
        for (Entity entity : entities) {
            if (entity.type() != EntityType.PERSON || entity.start() < from || entity.end() >= verb.start()) {
                continue;
            }
            int at = entity.end();
            while (at < verb.start() && (Character.isWhitespace(text.charAt(at)) || text.charAt(at) == ',')) {
                at++;
            }
            Matcher said = SpeechVerbs.PATTERN.matcher(text).region(at, verb.start());
            if (at > entity.end() && said.lookingAt() && said.end() < verb.start()
                    && !SENTENCE_BREAK.matcher(text).region(said.end(), verb.start()).find()) {
                sayer = entity;
            }
        }
        return sayer;
    }

    private static Entity nearest(String text, List<Entity> entities, int from, Verb verb, int to, boolean skipPrepositional) {
        Entity best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Entity entity : entities) {
            if (entity.type() != EntityType.PERSON && entity.type() != EntityType.ORGANIZATION) {
                continue;
            }
            int distance;
            if (entity.end() <= verb.start() && entity.start() >= from) {
                if (isObject(text, entity, from) && !isParticiplesSubject(text, entity, verb)
                        || skipPrepositional && AFTER_PREPOSITION.matcher(
                        text.substring(Math.max(from, entity.start() - 12), entity.start())).find()
                        || entity.type() == EntityType.ORGANIZATION && UNNAMED_MEMBER.matcher(text).region(entity.end(),
                        Math.min(text.length(), entity.end() + 20)).lookingAt()) {
                    // "Le Pen accused [Macron] of ... and said": the one accused is not the one speaking; "One
                    // [Labour] backbencher said": an unnamed member speaks, not the party
                    continue;
                }
                distance = verb.start() - entity.end();
            } else if (entity.start() >= verb.end() && entity.end() <= to && !takesObjectAfter(text, verb)
                    && !ACCUSING_VERB.matcher(text).region(verb.start(), verb.end()).lookingAt()
                    && TITLE_WORDS.matcher(text.substring(verb.end(), entity.start())).matches()) {
                distance = entity.start() - verb.end() + 5;
            } else {
                continue;
            }
            if (entity.type() == EntityType.ORGANIZATION && distance > 1) {
                distance += 40; // a person near the verb speaks rather than the body named further off, not "the White House said"
            }
            if (distance < bestDistance) {
                best = entity;
                bestDistance = distance;
            }
        }
        return best != null && best.type() == EntityType.ORGANIZATION ? personOf(text, entities, from, best) : best;
    }

    /**
     * The person whose organization {@code body} is, named just before it ("Jörg Feldhaus of the Free Democratic
     * Party (FDP) said", "Bettina Kranz, chief executive of Hessler Wehrtechnik, put it"), else {@code body}.
     */
    private static Entity personOf(String text, List<Entity> entities, int from, Entity body) {
        Entity person = null;
        for (Entity entity : entities) {
            if (entity.type() == EntityType.PERSON && entity.start() >= from && entity.end() <= body.start()
                    && body.start() - entity.end() <= 120) {
                person = entity;
            }
        }
        if (person != null && MEMBER_OF.matcher(text.substring(person.end(), body.start())).matches()) {
            return person;
        }
        return body;
    }

    /**
     * "told", "tells", "urged": the name after it is whom the speaker told or urged ("told Politico", "urged Congress"),
     * never the speaker (but '"…?" asked Hsu Tzu-hao' is Hsu's).
     */
    private static boolean takesObjectAfter(String text, Verb verb) {
        return verb.end() > verb.start() && (text.regionMatches(true, verb.start(), "tel", 0, 3)
                || text.regionMatches(true, verb.start(), "urg", 0, 3)
                || text.regionMatches(true, verb.start(), "told", 0, 4)
                // "calling Delgado's remarks '…'": whom or what a speaker calls something is no speaker
                || CHARACTERISING_VERB.matcher(text).region(verb.start(), verb.end()).lookingAt());
    }

    /** Whether a verb or a relative "whose" right before the entity makes it an object, not a subject. */
    private static boolean isObject(String text, Entity entity, int from) {
        return OBJECT_BEFORE.matcher(text.substring(Math.max(from, entity.start() - 30), entity.start())).find();
    }

    /**
     * The person an apposition right before the verb describes: "Oleksandr Hnatiuk, an adviser to Ukraine's Ministry
     * of Defence, told AFP", "Eleanor Whitfield, R-Maine, who pushed for a second shipyard to join the program, said"
     * speak, not a name or a body inside the apposition; or null.
     */
    private static Entity personBeforeApposition(String text, List<Entity> entities, int from, Verb verb) {
        for (Entity entity : entities) {
            if (entity.type() == EntityType.PERSON && entity.start() >= from && entity.end() < verb.start()
                    && !isObject(text, entity, from) && !AFTER_PREPOSITION.matcher(wordsBefore(text, entity)).find()) {
                // not "A spokeswoman for [Brennan-Whitfield], Lauren Eastwood, said"
                String between = text.substring(entity.end(), verb.start());
                if (APPOSITION.matcher(between).matches() && !SENTENCE_BREAK.matcher(between).find()) {
                    return entity;
                }
            }
        }
        return null;
    }

    /** Whether a person's name ends right before {@code at}, with only spaces between. */
    private static boolean personRightBefore(List<Entity> entities, String text, int at) {
        for (Entity entity : entities) {
            if (entity.type() == EntityType.PERSON && entity.end() <= at && text.substring(entity.end(), at).isBlank()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The organization that opens the clause ({@code from}, perhaps after "The" and words in lower case) and is
     * described by an apposition right before the verb, or null: the body speaks, not one named in the apposition.
     */
    private static Entity bodyOpeningWithApposition(String text, List<Entity> entities, int from, Verb verb) {
        for (Entity entity : entities) {
            if (entity.start() < from || entity.end() >= verb.start()) {
                continue;
            }
            if (entity.type() != EntityType.ORGANIZATION
                    || !CLAUSE_OPENING.matcher(text.substring(from, entity.start())).matches()) {
                return null;
            }
            String between = text.substring(entity.end(), verb.start());
            return APPOSITION.matcher(between).matches() && !SENTENCE_BREAK.matcher(between).find() ? entity : null;
        }
        return null;
    }

    /**
     * Whether a name after "with" is the subject of a participle right behind it: "with the Kremlin saying in a
     * statement that …", not "met with the Kremlin".
     */
    private static boolean isParticiplesSubject(String text, Entity entity, Verb verb) {
        return WITH_BEFORE.matcher(wordsBefore(text, entity)).find()
                && text.startsWith("ing", verb.end() - 3) && text.substring(entity.end(), verb.start()).isBlank();
    }

    /**
     * The first speech verb between {@code from} and {@code to}, or null; not a participle that opens the clause, which
     * has no subject of its own ("Asked for comment, Haldane said …, and accused").
     */
    private static Verb firstSpeechVerb(String text, int from, int to) {
        Matcher verb = SpeechVerbs.PATTERN.matcher(text).region(from, to);
        while (verb.find()) {
            boolean opensClause = OPENING_MARKS.matcher(text).region(from, verb.start()).matches();
            if (!(opensClause && text.regionMatches(true, verb.end() - 2, "ed", 0, 2))) {
                return new Verb(verb.start(), verb.end());
            }
        }
        return null;
    }

    /** The last organization named before {@code at}, within {@code reach}, that {@code fits}. */
    private static Entity lastOrganizationBefore(List<Entity> entities, int at, int reach, Predicate<Entity> fits) {
        Entity last = null;
        for (Entity entity : entities) {
            if (entity.end() <= at && entity.type() == EntityType.ORGANIZATION && at - entity.end() < reach
                    && fits.test(entity)) {
                last = entity;
            }
        }
        return last;
    }

    /** Whether a speech verb follows the organization in its sentence ("The GAO, the congressional auditor, warned"). */
    private static boolean spoke(String text, Entity org) {
        if (text.startsWith("'s", org.end()) || text.startsWith("’s", org.end())) {
            return false; // "the ruling Communist Party's flagship newspaper, said": the owner did not speak
        }
        if (spokeWithin(text.substring(org.end(), Math.min(text.length(), org.end() + SPOKE_REACH)))) {
            return true;
        }
        // "The Global Times, a nationalist tabloid owned by …, said": an apposition may stand between
        String after = text.substring(org.end(), Math.min(text.length(), org.end() + 2 * SPOKE_REACH));
        Matcher verb = SpeechVerbs.PATTERN.matcher(after);
        return verb.find() && APPOSITION.matcher(after.substring(0, verb.start())).matches()
                && !SENTENCE_BREAK.matcher(after).region(0, verb.start()).find();
    }

    /** Whether a speech verb or a stance ends {@code after}'s first clause, with no quotation before it. */
    private static boolean spokeWithin(String after) {
        Matcher verb = SpeechVerbs.PATTERN.matcher(after);
        if (!verb.find()) {
            verb = STANCE_VERB.matcher(after); // "The Ministry of Defence rejected the findings. “…,” a spokesperson said"
            if (!verb.find()) {
                return false;
            }
        }
        return !SENTENCE_BREAK.matcher(after).region(0, verb.start()).find()
                && !after.substring(0, verb.start()).contains("\"") && !after.substring(0, verb.start()).contains("“");
    }

    /** The dozen characters before an entity, where a verb or a preposition governing it stands. */
    private static String wordsBefore(String text, Entity entity) {
        return text.substring(Math.max(0, entity.start() - 12), entity.start());
    }

    /** A name used to describe something else: "the Hamas-led attack", "UNRWA's largest donor". */
    private static boolean isModifier(String text, Entity org) {
        return org.end() < text.length() && (text.charAt(org.end()) == '-' || text.startsWith("'s", org.end())
                || text.startsWith("’s", org.end()));
    }

    /** The last person named before {@code at} who is no object of a verb or a preposition, else the last person. */
    private static Entity lastPersonNotAnObject(String text, Names names, int at, Sex wanted) {
        List<Entity> entities = names.outside();
        Entity last = null;
        Entity lastAgreeing = null;
        for (Entity entity : entities) {
            if (entity.end() > at || entity.type() != EntityType.PERSON || at - entity.end() >= PRONOUN_REACH) {
                continue;
            }
            boolean object = isObject(text, entity, 0) || PREPOSITIONAL_OBJECT.matcher(
                    text.substring(Math.max(0, entity.start() - LEAD_REACH), entity.start())).find()
                    || COMPANION_BEFORE.matcher(text.substring(Math.max(0, entity.start() - 60), entity.start())).find();
            if (!object || PARTICIPLE_AFTER.matcher(text).region(entity.end(), at).lookingAt()) {
                last = entity;
                Sex sex = names.sexByCluster().getOrDefault(entity.cluster(), Sex.UNKNOWN);
                if (wanted == null || sex != opposite(wanted)) {
                    lastAgreeing = entity;
                }
            }
        }
        if (last != null) {
            // "Ms Raman said Chancellor Daniel Ashworth had … '…,' she told MPs": "she" passes over a man named since,
            // in the pronoun's paragraph only ("Nino", a woman whom the lists call a man, quoted after a woman named
            // in the paragraph before)
            return lastAgreeing != null && lastAgreeing.start() >= paragraphStart(text, at) ? lastAgreeing : last;
        }
        Entity before = lastPersonBefore(entities, at);
        if (before != null) {
            return before;
        }
        // "Dr Yasmin Haddad … said opinion had shifted. [a long sentence] '…,' she said": the one woman named before
        // (within reach, a name's sex counts for nothing: "Rana" is a woman in Ankara and a man in Lahore)
        for (Entity entity : entities) {
            if (wanted != null && entity.end() <= at && entity.type() == EntityType.PERSON
                    && at - entity.end() < 2 * PRONOUN_REACH && names.sexByCluster().get(entity.cluster()) == wanted) {
                last = entity;
            }
        }
        if (last == null && wanted != null) {
            // "Finance Minister Efua Mensah-Bonsu insisted … [two long sentences] / '…,' she said": the one person
            // named in this paragraph or the one before, though no list tells her sex
            int paragraph = paragraphStart(text, at);
            int from = paragraph == 0 ? 0 : paragraphStart(text, paragraph - 2);
            Set<String> people = new HashSet<>();
            for (Entity entity : entities) {
                if (entity.end() <= at && entity.start() >= from && entity.type() == EntityType.PERSON) {
                    people.add(entity.cluster());
                    last = entity;
                }
            }
            return people.size() == 1
                    && names.sexByCluster().getOrDefault(last.cluster(), Sex.UNKNOWN) != opposite(wanted) ? last : null;
        }
        return last;
    }

    /** Where the paragraph that holds {@code at} starts: after the blank line before it, else 0. */
    private static int paragraphStart(String text, int at) {
        return text.lastIndexOf("\n\n", at) + 1;
    }

    private static Entity lastPersonBefore(List<Entity> entities, int at) {
        Entity last = null;
        for (Entity entity : entities) {
            if (entity.end() <= at && entity.type() == EntityType.PERSON && at - entity.end() < PRONOUN_REACH) {
                last = entity;
            }
        }
        return last;
    }

    /** Where the quote was said or written ("told Reuters", "wrote in The Atlantic"): never a day ("said on Monday"). */
    private static String medium(String words, int offset, List<Entity> entities) {
        Matcher matcher = MEDIUM.matcher(words);
        while (matcher.find()) {
            String name = withoutFullStop(matcher.group(1));
            int start = offset + matcher.start(1);
            // the date rules already know the days and months ("said on Monday"); a person is no outlet either
            boolean notAnOutlet = entities.stream().anyMatch(e ->
                    (e.type() == EntityType.DATE || e.type() == EntityType.PERSON) && e.start() < start + name.length() && start < e.end());
            // "told the Bundestag", "told Congress": an audience, not a medium
            if (!notAnOutlet && !LEGISLATURE.matcher(name).matches()) {
                return name;
            }
        }
        return null;
    }

    /** "told the BBC." ends a sentence: the outlet is "BBC"; an abbreviation keeps its stops ("N.Y.", "AP"). */
    static String withoutFullStop(String name) {
        int lastWord = name.lastIndexOf(' ') + 1;
        boolean abbreviation = name.indexOf('.', lastWord) < name.length() - 1;
        return name.endsWith(".") && !abbreviation ? name.substring(0, name.length() - 1) : name;
    }

    /** The first person named between {@code from} and {@code to}, else the first organization ("according to Kremlin spokesman Arkady Vetrov"). */
    private static Entity firstSpeakerIn(List<Entity> entities, int from, int to) {
        Entity organization = null;
        for (Entity entity : entities) {
            if (entity.start() >= from && entity.end() <= to) {
                if (entity.type() == EntityType.PERSON) {
                    return entity;
                }
                if (entity.type() == EntityType.ORGANIZATION && organization == null) {
                    organization = entity;
                }
            }
        }
        return organization;
    }

    private static Entity lastSubjectBefore(List<Entity> entities, int from, int to) {
        Entity last = null;
        for (Entity entity : entities) {
            if (entity.start() >= from && entity.end() <= to && entity.type() == EntityType.PERSON) {
                last = entity;
            }
        }
        return last;
    }

    static boolean isPronoun(String word) {
        return PRONOUNS.contains(word.toLowerCase(Locale.ROOT));
    }
}
