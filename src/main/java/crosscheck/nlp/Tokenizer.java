package crosscheck.nlp;

import crosscheck.model.TextSpan;

import java.util.List;

/** Splits a sentence into tokens. Implementations are thread-safe. */
public interface Tokenizer {
    /** The tokens of {@code sentence}, as spans into {@code text} in text order. */
    List<TextSpan> tokenize(String text, TextSpan sentence);
}
