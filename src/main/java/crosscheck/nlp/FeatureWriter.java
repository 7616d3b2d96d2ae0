package crosscheck.nlp;

import java.util.Arrays;

/**
 * Where feature generators write their features, one at a time, as characters: {@code begin("w=").append(word).emit()}.
 * Training collects them as strings; decoding looks them up in a {@link MaxentTable} without building a string, so
 * both see the same features from one generator. Not thread-safe: one writer per call.
 */
public abstract class FeatureWriter {
    private char[] chars = new char[64];
    private int length;

    /** Starts a feature with {@code text}. */
    public final FeatureWriter begin(String text) {
        length = 0;
        return append(text);
    }

    public final FeatureWriter append(String text) {
        return append(text, 0, text.length());
    }

    public final FeatureWriter append(String text, int from, int to) {
        int add = to - from;
        ensure(add);
        text.getChars(from, to, chars, length);
        length += add;
        return this;
    }

    public final FeatureWriter append(char c) {
        ensure(1);
        chars[length++] = c;
        return this;
    }

    /** Appends a number that is not negative, in decimal digits. */
    public final FeatureWriter append(int number) {
        if (number < 0) {
            throw new IllegalArgumentException("negative: " + number);
        }
        int digits = 1;
        for (int rest = number / 10; rest > 0; rest /= 10) {
            digits++;
        }
        ensure(digits);
        for (int i = length + digits - 1, rest = number; i >= length; i--, rest /= 10) {
            chars[i] = (char) ('0' + rest % 10);
        }
        length += digits;
        return this;
    }

    private void ensure(int more) {
        if (length + more > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + more));
        }
    }

    /** Called before the features of token {@code index}; by default nothing happens. */
    public void startToken(int index) {
    }

    /** Ends the feature begun last and hands it on. */
    public abstract void emit();

    /** The characters of the current feature: {@code chars()[0, length())}. */
    protected final char[] chars() {
        return chars;
    }

    protected final int length() {
        return length;
    }

    /** The current feature as a string. */
    protected final String feature() {
        return new String(chars, 0, length);
    }
}
