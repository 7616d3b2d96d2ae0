package crosscheck.nlp;

import crosscheck.model.TextSpan;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.util.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sentence splitting with OpenNLP's English UD model. Paragraph breaks (blank lines) and single line breaks
 * always end a sentence, so headings and list items never run into the next line; so does a closing quotation mark
 * right after a full stop, question or exclamation mark when a capital follows ("… fund.’ He insisted"), which the
 * model, trained on web text with few curly marks, runs together; and a sentence the model starts in lower case
 * right after a closing mark goes back to its quote ("“Will it work?” she asked."); a sentence the model ends
 * with the initials of a name or a title's abbreviation goes on to the name ("Senator J.D. | Vance told Fox News",
 * "Sen. | Douglas Pryor", "until Feb. | 28"), and one it ends inside
 * a number or after an abbreviation goes on to the lower-case rest ("by $12.5 | billion", "Archway Defense Corp. | have
 * doubled"). Thread-safe: one detector per thread.
 */
public final class OpenNlpSentenceSplitter implements SentenceSplitter {
    /** The end of a quoted sentence followed by a new one: the split falls after the closing mark. */
    static final Pattern QUOTE_ENDS_SENTENCE = Pattern.compile("[.!?][\"”’'](?=\\s+[\"“‘']?\\p{Lu})");
    /** A capitalized word, then two or three initials at the end of a sentence: "Senator J.D.". */
    private static final Pattern ENDS_WITH_INITIALS = Pattern.compile("\\p{Lu}[\\p{L}'’-]*\\.?\\s+(\\p{Lu}\\.(?:\\p{Lu}\\.){1,2})$");
    /** A title's abbreviation, which never ends a sentence before a capitalized word: "ranking member, Sen. | Douglas Pryor". */
    private static final Pattern TITLE_ABBREVIATION_AT_END = Pattern.compile(
            "(?<![\\p{L}.])(?:Sens?|Reps?|Gov|Gen|Brig|Lt|Col|Sgt|Cpl|Pvt|Capt|Maj|Adm|Cmdr|Cdr|Dr|Mr|Mrs|Ms|Smt|Prof"
                    + "|Rev|Hon|Pres|Supt|Insp)\\.$");
    /** A name or title, then one initial at the end of a sentence: "chairman Dr V.", "George W.", not "World War I.". */
    private static final Pattern ONE_INITIAL_AT_END = Pattern.compile("\\p{Lu}[\\p{L}'’-]*\\.?\\s(?!I\\.$)\\p{Lu}\\.$");
    /** Words that open a new sentence after "Plan B." rather than go on with a name. */
    private static final Set<String> SENTENCE_OPENERS = Set.of("The", "A", "An", "It", "He", "She", "They", "We", "I",
            "But", "And", "In", "On", "This", "That", "There", "Its", "His", "Her", "Their", "Our", "As", "At", "For");
    /** An abbreviation a number follows, which never ends a sentence before it: "until Feb. | 28", "No. | 10". */
    private static final Pattern NUMBERED_ABBREVIATION_AT_END = Pattern.compile(
            "(?<![\\p{L}.])(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|No|Nos|Art|Sec|Vol|pp?)\\.$");
    /** A short capitalized abbreviation or a dotted one, which never ends a sentence before a lower-case word:
     * "Archway Defense Corp. | have", "the U.S. | and", "Rep. Sofia Marquez, D-Calif., | told", "(D-Mich.) | said". */
    private static final Pattern ABBREVIATION_AT_END = Pattern.compile(
            "(?<![\\p{L}.])(?:\\p{Lu}\\p{Ll}{0,4}|\\p{L}(?:\\.\\p{L})+|etc|approx|vs)\\.\\)?,?$");
    /** Abbreviations of places and bodies that often end a sentence after a capitalized word ("Washington D.C."). */
    private static final Set<String> NOT_INITIALS = Set.of("U.S.", "U.K.", "D.C.", "U.N.", "E.U.",
            "U.S.A.", "N.Y.", "L.A.", "A.M.", "P.M.");
    private final ThreadLocal<SentenceDetectorME> detector;

    public OpenNlpSentenceSplitter(OpenNlpModels models) {
        this.detector = ThreadLocal.withInitial(() -> new SentenceDetectorME(models.sentenceModel()));
    }

    @Override
    public List<TextSpan> split(String text, int from, int to) {
        List<TextSpan> sentences = new ArrayList<>();
        int lineStart = from;
        while (lineStart < to) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0 || lineEnd > to) {
                lineEnd = to;
            }
            splitLine(text, lineStart, lineEnd, sentences);
            lineStart = lineEnd + 1;
        }
        return sentences;
    }

    private void splitLine(String text, int from, int to, List<TextSpan> into) {
        String line = text.substring(from, to);
        if (line.isBlank()) {
            return;
        }
        for (Span span : detector.get().sentPosDetect(line)) {
            int start = from + span.getStart();
            int end = from + span.getEnd();
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            int previous = into.size() - 1;
            if (previous >= 0 && into.get(previous).start() >= from && start < end
                    && Character.isLowerCase(text.charAt(start)) && endsWithQuote(text, into.get(previous).end())) {
                // '"Will it work?" | she asked.': the attribution belongs to the quote the model cut it from
                start = into.remove(previous).start();
            } else if (previous >= 0 && into.get(previous).start() >= from && start < end
                    && (Character.isUpperCase(text.charAt(start)) && (endsWithInitials(text, into.get(previous))
                    || endsWith(ONE_INITIAL_AT_END, text, into.get(previous))
                    && !SENTENCE_OPENERS.contains(firstWord(text, start, end))
                    || endsWith(TITLE_ABBREVIATION_AT_END, text, into.get(previous)))
                    || Character.isDigit(text.charAt(start)) && endsWith(NUMBERED_ABBREVIATION_AT_END, text, into.get(previous))
                    || endsInsideAWord(text, into.get(previous))
                    || Character.isLowerCase(text.charAt(start)) && endsWith(ABBREVIATION_AT_END, text, into.get(previous)))) {
                // "Senator J.D. | Vance", "by $12.5 | billion", "$1.1 | Billion": the model's break falls inside a name
                // or a number; a line's sentence that ends with no stop has not ended
                start = into.remove(previous).start();
            }
            splitAfterQuotes(text, start, end, into);
        }
    }

    private static boolean endsWithInitials(String text, TextSpan sentence) {
        int end = sentence.end();
        if (end - sentence.start() < 4 || text.charAt(end - 1) != '.' || !Character.isUpperCase(text.charAt(end - 2))) {
            return false;
        }
        Matcher initials = ENDS_WITH_INITIALS.matcher(text).region(Math.max(sentence.start(), end - 40), end);
        return initials.find() && !NOT_INITIALS.contains(initials.group(1));
    }

    /** Whether {@code ending}, anchored at its end, matches the end of {@code sentence}. */
    private static boolean endsWith(Pattern ending, String text, TextSpan sentence) {
        return ending.matcher(text).region(sentence.start(), sentence.end()).find();
    }

    private static String firstWord(String text, int start, int end) {
        int i = start;
        while (i < end && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return text.substring(start, i);
    }

    /** A sentence that ends with a letter or digit, not a stop ("…the deficit by $12.5"), has not ended. */
    private static boolean endsInsideAWord(String text, TextSpan sentence) {
        return Character.isLetterOrDigit(text.charAt(sentence.end() - 1));
    }

    private static boolean endsWithQuote(String text, int end) {
        return end >= 2 && "\"”’'".indexOf(text.charAt(end - 1)) >= 0 && ".?!,".indexOf(text.charAt(end - 2)) >= 0;
    }

    static void splitAfterQuotes(String text, int start, int end, List<TextSpan> into) {
        Matcher quoteEnd = QUOTE_ENDS_SENTENCE.matcher(text).region(start, end);
        int from = start;
        while (quoteEnd.find()) {
            into.add(new TextSpan(from, quoteEnd.end()));
            from = quoteEnd.end();
            while (from < end && Character.isWhitespace(text.charAt(from))) {
                from++;
            }
        }
        if (from < end) {
            into.add(new TextSpan(from, end));
        }
    }
}
