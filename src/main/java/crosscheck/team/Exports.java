package crosscheck.team;

import crosscheck.json.Json;
import crosscheck.model.Article;
import crosscheck.model.Claim;
import crosscheck.model.ClaimChange;
import crosscheck.model.ClaimNote;
import crosscheck.model.ClaimState;
import crosscheck.model.ClaimStatus;
import crosscheck.model.ClaimType;
import crosscheck.model.Quote;
import crosscheck.model.QuoteKind;
import crosscheck.model.SourceLink;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An article's claims with the team's findings, as a Markdown report, as JSON, and as schema.org ClaimReview
 * JSON-LD for the claims rated verified, false or misleading. Pure functions of their input.
 */
public final class Exports {
    /** The kinds of export, by the name used in {@code ?format=}. */
    public enum Format {
        MD("text/markdown; charset=utf-8", "md"),
        JSON("application/json", "json"),
        CLAIMREVIEW("application/ld+json", "claimreview.jsonld");

        public final String contentType;
        public final String extension;

        Format(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }

        public static Format parse(String name) {
            for (Format format : values()) {
                if (format.name().equalsIgnoreCase(name == null ? "md" : name.strip())) {
                    return format;
                }
            }
            throw new crosscheck.model.InputRejected(crosscheck.model.InputRejected.Reason.MALFORMED,
                    "Unknown export format \"" + name + "\": choose md, json or claimreview.");
        }
    }

    /** How ClaimReview rates each status it publishes, on schema.org's 1 (worst) to 5 (best) scale. */
    private static final Map<ClaimStatus, Integer> RATINGS = Map.of(ClaimStatus.FALSE, 1, ClaimStatus.MISLEADING, 2,
            ClaimStatus.VERIFIED, 5);

    private Exports() {
    }

    public static String render(Format format, Article article, Map<String, ClaimState> states, String articleUrl,
                                String reviewer) {
        return switch (format) {
            case MD -> markdown(article, states, articleUrl);
            case JSON -> json(article, states, articleUrl);
            case CLAIMREVIEW -> claimReview(article, states, articleUrl, reviewer);
        };
    }

    private static ClaimState stateOf(Map<String, ClaimState> states, Claim claim) {
        return states.getOrDefault(claim.id(), ClaimState.untouched(claim.id()));
    }

