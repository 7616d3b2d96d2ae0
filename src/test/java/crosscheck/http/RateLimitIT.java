package crosscheck.http;

import crosscheck.TestServer;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RateLimitIT {
    @Test
    void submissionsBeyondTheLimitGet429WithRetryAfterWhileReadingGoesOn() {
        try (TestServer server = TestServer.startWith(config -> config.withAnalysesPerMinute(3))) {
            Http http = Http.asAdmin(server);
            for (int i = 0; i < 3; i++) {
                assertEquals(201, http.postJson("/api/articles", Map.of("text", "Inflation rose " + i + "% in 2024.")).statusCode());
            }
            HttpResponse<String> limited = http.postJson("/api/articles", Map.of("text", "One too many."));
            assertEquals(429, limited.statusCode());
            assertTrue(Integer.parseInt(limited.headers().firstValue("Retry-After").orElse("0")) >= 1);
            assertEquals("too_many_requests", Http.json(limited).get("error").asText());
            assertEquals(429, http.postJson("/api/sample", Map.of()).statusCode(), "the sample counts too");
            assertEquals(200, http.get("/api/articles").statusCode(), "reading is not limited");
        }
    }
}
