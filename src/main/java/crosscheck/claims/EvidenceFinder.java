package crosscheck.claims;

import crosscheck.model.ClaimType;
import crosscheck.model.Entity;
import crosscheck.model.EntityType;
import crosscheck.model.Quote;
import crosscheck.model.QuoteKind;
import crosscheck.model.Token;
import crosscheck.nlp.SpeechVerbs;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the evidence in one sentence: amounts, quotes, attributions, events, comparisons, causes, predictions, policy. Thread-safe. */
public final class EvidenceFinder {
    /** A subject that says nothing: "nobody in The Hague has yet explained who will pay". */
    private static final Pattern NOBODY_BEFORE = Pattern.compile("(?i)\\b(?:nobody|no\\s+one|no-one)\\b[^,.;:]{0,50}$");
    private static final Pattern NUMBER = Pattern.compile("\\b\\d[\\d,.]*\\b");
    /** The words of numbers, alone or hyphenated ("twenty-five"). */
    private static final Pattern NUMBER_WORD = Pattern.compile("(?i)(?:(?:one|two|three|four|five|six|seven|eight|"
            + "nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|"
            + "sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen|zero)-?)+s?");
    private static final Pattern COMPARISON = Pattern.compile(
            "(?i)\\b(?:more|less|fewer|higher|lower|larger|smaller|bigger|greater|faster|slower|cheaper)\\s+than\\b"
                    + "|(?<=\\b(?:the|its|his|her|their|our|[’']s)\\s)first\\b|\\bfirst-ever\\b"
                    + "|\\b(?:largest|biggest|highest|lowest|smallest|most|least|worst|best|record|only|"
                    + "unprecedented|doubled|tripled|halved)\\b|\\b\\w+est\\b(?<!\\b(?:interest|protest|request|test|west|"
                    + "suggest|contest|arrest|honest|modest|forest|latest|rest|invest|harvest|manifest|chest|nest|guest|quest|best|"
                    + "digest|pest|vest|jest|zest|crest))");
    private static final Pattern CAUSAL = Pattern.compile(
            "(?i)\\b(?:because|due\\s+to|led\\s+to|leads\\s+to|lead\\s+to|caused|causes|cause\\s+of|as\\s+a\\s+result|result(?:ed)?\\s+in|"
                    + "thanks\\s+to|so\\s+that|therefore|consequently|owing\\s+to|driven\\s+by|blamed|responsible\\s+for|fuel(?:ed|led|s)?)\\b");
    private static final Pattern PREDICTION = Pattern.compile(
            "(?i)\\b(?:will|would|shall|is\\s+expected\\s+to|are\\s+expected\\s+to|expects?|forecasts?|projected|projects|"
                    + "predicts?|plans?\\s+to|aims?\\s+to|is\\s+set\\s+to|are\\s+set\\s+to|by\\s+(?:19|20)\\d\\d|next\\s+year|going\\s+to)\\b");
    private static final Pattern POLICY = Pattern.compile(
            "(?i)\\b(?:bill|law|legislation|act|amendment|budget|funding|fund|package|appropriations?|supplemental|"
                    + "pledge[ds]?|polic(?:y|ies)|regulation|sanctions?|treaty|tax(?:es)?|tariffs?|spending|aid|vote[ds]?|"
                    + "veto(?:ed)?|manifesto|programme|program|scheme|deal|agreement|ceasefire)\\b");
    private static final Pattern EVENT_VERB = Pattern.compile(
            "(?i)\\b(?:approved|passed|voted|signed|announced|launched|attacked|killed|died|invaded|struck|fired|"
                    + "captured|seized|arrested|elected|won|lost|resigned|met|visited|agreed|rejected|vetoed|released|"
                    + "published|sent|delivered|deployed|shot|bombed|destroyed|declared|began|ended|opened|closed|held|"
                    + "introduced|unveiled|confirmed|reported|rose|fell|increased|decreased|grew|shrank|spent|cut|raised|"
                    + "called|dismissed|accused|criticised|criticized|condemned|denied|blamed|welcomed|praised|thanked|hailed|slammed|"
                    + "blasted|lambasted|backed|endorsed|opposed|disputed|questioned|challenged|refused|defended|"
                    + "threatened|ordered|proposed|admitted|acknowledged|arrived|travelled|traveled|flew|returned|hosted|"
                    + "stalled|collapsed|suspended|halted|resumed|withdrew|evacuated|expelled|imposed|lifted|reacted|responded|"
                    + "retaliated|protested|demanded|pushed|earmarked|allocated|bought|purchased|sold)\\b");
    /** Verbs after which a gerund is what is done, not what is said: "stop writing", "keep telling". */
    private static final Set<String> GOVERNS_A_GERUND = Set.of("stop", "stops", "stopped", "keep", "keeps", "kept",
            "start", "starts", "started", "quit", "avoid", "avoids", "continue", "continues");
    /** Speech verbs that open a sentence as orders to the reader: "Tell that to the family...". */
    private static final Set<String> IMPERATIVES = Set.of("tell", "say", "ask", "write");
    /** Parts of speech before a noun, not a verb: "the", "coastal". */
    private static final Set<String> NOUN_MODIFIERS = Set.of("DET", "ADJ");
    private static final Set<String> POSSESSIVES = Set.of("his", "her", "its", "their", "our", "my", "your");
    /**
     * Words before a number that name a set the reader knows rather than count something new: "the two newcomers",
     * "which of the 27 national arsenals", "its three partners".
     */
    private static final Set<String> KNOWN_SET_BEFORE = Set.of("the", "these", "those", "its", "their", "our", "both");
    /** The last word of a text, before any trailing punctuation or space. */
    private static final Pattern LAST_WORD = Pattern.compile("(\\w+)\\W*$");
    /** A share of something: "a third of the money", "two-thirds of voters", "half the budget". */
    private static final Pattern FRACTION = Pattern.compile(
            "(?i)\\b(?:(?:a|one|two|three|four)[\\s-](?:third|thirds|quarter|quarters|fifth|fifths|tenth|tenths)|half)"
                    + "\\s+(?:of|the)\\b");
    /** A measured distance, weight or volume: "a 15-kilometre zone", "60 nautical miles", "2,000 tonnes". */
    private static final Pattern MEASURE = Pattern.compile("(?i)\\b\\d[\\d,.]*[\\s-]?(?:nautical\\s+)?(?:kilomet(?:re|er)s?|km|"
            + "miles?|met(?:re|er)s?|millimet(?:re|er)s?|mm|tonnes?|tons|hectares?|acres?|barrels?|gallons?|lit(?:re|er)s?)\\b");
    /** A vote's tally: "311 to 112", "52-48". */
    private static final Pattern TALLY = Pattern.compile("\\b\\d{1,3}(?:\\s+to\\s+|-)\\d{1,3}\\b(?![-.,]?\\d)");
    private static final Pattern OPINION = Pattern.compile(
            "(?i)\\b(?:I\\s+(?:think|believe|feel|hope|guess)|in\\s+my\\s+(?:view|opinion)|deserves?|owes?|"
                    // the writer's shrug: "Whether … is another question", "… is anyone's guess", "remains to be seen"
                    + "(?:is|remains)\\s+(?:another|a\\s+different|an\\s+open)\\s+(?:question|matter)|anyone's\\s+guess|"
                    + "remains\\s+to\\s+be\\s+seen|"
                    // the writer's judgement: "It is hard to see how …", "That is rich coming from …", "not a good look"
                    + "it\\s+is\\s+(?:hard|difficult)\\s+to\\s+(?:see|imagine|believe|argue)|that\\s+is\\s+rich|"
                    + "(?:is|was)\\s+not\\s+a\\s+good\\s+look|would\\s+do\\s+well\\s+to|"
                    // the writer's rhetoric: "Shame on …", "For too long, …", "There is nothing strong about …"
                    + "shame\\s+on|for\\s+too\\s+long|there\\s+is\\s+(?:nothing|something)\\s+\\w+\\s+about|"
                    + "nothing\\s+of\\s+the\\s+kind|make\\s+no\\s+mistake|(?:nobody|no\\s+one)\\s+(?:disputes|doubts)|"
                    + "it\\s+is\\s+(?:time|clear|obvious|"
                    + "shameful|disgraceful)|(?:we|you|they|he|she|it|this|that|everyone|america|britain)\\s+(?:must|should|ought\\s+to|needs?\\s+to)"
                    + "|(?:must|should)\\s+(?:stop|end|act|never|not)|(?<=\\w\\s)(?<!\\b(?:what|which|who|whom|how|whether|where|when|why)\\s)should|ought\\s+to|shameful|disgraceful|outrageous|absurd|ridiculous|pathetic)\\b");
    /** A headline the outlet labels as the writer's view: "Opinion: Not one more dollar for …", "Comment | …". */
    private static final Pattern OPINION_LABEL = Pattern.compile("(?i)\\s*(?:opinion|comment|editorial|op-ed)\\s*[:|]");
    private static final Pattern CALL_TO_ACTION = Pattern.compile(
            "(?i)^(?:[^\\w\"“‘']*)(?:(?:if\\s+[^,.;]{1,60},|so,?|now,?|please)\\s+)?(?:let\\s+us|let's|join|sign|donate|call|write\\s+to|tell|stand|vote|demand|share|support|"
                    + "contact|act\\s+now|don't|do\\s+not|never|stop|help|make|take|imagine)\\b"
                    // a noun of the same spelling: "Support for helping Taiwan stood at 61%", "Demand for shells", "Share of"
                    + "(?!(?<=(?i:support|help|call|demand|share))\\s+for\\b)(?!\\s+(?:of|among)\\b)");

