package crosscheck.nlp;

import crosscheck.model.TextSpan;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

import java.util.ArrayList;
import java.util.List;

/** Tokenizing with OpenNLP's English UD model. Thread-safe: one tokenizer per thread. */
public final class OpenNlpTokenizer implements Tokenizer {
    private final ThreadLocal<TokenizerME> tokenizer;

    public OpenNlpTokenizer(OpenNlpModels models) {
        this.tokenizer = ThreadLocal.withInitial(() -> new TokenizerME(models.tokenizerModel()));
    }

    @Override
    public List<TextSpan> tokenize(String text, TextSpan sentence) {
        String part = sentence.of(text);
        Span[] spans = tokenizer.get().tokenizePos(part);
        List<TextSpan> tokens = new ArrayList<>(spans.length);
        for (Span span : spans) {
            tokens.add(new TextSpan(sentence.start() + span.getStart(), sentence.start() + span.getEnd()));
        }
        return tokens;
    }
}
