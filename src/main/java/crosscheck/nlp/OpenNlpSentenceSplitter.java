package crosscheck.nlp;

import crosscheck.model.TextSpan;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.util.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * Sentence splitting with OpenNLP's English UD model. Paragraph breaks (blank lines) and single line breaks
 * always end a sentence, so headings and list items never run into the next line. Thread-safe: one detector per thread.
 */
public final class OpenNlpSentenceSplitter implements SentenceSplitter {
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
            if (start < end) {
                into.add(new TextSpan(start, end));
            }
        }
    }
}
