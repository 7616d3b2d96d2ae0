package crosscheck.nlp;

import java.util.Set;

/**
 * The Associated Press's abbreviations of US states ("Calif.", "Pa.", "N.Y."), which the tokenizer keeps whole with
 * their full stops and the name finder reads as places after a party's letter or a city ("D-Mich.", "Erie, Pa.").
 * Immutable.
 */
public final class UsStates {
    /** The one-word abbreviations, without their full stops. */
    public static final Set<String> ABBREVIATION_STEMS = Set.of("Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del",
            "Fla", "Ga", "Ill", "Ind", "Kan", "Kans", "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont",
            "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Vt", "Va", "Wash", "Wis", "Wyo");
    /** The abbreviations written with initials, which the tokenizer keeps as initialisms. */
    private static final Set<String> INITIALS = Set.of("N.H.", "N.J.", "N.M.", "N.Y.", "N.C.", "N.D.", "R.I.", "S.C.",
            "S.D.", "W.Va.");

    private UsStates() {
    }

    /** Whether a token is a state's abbreviation with its full stop: "Mich.", "S.C.". */
    public static boolean isAbbreviation(String token) {
        return INITIALS.contains(token) || token.endsWith(".")
                && ABBREVIATION_STEMS.contains(token.substring(0, token.length() - 1));
    }
}
