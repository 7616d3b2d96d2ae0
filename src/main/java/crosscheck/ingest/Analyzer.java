package crosscheck.ingest;

import crosscheck.claims.ClaimFinder;
import crosscheck.claims.LoadedLanguage;
import crosscheck.claims.QuoteFinder;
import crosscheck.model.Analysis;
import crosscheck.model.CitedLink;
import crosscheck.model.Claim;
import crosscheck.model.Entity;
import crosscheck.model.EntityCluster;
import crosscheck.model.Quote;
import crosscheck.model.Sentence;
import crosscheck.model.SourceDocument;
import crosscheck.model.SourceLink;
import crosscheck.model.TextSpan;
import crosscheck.nlp.AnnotatedText;
import crosscheck.nlp.NlpPipeline;
import crosscheck.sources.ClaimSources;
import crosscheck.sources.EntityLinker;
import crosscheck.sources.SourceMatcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Text to {@link Analysis}: language, sentences, tokens, entities and clusters, quotes, scored sentences and
 * claims, and the sources for each claim and entity. Performs no network call. Thread-safe.
 */
public final class Analyzer {
    static final String ENGLISH = crosscheck.nlp.LanguageGuesser.ENGLISH;
    static final String NOT_ENGLISH_NOTICE = "This article does not seem to be in English (detected: %s). "
            + "It is stored, but analysis is English-only for now: no entities or claims are marked.";

    private final NlpPipeline nlp;
    private final QuoteFinder quotes;
    private final ClaimFinder claims;
    private final SourceMatcher sources;
    private final EntityLinker linker;
    private final LoadedLanguage loaded;

    public Analyzer(NlpPipeline nlp, QuoteFinder quotes, ClaimFinder claims, SourceMatcher sources, EntityLinker linker,
                    LoadedLanguage loaded) {
        this.nlp = nlp;
        this.quotes = quotes;
        this.claims = claims;
        this.sources = sources;
        this.linker = linker;
        this.loaded = loaded;
    }

    /** The document's analysed text: the title, a blank line, then the body (just the body when untitled). */
    public static String textOf(SourceDocument document) {
        return document.title().isEmpty() ? document.body() : document.title() + "\n\n" + document.body();
    }

    public Analysis analyze(SourceDocument document) {
        String text = textOf(document);
        int bodyStart = text.length() - document.body().length();
        AnnotatedText annotated = nlp.annotate(text, bodyStart);
        if (!annotated.isEnglish()) {
            List<Sentence> sentences = annotated.sentences().stream()
                    .map(span -> new Sentence(span.start(), span.end(), 0.0)).toList();
            return new Analysis(document.title(), text, bodyStart, annotated.language(),
                    String.format(NOT_ENGLISH_NOTICE, annotated.language()),
                    sentences, List.of(), List.of(), List.of(), List.of(), List.of());
        }
        List<Quote> quoteList = quotes.find(text, annotated.sentences(), annotated.entities(), annotated.clusters());
        ClaimFinder.Result scored = claims.find(text, annotated.sentences(), annotated.tokens(),
                annotated.entities(), quoteList);
        Set<String> jurisdictions = sources.jurisdictionsOf(text);
        List<ClaimSources> contexts = new ArrayList<>(scored.claims().size());
        for (Claim claim : scored.claims()) {
            contexts.add(new ClaimSources(claim, within(annotated.entities(), claim),
                    overlapping(quoteList, claim), jurisdictions, citedIn(document.links(), bodyStart, claim)));
        }
        List<List<SourceLink>> links = sources.match(contexts);
        List<Claim> withSources = new ArrayList<>(scored.claims().size());
        for (int i = 0; i < scored.claims().size(); i++) {
            Claim claim = scored.claims().get(i);
            withSources.add(new Claim(claim.id(), claim.start(), claim.end(), claim.text(), claim.score(),
                    claim.types(), claim.reasons(), links.get(i)));
        }
        List<EntityCluster> clusters = linker.withLinks(annotated.clusters());
        return new Analysis(document.title(), text, bodyStart, annotated.language(), null, scored.sentences(),
                annotated.entities(), clusters, quoteList, withSources, loaded.find(text));
    }

    private static List<Entity> within(List<Entity> entities, Claim claim) {
        return entities.stream().filter(e -> e.start() >= claim.start() && e.end() <= claim.end()).toList();
    }

    private static List<Quote> overlapping(List<Quote> quotes, Claim claim) {
        TextSpan span = new TextSpan(claim.start(), claim.end());
        return quotes.stream().filter(q -> span.overlaps(q.start(), q.end())).toList();
    }

    private static List<String> citedIn(List<CitedLink> links, int bodyStart, Claim claim) {
        TextSpan span = new TextSpan(claim.start(), claim.end());
        return links.stream()
                .filter(link -> span.overlaps(link.start() + bodyStart, link.end() + bodyStart))
                .map(CitedLink::url).distinct().toList();
    }
}
