package crosscheck.nlp.ner;

import crosscheck.model.EntityType;
import crosscheck.model.Token;

import java.util.Arrays;
import java.util.List;

/**
 * A name over tokens {@code [start, end)} of sentence {@code sentence}: the working span of the name finder, which
 * its passes move, retype, split and drop before it becomes a {@link crosscheck.nlp.Mention}. Beside the list of
 * candidates, the passes keep a coverage table ({@code covered[sentence][token]}: whether a candidate holds the
 * token) in step with it; the static helpers here read and change both together ({@link #add}, {@link #clearInside},
 * {@link #removeOverlapping})
 * and only what they are given. Candidates and their tables live for one call of {@link TrainedNameFinder#find} and
 * are never shared between threads.
 */
final class NameCandidate {
    final int sentence;
    int start;
    int end;
    EntityType type;

    NameCandidate(int sentence, int start, int end, EntityType type) {
        this.sentence = sentence;
        this.start = start;
        this.end = end;
        this.type = type;
    }

    /** The coverage table of {@code candidates}: for each token of each sentence, whether a candidate holds it. */
    static boolean[][] coverage(List<List<Token>> sentences, List<NameCandidate> candidates) {
        boolean[][] covered = new boolean[sentences.size()][];
        for (int s = 0; s < sentences.size(); s++) {
            covered[s] = new boolean[sentences.get(s).size()];
        }
        for (NameCandidate candidate : candidates) {
            for (int i = candidate.start; i < candidate.end; i++) {
                covered[candidate.sentence][i] = true;
            }
        }
        return covered;
    }

    /** Adds {@code candidate} to the list and marks its tokens covered. */
    static void add(List<NameCandidate> candidates, boolean[][] covered, NameCandidate candidate) {
        candidates.add(candidate);
        for (int i = candidate.start; i < candidate.end; i++) {
            covered[candidate.sentence][i] = true;
        }
    }

    /** Whether no candidate holds any of tokens {@code [start, end)} of a sentence's row of the coverage table. */
    static boolean isFree(boolean[] covered, int start, int end) {
        for (int i = start; i < end; i++) {
            if (covered[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Removes the candidates that lie within tokens {@code [start, end)} of sentence {@code s}, unless one of them
     * reaches out of it: then nothing changes and the answer is false.
     */
    static boolean clearInside(List<NameCandidate> candidates, boolean[][] covered, int s, int start, int end) {
        for (NameCandidate candidate : candidates) {
            if (candidate.sentence == s && candidate.start < end && candidate.end > start
                    && (candidate.start < start || candidate.end > end)) {
                return false;
            }
        }
        candidates.removeIf(candidate -> candidate.sentence == s && candidate.start >= start && candidate.end <= end);
        Arrays.fill(covered[s], start, end, false);
        return true;
    }

    /**
     * Removes every candidate but {@code keep} (which may be null) that overlaps tokens {@code [start, end)} of
     * sentence {@code s}, and uncovers its tokens: a rule that knows better takes the span over.
     */
    static void removeOverlapping(List<NameCandidate> candidates, boolean[][] covered, int s, int start, int end,
                                  NameCandidate keep) {
        candidates.removeIf(other -> {
            boolean overlaps = other != keep && other.sentence == s && other.start < end && start < other.end;
            if (overlaps) {
                Arrays.fill(covered[s], other.start, other.end, false);
            }
            return overlaps;
        });
    }

    /** Whether a candidate begins at token {@code start} of sentence {@code sentence}. */
    static boolean startsCandidate(List<NameCandidate> candidates, int sentence, int start) {
        for (NameCandidate candidate : candidates) {
            if (candidate.sentence == sentence && candidate.start == start) {
                return true;
            }
        }
        return false;
    }

    /** The candidate that begins right where {@code candidate} ends, in its sentence, or null. */
    static NameCandidate following(List<NameCandidate> candidates, NameCandidate candidate) {
        for (NameCandidate other : candidates) {
            if (other != candidate && other.sentence == candidate.sentence && other.start == candidate.end) {
                return other;
            }
        }
        return null;
    }
}
