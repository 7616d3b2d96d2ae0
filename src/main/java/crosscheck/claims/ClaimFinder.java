package crosscheck.claims;

import crosscheck.model.Claim;
import crosscheck.model.ClaimType;
import crosscheck.model.Entity;
import crosscheck.model.EntityType;
import crosscheck.model.Quote;
import crosscheck.model.QuoteKind;
import crosscheck.model.Sentence;
import crosscheck.model.TextSpan;
import crosscheck.model.Token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Scores every sentence (the scorer sees the whole document, so it may read a sentence with its neighbours) and keeps
 * as claims, best first, each with its types and reasons (sources are attached later): every sentence, the title
 * too, that states an amount or a percentage or quotes a named speaker, whatever its score, unless it calls to
 * action ("Tell that to the family paying 7 percent"); and the other sentences with evidence at or above the
 * threshold, but not an opinion or a call to action that attributes nothing ("Call your senator before Tuesday").
 * Claim ids derive from the sentence text, so the same text keeps its ids.
 * Thread-safe when its scorer is.
 */
public final class ClaimFinder {
    /** Default score a sentence needs to be listed as a claim. */
    public static final double DEFAULT_THRESHOLD = 0.5;
    /** How much higher than the threshold a sentence must score to be an event when it names nothing and no rule fires. */
    static final double UNNAMED_EVENT_MARGIN = 0.15;

    /** A wire story's credits: "(Reporting by Marta Nowicka; Editing by Helen Drury)". */
    private static final Pattern CREDIT_LINE = Pattern.compile(
            "\\(\\s*(?i:(?:additional\\s+)?reporting|writing|editing|compiled|graphics?)\\s+by\\b");

    private final CheckworthinessScorer scorer;
    private final EvidenceFinder evidence = new EvidenceFinder();
    private final double threshold;

    public ClaimFinder(CheckworthinessScorer scorer, double threshold) {
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must lie in [0, 1]: " + threshold);
        }
        this.scorer = scorer;
        this.threshold = threshold;
    }

    /** Sentences with their scores, and the claims among them. */
    public record Result(List<Sentence> sentences, List<Claim> claims) {
    }

    public Result find(String text, List<TextSpan> spans, List<List<Token>> tokens, List<Entity> entities,
                       List<Quote> quotes) {
        List<SentenceContext> contexts = new ArrayList<>(spans.size());
        List<Evidence> found = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            TextSpan span = spans.get(i);
            SentenceContext context = new SentenceContext(text, span, tokens.get(i), within(entities, span),
                    overlapping(quotes, span));
            contexts.add(context);
            found.add(evidence.find(context));
        }
        double[] scores = scorer.scoreAll(contexts, found);
        List<Sentence> sentences = new ArrayList<>(spans.size());
        List<Claim> claims = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < spans.size(); i++) {
            TextSpan span = spans.get(i);
            SentenceContext context = contexts.get(i);
            Evidence sentenceEvidence = found.get(i);
            double score = clamp(scores[i]);
            // a sentence no rule finds evidence in is a claim on its score alone; when it names nothing either, it must
            // score higher ("Security is not measured in missiles alone.", "The numbers behind the failure are
            // staggering.": the writer's view, which nothing in the text lets a checker look up)
            double eventBar = context.entities().isEmpty() ? threshold + UNNAMED_EVENT_MARGIN : threshold;
            Evidence scoredEvent = score >= eventBar ? evidence.asScoredEvent(context, sentenceEvidence) : null;
            if (scoredEvent != null) {
                sentenceEvidence = scoredEvent;
            }
            sentences.add(new Sentence(span.start(), span.end(), score));
            if (isClaim(context, sentenceEvidence, score)) {
                claims.add(new Claim(uniqueId(context.text(), ids), span.start(), span.end(), context.text(), score,
                        ordered(sentenceEvidence.types()), sentenceEvidence.reasons(), List.of()));
            }
        }
        claims.sort(Comparator.comparingDouble(Claim::score).reversed().thenComparingInt(Claim::start));
        return new Result(sentences, claims);
    }

    private boolean isClaim(SentenceContext context, Evidence evidence, double score) {
        if (evidence.types().isEmpty() || CREDIT_LINE.matcher(context.text()).lookingAt()) {
            return false;
        }
        boolean spoken = evidence.types().contains(ClaimType.ATTRIBUTION) || evidence.types().contains(ClaimType.QUOTE);
        // the writer's own question states nothing, a figure in it included ("Who can still claim that 2% is beyond
        // reach?"); a question quoted or attributed is speech
        boolean ownQuestion = evidence.question() && !spoken;
        boolean unverifiable = (evidence.opinion() || evidence.callToAction()) && !spoken || ownQuestion;
        return statesAValueOrAQuote(context) && !evidence.callToAction() && !ownQuestion
                || evidence.amounts() > 0 && !unverifiable || score >= threshold && !unverifiable;
    }

    /** An amount or a percentage, or a direct quote with a named speaker. */
    private static boolean statesAValueOrAQuote(SentenceContext context) {
        for (Entity entity : context.entities()) {
            if (entity.type() == EntityType.MONEY || entity.type() == EntityType.PERCENT) {
                return true;
            }
        }
        for (Quote quote : context.quotes()) {
            if (quote.kind() == QuoteKind.DIRECT && quote.speaker() != null) {
                return true;
            }
        }
        return false;
    }

    private static List<ClaimType> ordered(Set<ClaimType> types) {
        return types.stream().sorted().toList();
    }

    private static double clamp(double score) {
        return Double.isNaN(score) ? 0 : Math.max(0, Math.min(1, score));
    }

    private static List<Entity> within(List<Entity> entities, TextSpan span) {
        List<Entity> inside = new ArrayList<>();
        for (Entity entity : entities) {
            if (entity.start() >= span.start() && entity.end() <= span.end()) {
                inside.add(entity);
            }
        }
        return inside;
    }

    private static List<Quote> overlapping(List<Quote> quotes, TextSpan span) {
        List<Quote> found = new ArrayList<>();
        for (Quote quote : quotes) {
            if (span.overlaps(quote.start(), quote.end())) {
                found.add(quote);
            }
        }
        return found;
    }

    static String uniqueId(String sentence, Set<String> used) {
        String base = "c" + sha1(sentence.strip()).substring(0, 10);
        String id = base;
        for (int n = 2; !used.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private static String sha1(String value) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-1");
            return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required of every Java runtime", e);
        }
    }
}
