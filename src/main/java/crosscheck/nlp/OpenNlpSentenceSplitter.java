package crosscheck.nlp;

import crosscheck.model.TextSpan;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.util.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sentence splitting with OpenNLP's English UD model. Paragraph breaks (blank lines) and single line breaks
 * always end a sentence, so headings and list items never run into the next line; so does a closing quotation mark
 * right after a full stop, question or exclamation mark when a capital follows ("… fund.’ He insisted"), which the
 * model, trained on web text with few curly marks, runs together; and a sentence the model starts in lower case
 * right after a closing mark goes back to its quote ("“Will it work?” she asked."). Thread-safe: one detector per thread.
 */
public final class OpenNlpSentenceSplitter implements SentenceSplitter {
    /** The end of a quoted sentence followed by a new one: the split falls after the closing mark. */
    static final Pattern QUOTE_ENDS_SENTENCE = Pattern.compile("[.!?][\"”’'](?=\\s+[\"“‘']?\\p{Lu})");
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
            }
            splitAfterQuotes(text, start, end, into);
        }
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
