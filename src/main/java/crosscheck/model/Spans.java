package crosscheck.model;

/** Shared validation for records that carry character offsets. */
final class Spans {
    private Spans() {
    }

    static void check(int start, int end) {
        if (start < 0) {
            throw new IllegalArgumentException("start must not be negative: start=" + start);
        }
        if (start > end) {
            throw new IllegalArgumentException("start must not exceed end: start=" + start + ", end=" + end);
        }
    }

    static void checkText(String text, int start, int end) {
        if (text == null) {
            throw new IllegalArgumentException("text must not be null");
        }
        if (text.length() != end - start) {
            throw new IllegalArgumentException("text length " + text.length() + " does not match span "
                    + start + ".." + end);
        }
    }
}