    static String markdown(Article article, Map<String, ClaimState> states, String articleUrl) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(inline(article.title())).append("\n\n");
        out.append("Crosscheck report · [").append(articleUrl).append("](").append(articleUrl).append(")");
        if (article.origin().startsWith("http")) {
            out.append(" · original: <").append(article.origin()).append('>');
        }
        out.append("\n\n");
        Map<ClaimStatus, Integer> counts = new EnumMap<>(ClaimStatus.class);
        article.analysis().claims().forEach(claim -> counts.merge(stateOf(states, claim).status(), 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        counts.forEach((status, n) -> parts.add(n + " " + status.label()));
        out.append("**").append(article.analysis().claims().size()).append(" claims**")
                .append(parts.isEmpty() ? "" : ": " + String.join(" · ", parts)).append("\n");
        int number = 0;
        for (Claim claim : article.analysis().claims()) {
            ClaimState state = stateOf(states, claim);
            out.append("\n## ").append(++number).append(". ").append(state.status().label().toUpperCase(java.util.Locale.ROOT))
                    .append("\n\n> ").append(inline(claim.text())).append("\n\n");
            out.append("- Types: ").append(String.join(", ", claim.types().stream().map(ClaimType::name)
                    .map(name -> name.toLowerCase(java.util.Locale.ROOT)).toList())).append('\n');
            if (state.assignee() != null) {
                out.append("- Assignee: ").append(inline(state.assignee())).append('\n');
            }
            for (String reason : claim.reasons()) {
                out.append("- Why flagged: ").append(inline(reason)).append('\n');
            }
            for (SourceLink source : claim.sources()) {
                out.append("- Source: [").append(inline(source.label())).append("](").append(source.url()).append(")\n");
            }
            for (ClaimNote note : state.notes()) {
                out.append("\n**Note by ").append(inline(note.author())).append(", ").append(note.createdAt()).append(":**\n\n")
                        .append(note.text().strip()).append('\n');
            }
            if (!state.history().isEmpty()) {
                out.append("\nHistory:\n\n");
                for (ClaimChange change : state.history()) {
                    out.append("- ").append(change.at()).append(" ").append(inline(change.actor())).append(": ")
                            .append(change.kind()).append(change.to() == null ? "" : " → " + inline(change.to())).append('\n');
                }
            }
        }
        return out.toString();
    }

    /** Text on one line, with Markdown's link and emphasis marks escaped so a claim cannot become markup. */
    private static String inline(String text) {
        return text.replaceAll("\\s+", " ").replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1");
    }

    static String json(Article article, Map<String, ClaimState> states, String articleUrl) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", article.id());
        out.put("url", articleUrl);
        out.put("title", article.title());
        out.put("origin", article.origin());
        out.put("createdAt", article.createdAt().toString());
        List<Map<String, Object>> claims = new ArrayList<>();
        for (Claim claim : article.analysis().claims()) {
            ClaimState state = stateOf(states, claim);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", claim.id());
            entry.put("text", claim.text());
            entry.put("checkworthiness", claim.score());
            entry.put("types", claim.types());
            entry.put("reasons", claim.reasons());
            entry.put("sources", claim.sources());
            entry.put("status", state.status().id());
            entry.put("assignee", state.assignee());
            entry.put("version", state.version());
            entry.put("notes", state.notes());
            entry.put("history", state.history().stream().map(change -> Map.of("at", change.at().toString(),
                    "actor", change.actor(), "kind", change.kind(), "to", change.to() == null ? "" : change.to())).toList());
            claims.add(entry);
        }
        out.put("claims", claims);
        return Json.write(out);
    }

    static String claimReview(Article article, Map<String, ClaimState> states, String articleUrl, String reviewer) {
        List<Map<String, Object>> reviews = new ArrayList<>();
        for (Claim claim : article.analysis().claims()) {
            ClaimState state = stateOf(states, claim);
            Integer rating = RATINGS.get(state.status());
            if (rating == null) {
                continue;
            }
            Map<String, Object> appearance = new LinkedHashMap<>();
            appearance.put("@type", "CreativeWork");
            appearance.put("headline", article.title());
            if (article.origin().startsWith("http")) {
                appearance.put("url", article.origin());
            }
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("@type", "Claim");
            speaker(article, claim).ifPresent(name -> item.put("author", Map.of("@type", "Person", "name", name)));
            item.put("appearance", appearance);
            Map<String, Object> review = new LinkedHashMap<>();
            review.put("@context", "https://schema.org");
            review.put("@type", "ClaimReview");
            review.put("url", articleUrl + "#claim-" + claim.id());
            review.put("datePublished", state.updatedAt() == null ? null : state.updatedAt().toString().substring(0, 10));
            review.put("claimReviewed", claim.text());
            review.put("itemReviewed", item);
            review.put("author", Map.of("@type", "Organization", "name", reviewer));
            review.put("reviewRating", Map.of("@type", "Rating", "ratingValue", rating, "bestRating", 5, "worstRating", 1,
                    "alternateName", capitalised(state.status().label())));
            reviews.add(review);
        }
        return Json.write(reviews);
    }

    /** Who said the claim, when it holds a direct quote with a known speaker. */
    private static java.util.Optional<String> speaker(Article article, Claim claim) {
        return article.analysis().quotes().stream()
                .filter(quote -> quote.kind() != QuoteKind.SCARE && quote.speaker() != null)
                .filter(quote -> quote.start() < claim.end() && claim.start() < quote.end())
                .map(Quote::speaker).findFirst();
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
