package crosscheck.nlp;

import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;

/**
 * Language guessing with OpenNLP's 103-language model, reading at most the first few thousand characters.
 * Short or ambiguous texts count as English, so a headline is never refused analysis. Thread-safe: one detector per thread.
 */
public final class OpenNlpLanguageGuesser implements LanguageGuesser {
    static final int SAMPLE_CHARS = 4_000;
    static final int MIN_LETTERS = 40;
    /** How far ahead of English the best other language must be before the text counts as not English. */
    static final double MARGIN = 2.0;

    private final ThreadLocal<LanguageDetectorME> detector;

    public OpenNlpLanguageGuesser(OpenNlpModels models) {
        this.detector = ThreadLocal.withInitial(() -> new LanguageDetectorME(models.languageModel()));
    }

    @Override
    public String guess(String text) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        if (sample.codePoints().filter(Character::isLetter).count() < MIN_LETTERS) {
            return ENGLISH;
        }
        Language[] languages = detector.get().predictLanguages(sample);
        if (languages.length == 0 || ENGLISH.equals(languages[0].getLang())) {
            return ENGLISH;
        }
        double english = 0;
        for (Language language : languages) {
            if (ENGLISH.equals(language.getLang())) {
                english = language.getConfidence();
            }
        }
        return languages[0].getConfidence() > MARGIN * english ? languages[0].getLang() : ENGLISH;
    }
}
