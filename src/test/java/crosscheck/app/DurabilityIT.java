package crosscheck.app;

import com.fasterxml.jackson.databind.JsonNode;
import crosscheck.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The server as its own process, as people run it: the first start prints a one-time setup link; a stream of
 * writes is cut by SIGKILL; after a restart every write that had been acknowledged is there.
 */
class DurabilityIT {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private static final Pattern LISTENING = Pattern.compile("reading at http://127\\.0\\.0\\.1:(\\d+)/");
    private static final Pattern SETUP = Pattern.compile("(/setup\\?token=[A-Za-z0-9_-]+)");

    @TempDir
    Path data;

    /** A server process over {@link #data} and the lines it prints. */
    private record Server(Process process, String baseUrl, List<String> output) {
    }

    private Server start() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xmx320m", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "serve", "--port", "0", "--data", data.toString())
                .redirectErrorStream(true).start();
        List<String> output = new CopyOnWriteArrayList<>();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    output.add(line);
                    lines.add(line);
                }
            } catch (IOException e) {
                // the process ended
            }
        });
        reader.setDaemon(true);
        reader.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            String line = lines.poll(1, TimeUnit.SECONDS);
            Matcher matcher = line == null ? null : LISTENING.matcher(line);
            if (matcher != null && matcher.find()) {
                return new Server(process, "http://127.0.0.1:" + matcher.group(1), output);
            }
        }
        process.destroyForcibly();
        throw new AssertionError("the server did not start: " + output);
    }

    @Test
    void everyAcknowledgedWriteSurvivesSigkill() throws Exception {
        Server first = start();
        String token;
        String article;
        String claim;
        List<String> acknowledged = new CopyOnWriteArrayList<>();
        try {
            String setup = waitForSetupLink(first);
            HttpResponse<String> admin = send(first, "POST", setup.substring(0, setup.indexOf('?')), null,
                    "application/x-www-form-urlencoded", "name=Chief&password=" + URLEncoder.encode("a long password", StandardCharsets.UTF_8)
                            + "&token=" + setup.substring(setup.indexOf('=') + 1), "Cookie", "");
            assertEquals(303, admin.statusCode(), admin.body());
            String cookie = admin.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
            String csrf = json(send(first, "GET", "/api/me", null, null, null, "Cookie", cookie)).get("csrf").asText();
            token = json(send(first, "POST", "/api/tokens", null, "application/json", "{\"role\":\"editor\",\"name\":\"writer\"}",
                    "Cookie", cookie, "X-CSRF-Token", csrf)).get("token").asText();
            article = json(send(first, "POST", "/api/articles", token, "application/json",
                    "{\"title\":\"Aid\",\"text\":\"The minister said on Monday that the fund holds $4 billion.\"}")).get("id").asText();
            claim = json(send(first, "GET", "/api/articles/" + article, token, null, null))
                    .get("analysis").get("claims").get(0).get("id").asText();

            String path = "/api/articles/" + article + "/claims/" + claim + "/notes";
            Thread writer = new Thread(() -> {
                int version = 0;
                for (int i = 0; ; i++) {
                    String note = "finding " + i;
                    try {
                        HttpResponse<String> response = send(first, "POST", path, token, "application/json",
                                "{\"version\":" + version + ",\"text\":\"" + note + "\"}");
                        if (response.statusCode() != 201) {
                            return;
                        }
                        acknowledged.add(note);
                        version = json(response).get("version").asInt();
                    } catch (Exception e) {
                        return; // the server is gone
                    }
                }
            });
            writer.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (acknowledged.size() < 50 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            first.process().destroyForcibly(); // SIGKILL: no shutdown hook, no flush
            assertTrue(first.process().waitFor(10, TimeUnit.SECONDS));
            writer.join(10_000);
        } finally {
            first.process().destroyForcibly();
        }
        assertTrue(acknowledged.size() >= 50, "writes were acknowledged before the kill: " + acknowledged.size());

        Server second = start();
        try {
            assertFalse(second.output().stream().anyMatch(line -> line.contains("/setup?token=")),
                    "a server with members prints no setup link");
            JsonNode state = json(send(second, "GET", "/api/articles/" + article + "/workflow", token, null, null))
                    .get("claims").get(claim);
            Set<String> stored = new HashSet<>();
            state.get("notes").forEach(note -> stored.add(note.get("text").asText()));
            List<String> lost = new ArrayList<>(acknowledged);
            lost.removeAll(stored);
            System.out.printf("SIGKILL during writes: %d acknowledged, %d stored after restart, %d lost%n",
                    acknowledged.size(), stored.size(), lost.size());
            assertEquals(List.of(), lost, "acknowledged writes lost");
            assertTrue(stored.size() <= acknowledged.size() + 1, "at most the one write in flight is stored unacknowledged");
            assertEquals(stored.size(), state.get("version").asInt());
        } finally {
            second.process().destroyForcibly();
            second.process().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static String waitForSetupLink(Server server) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            for (String line : server.output()) {
                Matcher matcher = SETUP.matcher(line);
                if (matcher.find()) {
                    return matcher.group(1);
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no setup link printed: " + server.output());
    }

    private static JsonNode json(HttpResponse<String> response) {
        assertNotNull(response.body());
        assertTrue(response.statusCode() < 300, response.statusCode() + " " + response.body());
        return Json.read(response.body(), JsonNode.class);
    }

    private static HttpResponse<String> send(Server server, String method, String path, String token, String type,
                                             String body, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (type != null) {
            request.header("Content-Type", type);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            if (!headers[i + 1].isEmpty()) {
                request.header(headers[i], headers[i + 1]);
            }
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