    public Evidence find(SentenceContext sentence) {
        String text = sentence.text();
        Set<ClaimType> types = EnumSet.noneOf(ClaimType.class);
        Set<String> reasons = new LinkedHashSet<>();
        int amounts = 0;
        int dates = 0;
        int names = 0;
        for (Entity entity : sentence.entities()) {
            switch (entity.type()) {
                case MONEY -> {
                    amounts++;
                    types.add(ClaimType.STATISTIC);
                    reasons.add("amount: " + entity.text());
                }
                case PERCENT -> {
                    amounts++;
                    types.add(ClaimType.STATISTIC);
                    reasons.add("percentage: " + entity.text());
                }
                case DATE -> dates++;
                default -> names++;
            }
        }
        if (amounts == 0 && hasCountedNumber(sentence)) {
            amounts++;
            types.add(ClaimType.STATISTIC);
            reasons.add("figure: " + firstNumberPhrase(sentence));
        }
        String figure = amounts == 0 ? firstMatch(text, FRACTION, TALLY, MEASURE) : null;
        if (figure != null) {
            amounts++;
            types.add(ClaimType.STATISTIC);
            reasons.add("figure: " + figure);
        }
        boolean quoted = false;
        for (Quote quote : sentence.quotes()) {
            if (quote.kind() == QuoteKind.DIRECT) {
                quoted = true;
                types.add(ClaimType.QUOTE);
                StringBuilder reason = new StringBuilder("quote attributed to ")
                        .append(quote.speaker() != null ? quote.speaker() : "an unnamed speaker");
                if (quote.medium() != null) {
                    reason.append(" via ").append(quote.medium());
                }
                reasons.add(reason.toString());
            }
        }
        boolean opensWithOrder = CALL_TO_ACTION.matcher(text).find();
        String speech = quoted || names == 0 ? null : reportingVerb(sentence, opensWithOrder);
        if (speech != null) {
            types.add(ClaimType.ATTRIBUTION);
            reasons.add("attribution: \"" + speech + "\"");
        }
        Matcher event = EVENT_VERB.matcher(text);
        if (event.find() && (dates > 0 || names > 0)) {
            types.add(ClaimType.EVENT);
            reasons.add("event: \"" + event.group() + "\"" + (dates > 0 ? " with a date" : ""));
        } else if (dates > 0 && !opensWithOrder) {
            // "Lawmakers return from recess on April 9.": an action set on a date is an event whatever its verb
            Token verb = firstVerbOutsideDates(sentence);
            if (verb != null) {
                types.add(ClaimType.EVENT);
                reasons.add("event: \"" + verb.text() + "\" with a date");
            }
        }
        addIfFound(COMPARISON, text, ClaimType.COMPARISON, "comparison", types, reasons);
        addIfFound(CAUSAL, text, ClaimType.CAUSAL, "cause", types, reasons);
        addIfFound(PREDICTION, text, ClaimType.PREDICTION, "prediction", types, reasons);
        addIfFound(POLICY, text, ClaimType.POLICY, "policy", types, reasons);
        boolean question = text.stripTrailing().endsWith("?");
        boolean opinion = OPINION.matcher(text).find() || OPINION_LABEL.matcher(text).lookingAt();
        boolean callToAction = opensWithOrder || text.stripTrailing().endsWith("!");
        return new Evidence(types, new ArrayList<>(reasons), amounts, dates, names, opinion, callToAction, question,
                sentence.tokens().size());
    }

