package crosscheck.model;

/**
 * A half-open range of character offsets {@code [start, end)} into a Java {@code String}.
 * Thread-safe (immutable).
 */
public record TextSpan(int start, int end) {
    public TextSpan {
        Spans.check(start, end);
    }

    public int length() {
        return end - start;
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    public boolean overlaps(int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }

    public String of(String text) {
        return text.substring(start, end);
    }
}
