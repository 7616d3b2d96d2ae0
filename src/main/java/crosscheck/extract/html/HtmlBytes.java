package crosscheck.extract.html;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes the bytes of an HTML page: a byte-order mark wins, then the charset the transport declared, then a
 * {@code <meta charset>} or {@code http-equiv} declaration near the top, then UTF-8 if the bytes are valid UTF-8,
 * else Windows-1252 (what browsers assume for undeclared Western pages). Thread-safe (stateless).
 */
public final class HtmlBytes {
    private static final int SNIFF_BYTES = 4096;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private HtmlBytes() {
    }

    /**
     * The page as text.
     *
     * @param declaredCharset the charset from the Content-Type header, or null when there was none
     */
    public static String decode(byte[] bytes, String declaredCharset) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        Charset charset = charsetNamed(declaredCharset);
        if (charset == null) {
            String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
            Matcher matcher = META_CHARSET.matcher(head);
            if (matcher.find()) {
                charset = charsetNamed(matcher.group(1));
            }
        }
        if (charset != null && !charset.equals(StandardCharsets.UTF_8)) {
            return new String(bytes, charset);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, charset == null ? WINDOWS_1252 : StandardCharsets.UTF_8);
        }
    }

    private static Charset charsetNamed(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String normalized = name.strip().toLowerCase(Locale.ROOT);
        // Browsers read a declared Latin-1 or ASCII page as Windows-1252; so do we.
        if (normalized.equals("iso-8859-1") || normalized.equals("latin1") || normalized.equals("us-ascii")
                || normalized.equals("ascii")) {
            return WINDOWS_1252;
        }
        try {
            return Charset.forName(normalized);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
            return null;
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
