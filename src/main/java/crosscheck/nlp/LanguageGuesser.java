package crosscheck.nlp;

/** Guesses the language of a text. Implementations are thread-safe. */
public interface LanguageGuesser {
    /** Code used for English; analysis is English-only for now. */
    String ENGLISH = "eng";

    /** An ISO 639-3 code such as {@code eng} or {@code deu}; {@link #ENGLISH} when unsure. */
    String guess(String text);
}
