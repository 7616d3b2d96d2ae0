package crosscheck.nlp;

import crosscheck.model.TextSpan;

import java.util.List;

/** Splits a region of text into sentences. Implementations are thread-safe. */
public interface SentenceSplitter {
    /** The sentences of {@code text} between {@code from} and {@code to}, as trimmed spans in text order. */
    List<TextSpan> split(String text, int from, int to);
}
