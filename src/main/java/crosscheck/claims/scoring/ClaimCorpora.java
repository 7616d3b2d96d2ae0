package crosscheck.claims.scoring;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads the two check-worthiness corpora in their published formats: ClaimBuster's CSV (columns by header name,
 * {@code Text}, {@code File_id}, {@code Line_number}, {@code Verdict}; positive when Verdict is 1, factual when it is
 * 1 or 0) and CheckThat! 2019's
 * TSV files ({@code line, speaker, sentence, label}; one debate a file). Thread-safe (stateless).
 */
final class ClaimCorpora {
    private ClaimCorpora() {
    }

    /**
     * A labelled sentence before analysis. {@code speaker} is who says it in a transcript whose every line is present
     * (CheckThat!), else empty; {@code factual} is ClaimBuster's finer label (a factual sentence, check-worthy or not),
     * null where the corpus has none.
     */
    record RawSentence(ClaimExample.Corpus corpus, String group, int line, String text, boolean positive, String speaker,
                       Boolean factual) {
        RawSentence {
            speaker = speaker == null ? "" : speaker.strip();
        }
    }

    static List<RawSentence> readClaimBuster(Path csv) throws IOException {
        List<List<String>> rows = parseCsv(Files.readString(csv, StandardCharsets.UTF_8));
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("empty ClaimBuster file: " + csv);
        }
        Map<String, Integer> column = new HashMap<>();
        List<String> header = rows.get(0);
        for (int i = 0; i < header.size(); i++) {
            column.put(header.get(i).strip().replace("\uFEFF", ""), i);
        }
        for (String required : List.of("Text", "Verdict")) {
            if (!column.containsKey(required)) {
                throw new IllegalArgumentException(csv + " has no column " + required + "; its header is " + header);
            }
        }
        int text = column.get("Text");
        int verdict = column.get("Verdict");
        Integer file = column.get("File_id");
        Integer line = column.get("Line_number");
        List<RawSentence> sentences = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.size() <= Math.max(text, verdict) || row.get(text).isBlank()) {
                continue;
            }
            String group = file != null && file < row.size() ? row.get(file) : "all";
            int lineNumber = line != null && line < row.size() ? parseIntOr(row.get(line), r) : r;
            String label = row.get(verdict).strip();
            // ClaimBuster keeps a sample of each debate's lines, so its speakers say nothing about turns: left out
            sentences.add(new RawSentence(ClaimExample.Corpus.CLAIMBUSTER, group, lineNumber, row.get(text).strip(),
                    "1".equals(label), "", label.equals("1") || label.equals("0") ? Boolean.TRUE
                    : label.equals("-1") ? Boolean.FALSE : null));
        }
        return sentences;
    }

    /** Every {@code *.tsv} file of a CheckThat! folder, in name order; each file is one debate. */
    static List<RawSentence> readCheckThat(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".tsv")).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no .tsv debate files in " + dir);
        }
        List<RawSentence> sentences = new ArrayList<>();
        for (Path file : files) {
            String group = file.getFileName().toString();
            int lineNumber = 0;
            for (String row : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                lineNumber++;
                String[] fields = row.split("\t", -1);
                if (fields.length < 4 || fields[2].isBlank()) {
                    continue;
                }
                String label = fields[fields.length - 1].strip();
                if (!label.equals("0") && !label.equals("1")) {
                    continue; // a header or a malformed line
                }
                sentences.add(new RawSentence(ClaimExample.Corpus.CHECKTHAT, group, parseIntOr(fields[0], lineNumber),
                        fields[2].strip(), label.equals("1"), fields[1], null));
            }
        }
        return sentences;
    }

    private static int parseIntOr(String value, int fallback) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** RFC 4180: fields separated by commas, optionally in double quotes, a doubled quote inside standing for one. */
    static List<List<String>> parseCsv(String content) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < content.length() && content.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
                fieldStarted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
                fieldStarted = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < content.length() && content.charAt(i + 1) == '\n') {
                    i++;
                }
                if (fieldStarted || field.length() > 0 || !row.isEmpty()) {
                    row.add(field.toString());
                    rows.add(row);
                }
                row = new ArrayList<>();
                field.setLength(0);
                fieldStarted = false;
            } else {
                field.append(c);
                fieldStarted = true;
            }
        }
        if (fieldStarted || field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