    /**
     * The evidence of a sentence the model scores check-worthy although no rule found a kind of claim in it: its first
     * full verb makes it an event ("The administration overruled them.", "The Kremlin did not respond"). Null when it
     * has no full verb, or when a rule found a kind already.
     */
    public Evidence asScoredEvent(SentenceContext sentence, Evidence found) {
        Token verb = found.types().isEmpty() ? firstVerbOutsideDates(sentence) : null;
        if (verb == null) {
            return null;
        }
        return new Evidence(Set.of(ClaimType.EVENT), List.of("event: \"" + verb.text() + "\" (scored check-worthy)"),
                found.amounts(), found.dates(), found.names(), found.opinion(), found.callToAction(), found.question(),
                found.wordCount());
    }

    /**
     * The first speech verb that reports what someone said, or null: not "writing" or "telling" governed by a verb
     * before it ("Congress should stop writing blank checks"), nor an order to the reader ("Tell that to", "Join the
     * day of action and tell Congress"), nor a noun of the same spelling ("the coastal states", "his claims").
     */
    private static String reportingVerb(SentenceContext sentence, boolean opensWithOrder) {
        String text = sentence.text();
        Matcher speech = SpeechVerbs.PATTERN.matcher(text);
        while (speech.find()) {
            if (isNoun(sentence, sentence.span().start() + speech.start())) {
                continue;
            }
            Matcher before = LAST_WORD.matcher(text.substring(0, speech.start()));
            String verb = speech.group().toLowerCase(Locale.ROOT);
            boolean governed = verb.endsWith("ing") && before.find()
                    && GOVERNS_A_GERUND.contains(before.group(1).toLowerCase(Locale.ROOT));
            boolean imperative = IMPERATIVES.contains(verb) && (opensWithOrder || text.substring(0, speech.start())
                    .chars().noneMatch(Character::isLetterOrDigit));
            boolean nobody = NOBODY_BEFORE.matcher(text.substring(0, speech.start())).find();
            if (!governed && !imperative && !nobody) {
                return speech.group();
            }
        }
        return null;
    }

