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

    @Test
    void guessingPasswordsIsLimitedPerAddress() {
        try (TestServer server = TestServer.start()) {
            Http visitor = new Http(server.baseUrl());
            long start = System.nanoTime();
            int allowed = 0;
            HttpResponse<String> answer;
            // each wrong password costs the server a slow hash, so the limit refills a little while we try
            while ((answer = visitor.postForm("/signin", "name=admin&password=guess-number-" + allowed))
                    .headers().firstValue("Location").orElseThrow().endsWith("&error=credentials")) {
                allowed++;
                assertTrue(allowed <= 3 * WebApp.SIGN_INS_PER_MINUTE, "no limit after " + allowed + " attempts");
            }
            double minutes = (System.nanoTime() - start) / 60e9;
            assertEquals(303, answer.statusCode());
            assertTrue(answer.headers().firstValue("Location").orElseThrow().endsWith("&error=throttled"));
            assertTrue(allowed <= WebApp.SIGN_INS_PER_MINUTE * (1 + minutes) + 1, allowed + " attempts in " + minutes + " min");
            HttpResponse<String> limited = visitor.postForm("/signin", "name=admin&password=" + TestServer.ADMIN_PASSWORD);
            assertTrue(limited.headers().firstValue("Location").orElseThrow().endsWith("&error=throttled"),
                    "even the right password waits once the limit is reached");
            assertTrue(limited.headers().firstValue("Set-Cookie").isEmpty());
            assertTrue(limited.headers().firstValue("Retry-After").isPresent());
        }
    }
}
