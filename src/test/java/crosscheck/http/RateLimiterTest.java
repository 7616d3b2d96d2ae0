package crosscheck.http;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RateLimiterTest {
    @Test
    void allowsABurstThenRefillsOverTime() {
        RateLimiter limiter = new RateLimiter(60);
        long t = 0;
        for (int i = 0; i < 60; i++) {
            assertEquals(0, limiter.acquire("a", t));
        }
        assertTrue(limiter.acquire("a", t) >= 1, "the 61st request in the same instant waits");
        assertEquals(0, limiter.acquire("b", t), "other clients have their own bucket");
        assertEquals(0, limiter.acquire("a", t + 1_000_000_000L), "one token back after a second");
    }
}
