package crosscheck.nlp;

import java.util.Set;
import java.util.regex.Pattern;

/** Verbs and phrases that report speech or attribute a statement ("said", "told", "according to"). */
public final class SpeechVerbs {
    private SpeechVerbs() {
    }

    public static final Set<String> VERBS = Set.copyOf(java.util.List.of(
            "said", "says", "say", "told", "tells", "tell", "insisted", "insists", "added", "adds", "warned", "warns",
            "argued", "argues", "claimed", "claims", "stated", "states", "declared", "declares", "pledged", "pledges",
            "promised", "promises", "announced", "announces", "wrote", "writes", "tweeted", "posted", "asked", "asks",
            "replied", "replies", "explained", "explains", "noted", "notes", "urged", "urges", "vowed", "vows",
            "admitted", "admits", "acknowledged", "acknowledges", "conceded", "concedes", "stressed", "stresses",
            "suggested", "suggests", "maintained", "maintains", "remarked", "continued", "alleged", "alleges",
            "boasted", "boasts", "countered", "counters", "predicted", "predicts", "confirmed", "confirms",
            "denied", "denies", "revealed", "reveals", "estimated", "estimates", "contended", "contends",
            "recalled", "recalls", "shouted", "joked", "complained", "complains", "cautioned", "cautions",
            "agreed", "agrees", "reported", "reports", "testified", "testifies", "responded", "responds", "telling",
            "saying", "adding", "insisting", "arguing", "claiming", "noting", "stressing", "writing", "advised",
            "advises", "concluded", "concludes", "blasted", "fumed", "raged", "thundered", "snapped", "scoffed",
            "quipped", "roared", "bellowed", "growled", "barked", "hissed", "sneered", "gushed", "bragged", "crowed",
            "ranted"));

    /** The speech verbs as one regular-expression group, to build patterns around: "(?:said|says|…)". */
    public static final String ALTERNATION = "(?:" + String.join("|", VERBS) + ")";

    /** A speech verb as a whole word, or "according to". */
    public static final Pattern PATTERN = Pattern.compile(
            "\\b(?:according\\s+to|" + ALTERNATION + ")\\b", Pattern.CASE_INSENSITIVE);

    public static boolean isSpeechVerb(String word) {
        return VERBS.contains(word.toLowerCase(java.util.Locale.ROOT));
    }
}
