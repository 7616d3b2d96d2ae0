package crosscheck.nlp.ner;

import crosscheck.model.Token;

import java.util.List;
import java.util.Locale;

/**
 * How tokens travel through the OpenNLP name finder: each token carries its POS tag after a separator, so that our
 * feature generator sees both without OpenNLP knowing. Also the word-shape function shared by training and tagging,
 * and the small tests on tokens that the name finder's rules share (possessives, proper nouns, tokens that touch,
 * the lower-case key of a span). Stateless.
 */
final class NerTokens {
    static final char POS_SEPARATOR = '\u0001';
    private static final int MAX_SHAPE_LENGTH = 6;

    private NerTokens() {
    }

    static String encode(String token, String pos) {
        return token + POS_SEPARATOR + (pos == null ? "" : pos);
    }

    static String word(String encoded) {
        int separator = encoded.indexOf(POS_SEPARATOR);
        return separator < 0 ? encoded : encoded.substring(0, separator);
    }

    static String pos(String encoded) {
        int separator = encoded.indexOf(POS_SEPARATOR);
        return separator < 0 ? "" : encoded.substring(separator + 1);
    }

    static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }

    /** A compressed shape: upper-case letters become X, lower-case x, digits d, runs collapse ("McCain" → "XxXx"). */
    static String shape(String word) {
        StringBuilder shape = new StringBuilder(MAX_SHAPE_LENGTH + 1);
        char last = 0;
        for (int i = 0; i < word.length() && shape.length() < MAX_SHAPE_LENGTH; i++) {
            char c = word.charAt(i);
            char mapped;
            if (Character.isUpperCase(c)) {
                mapped = 'X';
            } else if (Character.isLowerCase(c)) {
                mapped = 'x';
            } else if (Character.isDigit(c)) {
                mapped = 'd';
            } else if (Character.isLetter(c)) {
                mapped = 'l';
            } else {
                mapped = c;
            }
            if (mapped != last) {
                shape.append(mapped);
                last = mapped;
            }
        }
        return shape.toString();
    }

    static boolean isCapitalized(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }

    /** Whether a token ends with a possessive 's written with either apostrophe ("Russia's", "Kyiv’s"). */
    static boolean endsWithPossessive(String token) {
        return token.length() > 2 && (token.endsWith("'s") || token.endsWith("’s"));
    }

    /** Whether token {@code hyphen} is a hyphen written against the words on both sides ("Wilkes-Barre", "al-Otaibi"). */
    static boolean isJoiningHyphen(List<Token> tokens, int hyphen) {
        return hyphen >= 1 && hyphen + 1 < tokens.size() && tokens.get(hyphen).text().equals("-")
                && touches(tokens.get(hyphen - 1), tokens.get(hyphen)) && touches(tokens.get(hyphen), tokens.get(hyphen + 1));
    }

    /** Whether two tokens are written with no space between them. */
    static boolean touches(Token left, Token right) {
        return left.end() == right.start();
    }

    /** A capitalized word tagged as a proper noun. */
    static boolean isProperNoun(Token token) {
        return isCapitalized(token.text()) && "PROPN".equals(token.pos());
    }

    /** Tokens {@code [start, end)} joined by spaces: the key of a span in our lists and in a document's names. */
    static String key(String[] lower, int start, int end) {
        if (end - start == 1) {
            return lower[start];
        }
        StringBuilder key = new StringBuilder(lower[start]);
        for (int i = start + 1; i < end; i++) {
            key.append(' ').append(lower[i]);
        }
        return key.toString();
    }

    /** Whether token {@code index} exists and is a capitalized proper noun, into which a name would go on. */
    static boolean continuesName(List<Token> tokens, int index) {
        return index >= 0 && index < tokens.size() && isProperNoun(tokens.get(index));
    }
}
