package crosscheck.extract;

import crosscheck.model.InputRejected;
import crosscheck.model.InputRejected.Reason;
import crosscheck.model.SourceDocument;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * PDF to article text with PDFBox: text in reading order (sorted by position), words hyphenated across a line
 * break joined, lines of a paragraph joined, and page headers and footers dropped (lines that recur at the top
 * or bottom of most pages, page numbers included). Thread-safe (stateless).
 */
public final class PdfExtractor {
    static final int MAX_PAGES = 500;
    /** How many lines at the top and at the bottom of a page may be running headers or footers. */
    static final int EDGE_LINES = 3;
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern PAGE_NUMBER = Pattern.compile("(?i)^(?:page\\s*)?\\d+(?:\\s*(?:/|of)\\s*\\d+)?$");
    private static final String PARAGRAPH = "\u2029";

    public SourceDocument extract(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            if (document.isEncrypted() && !document.getCurrentAccessPermission().canExtractContent()) {
                throw new InputRejected(Reason.UNUSABLE, "The PDF does not allow its text to be extracted.");
            }
            int pages = document.getNumberOfPages();
            if (pages > MAX_PAGES) {
                throw new InputRejected(Reason.TOO_LARGE, "The PDF has " + pages + " pages; Crosscheck reads up to " + MAX_PAGES + ".");
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setParagraphEnd(PARAGRAPH);
            List<List<String>> pageLines = new ArrayList<>();
            for (int page = 1; page <= pages; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pageLines.add(List.of(stripper.getText(document).split("\\r?\\n")));
            }
            String body = join(dropRunningLines(pageLines));
            if (body.isBlank()) {
                throw new InputRejected(Reason.UNUSABLE, "The PDF has no text layer (a scan?): Crosscheck cannot read images.");
            }
            String title = document.getDocumentInformation() == null ? null : document.getDocumentInformation().getTitle();
            return new SourceDocument(title == null ? "" : title, body, List.of());
        } catch (IOException e) {
            throw new InputRejected(Reason.UNSUPPORTED, "This is not a PDF Crosscheck can read: " + e.getMessage());
        }
    }

    /** Removes lines at the edges of pages that recur (digits aside) on at least half of the pages, and bare page numbers. */
    static List<List<String>> dropRunningLines(List<List<String>> pages) {
        Map<String, Integer> counts = new HashMap<>();
        for (List<String> lines : pages) {
            for (String line : edges(lines)) {
                counts.merge(shape(line), 1, Integer::sum);
            }
        }
        int threshold = Math.max(2, (pages.size() + 1) / 2);
        List<List<String>> kept = new ArrayList<>();
        for (List<String> lines : pages) {
            List<String> keep = new ArrayList<>();
            List<String> edges = edges(lines);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                boolean atEdge = i < EDGE_LINES || i >= lines.size() - EDGE_LINES;
                String clean = line.replace(PARAGRAPH, "").strip();
                if (atEdge && edges.contains(line)
                        && (PAGE_NUMBER.matcher(clean).matches() || pages.size() > 1 && counts.getOrDefault(shape(line), 0) >= threshold)) {
                    continue;
                }
                keep.add(line);
            }
            kept.add(keep);
        }
        return kept;
    }

    private static List<String> edges(List<String> lines) {
        List<String> edges = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if ((i < EDGE_LINES || i >= lines.size() - EDGE_LINES) && !lines.get(i).isBlank()) {
                edges.add(lines.get(i));
            }
        }
        return edges;
    }

    private static String shape(String line) {
        return DIGITS.matcher(line.replace(PARAGRAPH, "").strip()).replaceAll("#");
    }

    /** Lines into paragraphs: hyphenated breaks joined, other breaks become spaces, paragraph ends become blank lines. */
    static String join(List<List<String>> pages) {
        StringBuilder text = new StringBuilder();
        for (List<String> lines : pages) {
            for (String raw : lines) {
                boolean paragraphEnd = raw.contains(PARAGRAPH);
                String line = raw.replace(PARAGRAPH, "").strip();
                if (line.isEmpty()) {
                    if (paragraphEnd) {
                        endParagraph(text);
                    }
                    continue;
                }
                int length = text.length();
                if (length > 0 && text.charAt(length - 1) == '-' && length > 1 && Character.isLowerCase(text.charAt(length - 2))
                        && Character.isLowerCase(line.charAt(0))) {
                    text.setLength(length - 1);
                } else if (length > 0 && text.charAt(length - 1) != '\n') {
                    text.append(' ');
                }
                text.append(line);
                if (paragraphEnd) {
                    endParagraph(text);
                }
            }
        }
        return PlainText.normalise(text.toString());
    }

    private static void endParagraph(StringBuilder text) {
        if (text.length() > 0 && !(text.length() >= 2 && text.charAt(text.length() - 1) == '\n')) {
            text.append("\n\n");
        }
    }
}