    /**
     * Whether the word that starts at document offset {@code start} is a noun: it follows a determiner, an adjective
     * or a possessive ("the states", "his claims"), or the tagger saw two nouns ("coastal states"). A verb follows its
     * subject ("Tasker insists", "he states"), whatever the tagger made of it.
     */
    private static boolean isNoun(SentenceContext sentence, int start) {
        List<Token> tokens = sentence.tokens();
        for (int i = 1; i < tokens.size(); i++) {
            if (tokens.get(i).start() == start) {
                Token before = tokens.get(i - 1);
                return NOUN_MODIFIERS.contains(before.pos()) || POSSESSIVES.contains(before.text().toLowerCase(Locale.ROOT))
                        || "NOUN".equals(tokens.get(i).pos()) && "NOUN".equals(before.pos());
            }
        }
        return false;
    }

    /** The first text matched by the first of {@code patterns} that matches, or null. */
    private static String firstMatch(String text, Pattern... patterns) {
        for (Pattern pattern : patterns) {
            Matcher matcher = pattern.matcher(text);
            if (matcher.find()) {
                return matcher.group();
            }
        }
        return null;
    }

    private static void addIfFound(Pattern pattern, String text, ClaimType type, String label, Set<ClaimType> types,
                                   Set<String> reasons) {
        Matcher matcher = pattern.matcher(text);
        if (matcher.find()) {
            types.add(type);
            reasons.add(label + ": \"" + matcher.group().toLowerCase(Locale.ROOT) + "\"");
        }
    }

    /** The first full verb (not "is", "has", "will") that is no part of a date, or null. */
    private static Token firstVerbOutsideDates(SentenceContext sentence) {
        for (Token token : sentence.tokens()) {
            if ("VERB".equals(token.pos()) && !insideDate(sentence, token)) {
                return token;
            }
        }
        return null;
    }

    /** A number that counts something ("1,500 troops", "three million people"), not a year or a list position. */
    private static boolean hasCountedNumber(SentenceContext sentence) {
        List<Token> tokens = sentence.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (isNumeral(token) && !insideDate(sentence, token) && i + 1 < tokens.size()
                    && !(i > 0 && KNOWN_SET_BEFORE.contains(tokens.get(i - 1).text().toLowerCase(Locale.ROOT)))
                    && !(token.text().equalsIgnoreCase("one") && tokens.get(i + 1).text().equalsIgnoreCase("more"))) {
                // "not one more dollar" counts nothing
                String next = tokens.get(i + 1).pos();
                if ("NOUN".equals(next) || "NUM".equals(next) || "ADJ".equals(next) || "PROPN".equals(next)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String firstNumberPhrase(SentenceContext sentence) {
        List<Token> tokens = sentence.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (isNumeral(tokens.get(i)) && !insideDate(sentence, tokens.get(i))) {
                int end = Math.min(tokens.size() - 1, i + 1);
                return sentence.documentText().substring(tokens.get(i).start(), tokens.get(end).end());
            }
        }
        Matcher number = NUMBER.matcher(sentence.text());
        return number.find() ? number.group() : "";
    }

    /** A token the tagger calls a number that is one: with a digit or a number word, not "bill's". */
    private static boolean isNumeral(Token token) {
        if (!"NUM".equals(token.pos())) {
            return false;
        }
        return token.text().chars().anyMatch(Character::isDigit) || NUMBER_WORD.matcher(token.text()).matches();
    }

    private static boolean insideDate(SentenceContext sentence, Token token) {
        for (Entity entity : sentence.entities()) {
            if (entity.type() == EntityType.DATE && entity.start() <= token.start() && token.end() <= entity.end()) {
                return true;
            }
        }
        return false;
    }
}
