package crosscheck.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A stored article with its analysis kept as the JSON text it is stored as, for answering readers without
 * decoding and encoding it again. {@code notice} is the reader notice (see {@link Analysis}), or null.
 */
public record ArticleJson(String id, String title, Instant createdAt, String origin, PageInfo info, String language,
                          String notice, String analysisJson) {
    public ArticleJson {
        info = Objects.requireNonNullElse(info, PageInfo.NONE);
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(analysisJson, "analysisJson");
    }

    public ArticleJson withNotice(String newNotice) {
        return new ArticleJson(id, title, createdAt, origin, info, language, newNotice, analysisJson);
    }
}
