package crosscheck.claims;

import crosscheck.model.Entity;
import crosscheck.model.EntityCluster;
import crosscheck.model.EntityType;
import crosscheck.model.Quote;
import crosscheck.model.QuoteKind;
import crosscheck.model.TextSpan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds quotations in straight or curly, double or single marks (a quote may run across sentences, not across
 * paragraphs), tells direct quotes from scare quotes, and names the speaker from the words around the quote:
 * "X told Reuters: '…'", "'…', X said", "'…', said X", "X insisted Labour would ensure it '…'", "according to X",
 * and "he said" after a named speaker. Thread-safe (stateless).
 */
public final class QuoteFinder {
    /** Quotes of at most this many words, with no speech verb beside them, are scare quotes. */
    static final int SCARE_MAX_WORDS = 2;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "i", "we");
    private static final Pattern MEDIUM = Pattern.compile(
            "\\b(?:told|telling|tells|speaking\\s+to|in\\s+an\\s+interview\\s+with|interviewed\\s+by|wrote\\s+in|writing\\s+in|said\\s+on|posted\\s+on)"
                    + "\\s+(?:the\\s+)?((?:[A-Z][\\w&.'-]*)(?:\\s+(?:of\\s+)?[A-Z][\\w&.'-]*){0,4})");
    private static final Pattern PRONOUN_VERB = Pattern.compile(
            "(?i)\\b(he|she|they)\\s+(?:" + String.join("|", SpeechVerbs.VERBS) + ")\\b"
                    + "|\\b(?:" + String.join("|", SpeechVerbs.VERBS) + ")\\s+(he|she|they)\\b");

    /** Where a quotation's marks sit: {@code start} at the opening mark, {@code end} after the closing one. */
    record Marks(int start, int end) {
    }

    public List<Quote> find(String text, List<TextSpan> sentences, List<Entity> entities, List<EntityCluster> clusters) {
        Map<String, EntityCluster> clusterById = new HashMap<>();
        for (EntityCluster cluster : clusters) {
            clusterById.put(cluster.id(), cluster);
        }
        List<Quote> quotes = new ArrayList<>();
        Entity lastSpeaker = null;
        for (Marks marks : findMarks(text)) {
            String quoted = text.substring(marks.start(), marks.end());
            int words = countWords(quoted);
            Frame frame = frame(text, sentences, marks);
            Attribution attribution = attribute(text, frame, marks, entities, lastSpeaker);
            boolean speechNearby = attribution.hasSpeechVerb();
            if (words <= SCARE_MAX_WORDS && !attribution.introducesQuote()) {
                quotes.add(new Quote(marks.start(), marks.end(), quoted, QuoteKind.SCARE, null, null, null));
                continue;
            }
            Entity speaker = attribution.speaker();
            if (speaker != null && speaker.type() == EntityType.PERSON) {
                lastSpeaker = speaker;
            }
            String name = null;
            String cluster = null;
            if (speaker != null) {
                EntityCluster c = clusterById.get(speaker.cluster());
                name = c != null ? c.name() : speaker.text();
                cluster = speaker.cluster();
            }
            quotes.add(new Quote(marks.start(), marks.end(), quoted, QuoteKind.DIRECT, name, cluster,
                    speechNearby ? attribution.medium() : null));
        }
        return quotes;
    }

    private static int countWords(String quoted) {
        Matcher matcher = WORD.matcher(quoted);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    // ---- finding the marks ------------------------------------------------------------------------------

    /** Pairs opening and closing marks paragraph by paragraph; an unclosed quote ends with its paragraph. */
    static List<Marks> findMarks(String text) {
        List<Marks> marks = new ArrayList<>();
        int paragraphStart = 0;
        while (paragraphStart < text.length()) {
            int paragraphEnd = text.indexOf("\n\n", paragraphStart);
            if (paragraphEnd < 0) {
                paragraphEnd = text.length();
            }
            findMarksIn(text, paragraphStart, paragraphEnd, marks);
            paragraphStart = paragraphEnd + 2;
        }
        return marks;
    }

    private static void findMarksIn(String text, int from, int to, List<Marks> into) {
        int open = -1;
        char closer = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (open < 0) {
                if (c == '“') {
                    open = i;
                    closer = '”';
                } else if (c == '"') {
                    open = i;
                    closer = '"';
                } else if ((c == '‘' || c == '\'') && isOpeningSingle(text, i, from)) {
                    open = i;
                    closer = c == '‘' ? '’' : '\'';
                }
            } else if (c == closer || (closer == '"' && c == '”') || (closer == '”' && c == '"')) {
                if ((closer == '’' || closer == '\'') && !isClosingSingle(text, i, to)) {
                    continue;
                }
                if (i > open + 1) {
                    into.add(new Marks(open, i + 1));
                }
                open = -1;
            }
        }
        if (open >= 0 && closer != '\'' && closer != '’') {
            int end = to;
            while (end > open + 1 && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (end > open + 1) {
                into.add(new Marks(open, end));
            }
        }
    }

    private static boolean isOpeningSingle(String text, int i, int from) {
        boolean startsWord = i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
        boolean afterSpace = i == from || Character.isWhitespace(text.charAt(i - 1)) || text.charAt(i - 1) == '('
                || text.charAt(i - 1) == '"' || text.charAt(i - 1) == '“' || text.charAt(i - 1) == '—';
        return startsWord && afterSpace;
    }

    private static boolean isClosingSingle(String text, int i, int to) {
        // an apostrophe inside a word ("don't", "Blinken's") is not a closing mark
        boolean letterAfter = i + 1 < to && Character.isLetter(text.charAt(i + 1));
        return !letterAfter;
    }

    // ---- attribution ------------------------------------------------------------------------------------

    /** The text around a quote that may name its speaker: from the start of its first sentence to the end of its last. */
    record Frame(int start, int end) {
    }

    private static Frame frame(String text, List<TextSpan> sentences, Marks marks) {
        int start = marks.start();
        int end = marks.end();
        for (TextSpan sentence : sentences) {
            if (sentence.overlaps(marks.start(), marks.end()) || sentence.contains(marks.start())) {
                start = Math.min(start, sentence.start());
                end = Math.max(end, sentence.end());
            }
        }
        // a quote that ends its sentence is often attributed in the words right after it: '"…," Healey said.'
        int paragraphEnd = text.indexOf("\n\n", end);
        if (paragraphEnd < 0) {
            paragraphEnd = text.length();
        }
        return new Frame(start, Math.min(end, paragraphEnd));
    }

    record Attribution(Entity speaker, String medium, boolean hasSpeechVerb, boolean introducesQuote) {
    }

    private static Attribution attribute(String text, Frame frame, Marks marks, List<Entity> entities, Entity lastSpeaker) {
        String before = text.substring(frame.start(), marks.start());
        String after = text.substring(marks.end(), frame.end());
        Matcher verbBefore = SpeechVerbs.PATTERN.matcher(before);
        int lastVerbBefore = -1;
        int lastVerbBeforeEnd = -1;
        while (verbBefore.find()) {
            lastVerbBefore = frame.start() + verbBefore.start();
            lastVerbBeforeEnd = frame.start() + verbBefore.end();
        }
        Matcher verbAfter = SpeechVerbs.PATTERN.matcher(after);
        int firstVerbAfter = verbAfter.find() && verbAfter.start() < 60 ? marks.end() + verbAfter.start() : -1;
        int firstVerbAfterEnd = firstVerbAfter >= 0 ? marks.end() + verbAfter.end() : -1;
        boolean colonIntro = before.stripTrailing().endsWith(":") || before.stripTrailing().endsWith(",");
        boolean hasVerb = lastVerbBefore >= 0 || firstVerbAfter >= 0;

        Entity speaker = null;
        if (firstVerbAfter >= 0) {
            speaker = nearestSpeaker(entities, marks.end(), firstVerbAfter, firstVerbAfterEnd,
                    Math.min(frame.end(), firstVerbAfterEnd + 60));
        }
        if (speaker == null && lastVerbBefore >= 0) {
            String verb = text.substring(lastVerbBefore, lastVerbBeforeEnd).toLowerCase(Locale.ROOT);
            if (verb.startsWith("according")) {
                speaker = firstSpeakerIn(entities, lastVerbBeforeEnd, Math.min(marks.start(), lastVerbBeforeEnd + 80));
            } else {
                speaker = nearestSpeaker(entities, frame.start(), lastVerbBefore, lastVerbBeforeEnd, marks.start());
            }
        }
        if (speaker == null && hasVerb && lastSpeaker != null && PRONOUN_VERB.matcher(before + " " + after).find()) {
            speaker = lastSpeaker;
        }
        if (speaker == null && !hasVerb && colonIntro) {
            speaker = lastSubjectBefore(entities, frame.start(), marks.start());
        }
        String medium = null;
        Matcher mediumMatcher = MEDIUM.matcher(before + " " + after);
        if (mediumMatcher.find()) {
            medium = mediumMatcher.group(1);
        }
        return new Attribution(speaker, medium, hasVerb, hasVerb || colonIntro && speaker != null);
    }

    /** The person (else organization) closest to a speech verb: right before it ("Healey said") or right after ("said Healey"). */
    private static Entity nearestSpeaker(List<Entity> entities, int from, int verbStart, int verbEnd, int to) {
        Entity best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Entity entity : entities) {
            if (entity.type() != EntityType.PERSON && entity.type() != EntityType.ORGANIZATION) {
                continue;
            }
            int distance;
            if (entity.end() <= verbStart && entity.start() >= from) {
                distance = verbStart - entity.end();
            } else if (entity.start() >= verbEnd && entity.end() <= to) {
                distance = entity.start() - verbEnd + 5;
            } else {
                continue;
            }
            if (entity.type() == EntityType.ORGANIZATION) {
                distance += 40;
            }
            if (distance < bestDistance) {
                best = entity;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static Entity firstSpeakerIn(List<Entity> entities, int from, int to) {
        for (Entity entity : entities) {
            if (entity.start() >= from && entity.end() <= to
                    && (entity.type() == EntityType.PERSON || entity.type() == EntityType.ORGANIZATION)) {
                return entity;
            }
        }
        return null;
    }

    private static Entity lastSubjectBefore(List<Entity> entities, int from, int to) {
        Entity last = null;
        for (Entity entity : entities) {
            if (entity.start() >= from && entity.end() <= to && entity.type() == EntityType.PERSON) {
                last = entity;
            }
        }
        return last;
    }

    static boolean isPronoun(String word) {
        return PRONOUNS.contains(word.toLowerCase(Locale.ROOT));
    }
}
