package crosscheck.model;

import java.util.Objects;

/** Evaluative or emotive wording in the text ("regime", "blank cheque") and why it is marked. */
public record LoadedTerm(int start, int end, String text, String reason) {
    public LoadedTerm {
        Spans.check(start, end);
        Spans.checkText(text, start, end);
        Objects.requireNonNull(reason, "reason");
    }
}
