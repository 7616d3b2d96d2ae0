package crosscheck.extract;

import crosscheck.model.InputRejected;
import crosscheck.model.InputRejected.Reason;
import crosscheck.model.SourceDocument;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Reads an uploaded or local file by its name: .txt and .md as text, .html and .htm as a page, .pdf, and .gz
 * around any of them. Refuses other kinds and binary content with a message. Thread-safe (stateless).
 */
public final class Uploads {
    /** The most bytes a file may hold once decompressed. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    private static final HtmlExtractor HTML = new HtmlExtractor();
    private static final PdfExtractor PDF = new PdfExtractor();

    private Uploads() {
    }

    public static SourceDocument read(String fileName, byte[] bytes) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT).strip();
        if (name.endsWith(".gz")) {
            return read(name.substring(0, name.length() - 3), gunzip(bytes));
        }
        if (bytes.length > MAX_BYTES) {
            throw new InputRejected(Reason.TOO_LARGE, "The file is larger than " + MAX_BYTES / (1024 * 1024) + " MB.");
        }
        if (name.endsWith(".txt") || name.endsWith(".md") || name.endsWith(".markdown") || name.endsWith(".text")) {
            return PlainText.split(decodeText(bytes, fileName));
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            if (looksBinary(bytes)) {
                decodeText(bytes, fileName); // refuses binary content with its message
            }
            return HTML.extract(bytes, null, null);
        }
        if (name.endsWith(".pdf")) {
            return PDF.extract(bytes);
        }
        throw new InputRejected(Reason.UNSUPPORTED, "Crosscheck reads .txt, .md, .html, .htm and .pdf files; "
                + "\"" + fileName + "\" is none of these.");
    }

    /** UTF-8 text (a byte-order mark is dropped); binary content is refused. */
    public static String decodeText(byte[] bytes, String what) {
        if (looksBinary(bytes)) {
            throw new InputRejected(Reason.UNSUPPORTED, "\"" + what + "\" looks like a binary file, not text. "
                    + "Upload a .txt, .md, .html or .pdf file, or paste the article's text.");
        }
        int offset = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            // Not UTF-8: most such files are Windows-1252, which maps every byte.
            return new String(bytes, offset, bytes.length - offset, java.nio.charset.Charset.forName("windows-1252"));
        }
    }

    /** NUL bytes, or many control characters in the first 8 KB, mean this is not text. */
    static boolean looksBinary(byte[] bytes) {
        int sample = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return sample > 0 && control * 20 > sample;
    }

    private static byte[] gunzip(byte[] bytes) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[16384];
            for (int n; (n = in.read(buffer)) > 0; ) {
                out.write(buffer, 0, n);
                if (out.size() > MAX_BYTES) {
                    throw new InputRejected(Reason.TOO_LARGE,
                            "The compressed file expands to more than " + MAX_BYTES / (1024 * 1024) + " MB.");
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new InputRejected(Reason.UNSUPPORTED, "The .gz file is not valid gzip: " + e.getMessage());
        }
    }

    /** A page fetched from the web, by its media type; HTML charset from the headers, else from the page itself. */
    public static SourceDocument readFetched(String url, String mediaType, String charset, byte[] bytes) {
        return switch (mediaType) {
            case "application/pdf" -> PDF.extract(bytes);
            case "text/plain" -> PlainText.split(decode(bytes, charset, url));
            default -> HTML.extract(bytes, charset, url);
        };
    }

    private static String decode(byte[] bytes, String charset, String what) {
        if (charset != null && !looksBinary(bytes)) {
            try {
                return new String(bytes, java.nio.charset.Charset.forName(charset));
            } catch (IllegalArgumentException e) {
                // an unknown charset name: fall back to detection
            }
        }
        return decodeText(bytes, what);
    }
}
