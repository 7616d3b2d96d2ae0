package crosscheck.team;

import crosscheck.TestServer;
import crosscheck.json.Json;
import crosscheck.store.PostgresTestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two servers on one PostgreSQL database serve one team: what is stored through one is read through the other, and
 * a change made through one reaches, live, a reader connected to the other.
 */
class SharedDatabaseIT {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void aChangeThroughOneServerReachesAReaderOnTheOther() throws Exception {
        try (PostgresTestDatabase database = new PostgresTestDatabase();
             TestServer first = TestServer.startWith(config -> config.withDatabase(database.url()));
             TestServer second = TestServer.startWith(config -> config.withDatabase(database.url()))) {
            String editor = first.token("editor");
            HttpResponse<String> created = send(first, editor, "POST", "/api/articles",
                    "{\"title\":\"Aid\",\"text\":\"The minister said on Monday that the fund holds $4 billion.\"}");
            assertEquals(201, created.statusCode(), created.body());
            String article = Json.read(created.body(), JsonNode.class).get("id").asText();
            String viewerOnSecond = second.token("viewer");
            JsonNode stored = Json.read(send(second, viewerOnSecond, "GET", "/api/articles/" + article, null).body(), JsonNode.class);
            String claim = stored.get("analysis").get("claims").get(0).get("id").asText();

            BlockingQueue<String> lines = new LinkedBlockingQueue<>();
            HttpRequest stream = HttpRequest.newBuilder(URI.create(second.baseUrl() + "/api/articles/" + article + "/events"))
                    .header("Accept", "text/event-stream").header("Authorization", "Bearer " + viewerOnSecond).build();
            var response = CLIENT.sendAsync(stream, HttpResponse.BodyHandlers.ofLines());
            response.thenAcceptAsync(r -> {
                try (Stream<String> body = r.body()) {
                    body.forEach(lines::add);
                }
            });
            assertNotNull(poll(lines, "event: ready", 5000), "the stream on the second server opened: " + response.getNow(null) + " " + lines);

            long start = System.nanoTime();
            HttpResponse<String> changed = send(first, editor, "PUT", "/api/articles/" + article + "/claims/" + claim,
                    "{\"version\":0,\"status\":\"false\"}");
            assertEquals(200, changed.statusCode(), changed.body());
            String data = poll(lines, "data: {\"claimId\":\"" + claim, 3000);
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertNotNull(data, "the reader on the second server heard of the change");
            assertTrue(data.contains("\"to\":\"false\""), data);
            assertTrue(millis < 1000, "it took " + millis + " ms");
            System.out.printf("change through server 1 seen by a reader on server 2 after %d ms%n", millis);
            response.cancel(true);
        }
    }

    private static String poll(BlockingQueue<String> lines, String prefix, long millis) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        for (long left = millis; left > 0; left = TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime())) {
            String line = lines.poll(left, TimeUnit.MILLISECONDS);
            // "event: x" and "event:x" are the same field
            if (line != null && line.replaceFirst("^(\\w+): ?", "$1:").startsWith(prefix.replaceFirst("^(\\w+): ?", "$1:"))) {
                return line;
            }
        }
        return null;
    }

    private static HttpResponse<String> send(TestServer server, String token, String method, String path, String json)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(60));
        if (json != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
