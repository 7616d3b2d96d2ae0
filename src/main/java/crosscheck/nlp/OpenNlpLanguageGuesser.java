package crosscheck.nlp;

import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;

import java.util.Locale;
import java.util.Set;

/**
 * Language guessing with OpenNLP's 103-language model, reading at most the first few thousand characters.
 * Short or ambiguous texts count as English, so a headline is never refused analysis. Text where a fifth of the words
 * are common English function words ("the", "of", "said") is English without asking the model, which costs as much as
 * tagging a thousand words: in the 92 pages of the extraction benchmark, the share is 0.2 to 0.4 in most English
 * articles and at most 0.08 in the German, Italian, Portuguese, Russian, Korean and Japanese ones.
 * Thread-safe: one detector per thread.
 */
public final class OpenNlpLanguageGuesser implements LanguageGuesser {
    static final int SAMPLE_CHARS = 4_000;
    static final int MIN_LETTERS = 40;
    /** How far ahead of English the best other language must be before the text counts as not English. */
    static final double MARGIN = 2.0;
    /** The share of English function words above which a text is English without asking the model. */
    static final double FUNCTION_WORD_SHARE = 0.2;
    static final int MIN_WORDS_FOR_SHARE = 40;
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "and", "of", "to", "is", "are", "was", "were",
            "that", "this", "with", "for", "from", "by", "at", "it", "its", "he", "she", "they", "his", "her", "their",
            "have", "has", "had", "be", "been", "will", "would", "said", "which", "who", "not", "but");

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
        if (isClearlyEnglish(sample)) {
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

    /** Whether at least {@link #FUNCTION_WORD_SHARE} of the words (letter runs, any script) are English function words. */
    static boolean isClearlyEnglish(String sample) {
        int words = 0;
        int functionWords = 0;
        int i = 0;
        int n = sample.length();
        while (i < n) {
            if (!Character.isLetter(sample.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && Character.isLetter(sample.charAt(i))) {
                i++;
            }
            words++;
            if (i - start <= 5 && FUNCTION_WORDS.contains(sample.substring(start, i).toLowerCase(Locale.ROOT))) {
                functionWords++;
            }
        }
        return words >= MIN_WORDS_FOR_SHARE && functionWords >= FUNCTION_WORD_SHARE * words;
    }
}
