package crosscheck.http;

import com.fasterxml.jackson.databind.JsonNode;
import crosscheck.json.Json;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A small HTTP client for tests against a server on loopback. */
final class Http {
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private final String baseUrl;
    /** Request headers every request carries, such as Authorization; name, value, name, value... */
    private final String[] headers;

    /** A client that sends no credentials. */
    Http(String baseUrl) {
        this(baseUrl, new String[0]);
    }

    private Http(String baseUrl, String[] headers) {
        this.baseUrl = baseUrl;
        this.headers = headers;
    }

    /** A client acting with the server's admin API token. */
    static Http asAdmin(crosscheck.TestServer server) {
        return withToken(server.baseUrl(), server.adminToken());
    }

    /** A client sending {@code Authorization: Bearer token}. */
    static Http withToken(String baseUrl, String token) {
        return new Http(baseUrl, new String[]{"Authorization", "Bearer " + token});
    }

    /** The same client with one more header on every request. */
    Http withHeader(String name, String value) {
        String[] more = java.util.Arrays.copyOf(headers, headers.length + 2);
        more[headers.length] = name;
        more[headers.length + 1] = value;
        return new Http(baseUrl, more);
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
    }

    HttpResponse<String> getHtml(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", "text/html").GET());
    }

    HttpResponse<String> putJson(String path, Object body) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(Json.write(body))));
    }

    HttpResponse<String> delete(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).DELETE());
    }

    HttpResponse<String> postForm(String path, String form) {
        return postRaw(path, "application/x-www-form-urlencoded", form.getBytes(StandardCharsets.UTF_8));
    }

    HttpResponse<String> postJson(String path, Object body) {
        return postRaw(path, "application/json", Json.write(body).getBytes(StandardCharsets.UTF_8));
    }

    HttpResponse<String> postRaw(String path, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    HttpResponse<String> postFile(String path, String fileName, String fileType, byte[] content, String title) {
        String boundary = "----crosscheck-test-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (title != null) {
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\n" + title + "\r\n");
        }
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + fileType + "\r\n\r\n");
        body.writeBytes(content);
        write(body, "\r\n--" + boundary + "--\r\n");
        return postRaw(path, "multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    /** The status of a streaming response (such as server-sent events), closing the stream at once. */
    int streamStatus(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<java.io.InputStream> response = CLIENT.send(request.timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            response.body().close();
            return response.statusCode();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(HttpResponse<String> response) {
        return Json.read(response.body(), JsonNode.class);
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return CLIENT.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
