package crosscheck.browser;

import com.fasterxml.jackson.databind.JsonNode;
import crosscheck.TestServer;
import crosscheck.json.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The JSON API with a bearer token, as a script (or another member of the team) would call it: sets up what the
 * pages under test then show, and reads back what they did. Thread-safe.
 */
final class ApiClient {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String READER_PREFIX = "/a/";

    private final String baseUrl;
    private final String token;

    ApiClient(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    /** A client with a new API token of that role ("admin", "editor", "viewer"). */
    static ApiClient as(TestServer server, String role) {
        return new ApiClient(server.baseUrl(), server.token(role));
    }

    /** The article id in a reader path ("/a/{id}"). */
    static String articleId(String readerPath) {
        if (!readerPath.startsWith(READER_PREFIX)) {
            throw new IllegalArgumentException("not a reader path: " + readerPath);
        }
        return readerPath.substring(READER_PREFIX.length());
    }

    static JsonNode json(HttpResponse<String> response) {
        return json(response.body());
    }

    static JsonNode json(String body) {
        return Json.read(body, JsonNode.class);
    }

    /** Stores an article; returns its reader path ("/a/{id}"). */
    String createArticle(String title, String text) {
        HttpResponse<String> response = post("/api/articles", Map.of("title", title, "text", text));
        assertEquals(201, response.statusCode(), response.body());
        return json(response).get("url").asText();
    }

    /** A claim's state as the API reports it; version 0 and no fields when nobody touched it. */
    JsonNode claimState(String articleId, String claimId) {
        HttpResponse<String> response = get("/api/articles/" + articleId + "/workflow");
        assertEquals(200, response.statusCode(), response.body());
        JsonNode state = json(response).path("claims").path(claimId);
        return state.isMissingNode() ? Json.read("{\"version\": 0, \"status\": \"unchecked\", \"notes\": []}", JsonNode.class) : state;
    }

    /** Sets a claim's status from the version it has now; returns the new state. */
    JsonNode setStatus(String articleId, String claimId, String status) {
        int version = claimState(articleId, claimId).path("version").asInt();
        HttpResponse<String> response = put(claimPath(articleId, claimId), Map.of("version", version, "status", status));
        assertEquals(200, response.statusCode(), response.body());
        return json(response);
    }

    /** Adds a note to a claim from the version it has now; returns the new state. */
    JsonNode addNote(String articleId, String claimId, String text) {
        int version = claimState(articleId, claimId).path("version").asInt();
        HttpResponse<String> response = post(claimPath(articleId, claimId) + "/notes", Map.of("version", version, "text", text));
        assertEquals(201, response.statusCode(), response.body());
        return json(response);
    }

    /** Creates a read-only share link to an article: {id, url, expiresAt}. */
    JsonNode share(String articleId) {
        HttpResponse<String> response = post("/api/articles/" + articleId + "/share", Map.of());
        assertEquals(201, response.statusCode(), response.body());
        return json(response);
    }

    static String claimPath(String articleId, String claimId) {
        return "/api/articles/" + articleId + "/claims/" + URLEncoder.encode(claimId, StandardCharsets.UTF_8);
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    HttpResponse<String> post(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(body))));
    }

    HttpResponse<String> put(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(Json.write(body))));
    }

    /** POSTs a multipart upload of one text file to /api/articles (a double quote travels as %22 in the name). */
    HttpResponse<String> upload(String fileName, String text) {
        String boundary = "----crosscheck-test-boundary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName.replace("\"", "%22") + "\"\r\nContent-Type: text/plain\r\n\r\n" + text + "\r\n--" + boundary + "--\r\n";
        return send(request("/api/articles").header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + token);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while calling the API", e);
        }
    }
}
