package crosscheck.model;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** One article in the team's library: its summary, where it came from, and how many claims are in each status. */
public record LibraryEntry(ArticleSummary article, String origin, PageInfo info, Map<ClaimStatus, Integer> counts) {
    public LibraryEntry {
        Objects.requireNonNull(article, "article");
        info = info == null ? PageInfo.NONE : info;
        EnumMap<ClaimStatus, Integer> all = new EnumMap<>(ClaimStatus.class);
        for (ClaimStatus status : ClaimStatus.values()) {
            all.put(status, counts.getOrDefault(status, 0));
        }
        counts = java.util.Collections.unmodifiableMap(all);
    }

    /** Counts from the statuses the team set; claims never touched (or set back) count as unchecked. */
    public static LibraryEntry of(ArticleSummary article, String origin, PageInfo info, Map<ClaimStatus, Integer> set) {
        EnumMap<ClaimStatus, Integer> counts = new EnumMap<>(ClaimStatus.class);
        int touched = 0;
        for (Map.Entry<ClaimStatus, Integer> entry : set.entrySet()) {
            if (entry.getKey() != ClaimStatus.UNCHECKED) {
                counts.put(entry.getKey(), entry.getValue());
                touched += entry.getValue();
            }
        }
        counts.put(ClaimStatus.UNCHECKED, Math.max(0, article.claimCount() - touched));
        return new LibraryEntry(article, origin, info, counts);
    }
}
