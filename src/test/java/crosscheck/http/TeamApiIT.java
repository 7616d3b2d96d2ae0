package crosscheck.http;

import com.fasterxml.jackson.databind.JsonNode;
import crosscheck.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The team API over HTTP: sign-in, CSRF, the claim workflow, share links, exports, the library and live events. */
class TeamApiIT {
    static TestServer server;
    static Http admin;
    static Http editor;
    static Http viewer;
    static String article;
    static String claim;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        admin = Http.asAdmin(server);
        editor = Http.withToken(server.baseUrl(), server.token("editor"));
        viewer = Http.withToken(server.baseUrl(), server.token("viewer"));
        HttpResponse<String> created = editor.postJson("/api/articles", Map.of("title", "Funding vote", "text", ArticleApiIT.ARTICLE));
        assertEquals(201, created.statusCode(), created.body());
        article = Http.json(created).get("id").asText();
        claim = Http.json(editor.get("/api/articles/" + article)).get("analysis").get("claims").get(0).get("id").asText();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static int version(String claimId) {
        JsonNode state = Http.json(viewer.get("/api/articles/" + article + "/workflow")).get("claims").get(claimId);
        return state == null ? 0 : state.get("version").asInt();
    }

    static HttpResponse<String> setStatus(Http http, String claimId, int version, String status) {
        return http.putJson("/api/articles/" + article + "/claims/" + claimId, Map.of("version", version, "status", status));
    }

    @Test
    void aStaleWriteGets409WithTheNewerStateAndNothingIsOverwritten() {
        String second = Http.json(editor.get("/api/articles/" + article)).get("analysis").get("claims").get(1).get("id").asText();
        int seen = version(second);
        HttpResponse<String> first = setStatus(editor, second, seen, "false");
        assertEquals(200, first.statusCode(), first.body());
        assertEquals("false", Http.json(first).get("status").asText());
        HttpResponse<String> stale = setStatus(admin, second, seen, "verified");
        assertEquals(409, stale.statusCode());
        JsonNode conflict = Http.json(stale);
        assertEquals("conflict", conflict.get("error").asText());
        assertEquals("false", conflict.get("current").get("status").asText());
        assertEquals(seen + 1, conflict.get("current").get("version").asInt());
        assertTrue(conflict.get("message").asText().contains("Someone else changed this claim"));
        assertEquals(400, editor.putJson("/api/articles/" + article + "/claims/" + second, Map.of("status", "false")).statusCode(),
                "a write without a version is refused");
        assertEquals(400, setStatus(editor, second, seen + 1, "fake").statusCode());
        assertEquals(404, setStatus(editor, "c-no-such-claim", 0, "false").statusCode());
    }

    @Test
    void notesKeepTheirTextAndTheHistorySaysWhoDidWhat() {
        String third = Http.json(editor.get("/api/articles/" + article)).get("analysis").get("claims").get(2).get("id").asText();
        int seen = version(third);
        HttpResponse<String> noted = editor.postJson("/api/articles/" + article + "/claims/" + third + "/notes",
                Map.of("version", seen, "text", "Pentagon release says **$2.3bn**; <script>alert(1)</script> stays text"));
        assertEquals(201, noted.statusCode(), noted.body());
        JsonNode state = Http.json(noted);
        assertEquals("Pentagon release says **$2.3bn**; <script>alert(1)</script> stays text",
                state.get("notes").get(0).get("text").asText(), "notes are stored raw; the page renders them safely");
        assertEquals("test-editor", state.get("notes").get(0).get("author").asText());
        HttpResponse<String> assigned = editor.putJson("/api/articles/" + article + "/claims/" + third,
                Map.of("version", seen + 1, "assignee", "Dana"));
        assertEquals("Dana", Http.json(assigned).get("assignee").asText());
        JsonNode history = Http.json(assigned).get("history");
        assertEquals("note", history.get(0).get("kind").asText());
        assertEquals("assignee", history.get(1).get("kind").asText());
        assertEquals("Dana", history.get(1).get("to").asText());
        assertEquals(422, editor.postJson("/api/articles/" + article + "/claims/" + third + "/notes",
                Map.of("version", seen + 2, "text", "   ")).statusCode(), "an empty note is refused");
    }

    @Test
    void aSessionCookieNeedsTheCsrfTokenForEveryWrite() {
        Http browser = new Http(server.baseUrl());
        HttpResponse<String> wrong = browser.postForm("/signin", "name=admin&password=wrong-password&next=%2Fa%2F" + article);
        assertEquals(303, wrong.statusCode());
        assertEquals("/signin?next=%2Fa%2F" + article + "&error=credentials", wrong.headers().firstValue("Location").orElseThrow());
        assertTrue(wrong.headers().firstValue("Set-Cookie").isEmpty());

        HttpResponse<String> signedIn = browser.postForm("/signin", "name=admin&password="
                + URLEncoder.encode(TestServer.ADMIN_PASSWORD, StandardCharsets.UTF_8) + "&next=%2Fa%2F" + article);
        assertEquals(303, signedIn.statusCode());
        assertEquals("/a/" + article, signedIn.headers().firstValue("Location").orElseThrow());
        String cookie = signedIn.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), cookie);
        Http session = browser.withHeader("Cookie", cookie.substring(0, cookie.indexOf(';')));

        JsonNode me = Http.json(session.get("/api/me"));
        assertEquals("admin", me.get("name").asText());
        assertEquals("admin", me.get("role").asText());
        String csrf = me.get("csrf").asText();
        String fourth = Http.json(session.get("/api/articles/" + article)).get("analysis").get("claims").get(3).get("id").asText();
        HttpResponse<String> forged = setStatus(session, fourth, version(fourth), "verified");
        assertEquals(403, forged.statusCode());
        assertTrue(Http.json(forged).get("message").asText().contains("CSRF"));
        assertEquals(200, setStatus(session.withHeader("X-CSRF-Token", csrf), fourth, version(fourth), "verified").statusCode());

        assertEquals(303, session.postForm("/signout", "_csrf=" + csrf).statusCode());
        assertEquals(401, session.get("/api/me").statusCode(), "signing out ends the session");
    }

    @Test
    void signInFormsFromAnotherSiteAreRefused() {
        HttpResponse<String> response = new Http(server.baseUrl()).withHeader("Origin", "https://evil.example")
                .postForm("/signin", "name=admin&password=x");
        assertEquals(403, response.statusCode());
        assertEquals(403, new Http(server.baseUrl()).withHeader("Origin", "null").withHeader("Sec-Fetch-Site", "cross-site")
                .postForm("/signin", "name=admin&password=x").statusCode());
        assertEquals(303, new Http(server.baseUrl()).withHeader("Origin", "null").withHeader("Sec-Fetch-Site", "same-origin")
                .postForm("/signin", "name=admin&password=x").statusCode(), "a browser's own form under no-referrer");
    }

    @Test
    void aShareLinkOpensOneArticleReadOnlyUntilRevoked() {
        HttpResponse<String> created = editor.postJson("/api/articles/" + article + "/share", Map.of("days", 7));
        assertEquals(201, created.statusCode(), created.body());
        String url = Http.json(created).get("url").asText();
        String token = url.substring(url.indexOf("/s/") + 3);
        assertTrue(token.length() >= 40, "the token is long enough not to be guessed: " + token);
        Http outsider = new Http(server.baseUrl()).withHeader("X-Share-Token", token);

        HttpResponse<String> page = new Http(server.baseUrl()).getHtml("/s/" + token);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("og:description"));
        assertEquals(200, outsider.get("/api/articles/" + article).statusCode());
        JsonNode workflow = Http.json(outsider.get("/api/articles/" + article + "/workflow"));
        workflow.get("claims").forEach(state -> {
            assertEquals(0, state.get("notes").size(), "outsiders do not see the team's notes");
            assertTrue(state.get("assignee").isNull());
        });
        assertEquals("share", Http.json(outsider.get("/api/me")).get("role").asText());
        assertEquals(403, setStatus(outsider, claim, version(claim), "false").statusCode());

        String shareId = Http.json(created).get("id").asText();
        assertEquals(1, Http.json(editor.get("/api/articles/" + article + "/shares")).get("shares").findValues("id").stream()
                .filter(id -> id.asText().equals(shareId)).count());
        assertEquals(204, editor.delete("/api/shares/" + shareId).statusCode());
        assertEquals(404, new Http(server.baseUrl()).getHtml("/s/" + token).statusCode());
        assertEquals(404, outsider.get("/api/articles/" + article).statusCode());
        assertEquals(422, editor.postJson("/api/articles/" + article + "/share", Map.of("days", 400)).statusCode());
    }

    @Test
    void theReaderPageSumsUpTheClaimsForLinkPreviews() {
        HttpResponse<String> page = admin.getHtml("/a/" + article);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<meta property=\"og:title\" content=\"Funding vote\">"), page.body());
        int claims = Http.json(admin.get("/api/articles/" + article)).get("analysis").get("claims").size();
        assertTrue(page.body().matches("(?s).*<meta property=\"og:description\" content=\"" + claims + " claims( · \\d+ [a-z ]+)+\">.*"),
                page.body());
    }

    @Test
    void exportsCarryStatusesNotesAndClaimReviews() {
        String fifth = Http.json(editor.get("/api/articles/" + article)).get("analysis").get("claims").get(4).get("id").asText();
        int seen = version(fifth);
        setStatus(editor, fifth, seen, "misleading");
        editor.postJson("/api/articles/" + article + "/claims/" + fifth + "/notes", Map.of("version", seen + 1,
                "text", "Figure is for 2025, not 2026."));

        HttpResponse<String> markdown = viewer.get("/api/articles/" + article + "/export?format=md");
        assertEquals(200, markdown.statusCode());
        assertTrue(markdown.headers().firstValue("Content-Type").orElseThrow().startsWith("text/markdown"));
        assertTrue(markdown.headers().firstValue("Content-Disposition").orElseThrow().contains("attachment"));
        assertTrue(markdown.body().startsWith("# Funding vote"));
        assertTrue(markdown.body().contains("MISLEADING"));
        assertTrue(markdown.body().contains("Figure is for 2025, not 2026."));

        JsonNode json = Http.json(viewer.get("/api/articles/" + article + "/export?format=json"));
        JsonNode exported = null;
        for (JsonNode entry : json.get("claims")) {
            if (entry.get("id").asText().equals(fifth)) {
                exported = entry;
            }
        }
        assertNotNull(exported);
        assertEquals("misleading", exported.get("status").asText());

        JsonNode reviews = Http.json(viewer.get("/api/articles/" + article + "/export?format=claimreview"));
        assertTrue(reviews.isArray() && reviews.size() >= 1);
        List<String> ratings = new ArrayList<>();
        for (JsonNode review : reviews) {
            assertEquals("ClaimReview", review.get("@type").asText());
            assertEquals("https://schema.org", review.get("@context").asText());
            ratings.add(review.get("reviewRating").get("alternateName").asText());
        }
        assertTrue(ratings.contains("Misleading"), ratings.toString());
        assertFalse(ratings.contains("Unchecked") || ratings.contains("In progress"));
        assertEquals(400, viewer.get("/api/articles/" + article + "/export?format=docx").statusCode());
    }

    @Test
    void theLibrarySearchesAndFiltersByStatus() {
        String sixth = Http.json(editor.get("/api/articles/" + article)).get("analysis").get("claims").get(5).get("id").asText();
        int seen = version(sixth);
        assertEquals(201, editor.postJson("/api/articles/" + article + "/claims/" + sixth + "/notes",
                Map.of("version", seen, "text", "Asked the quartermaster's office")).statusCode());
        assertEquals(200, setStatus(editor, sixth, seen + 1, "unverifiable").statusCode());
        JsonNode found = Http.json(viewer.get("/api/articles?q=quartermaster"));
        assertEquals(1, found.get("articles").size());
        assertEquals(article, found.get("articles").get(0).get("id").asText());
        assertTrue(found.get("articles").get(0).get("counts").get("unverifiable").asInt() >= 1);
        assertEquals(1, Http.json(viewer.get("/api/articles?status=unverifiable")).get("articles").size());
        assertEquals(0, Http.json(viewer.get("/api/articles?q=zeppelin")).get("articles").size());
        assertEquals(400, viewer.get("/api/articles?status=nonsense").statusCode());
    }

    @Test
    void readersSeeEveryChangeLiveWithinASecond() throws Exception {
        try (EventStream events = new EventStream(server.baseUrl() + "/api/articles/" + article + "/events",
                "Authorization", "Bearer " + server.token("viewer"))) {
            assertEquals(200, events.status());
            assertEquals("ready", events.next(5000).name());
            long start = System.nanoTime();
            assertEquals(200, setStatus(editor, claim, version(claim), "in_progress").statusCode());
            // the feed polls every 200 ms, so a change another test made just before this one subscribed may come
            // first: skip changes to other claims
            EventStream.Event event;
            JsonNode data;
            do {
                event = events.next(3000);
                assertNotNull(event, "no event within 3 s");
                assertEquals("claim", event.name());
                data = crosscheck.json.Json.read(event.data(), JsonNode.class);
            } while (!claim.equals(data.get("claimId").asText()));
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals("in_progress", data.get("to").asText());
            assertTrue(millis < 1000, "the event took " + millis + " ms");
        }
    }

    @Test
    void adminsInviteMembersWhoSignUpOnceWithTheLink() {
        HttpResponse<String> invite = admin.postJson("/api/invites", Map.of("role", "viewer"));
        assertEquals(201, invite.statusCode(), invite.body());
        String url = Http.json(invite).get("url").asText();
        String path = url.substring(url.indexOf("/invite/"));
        Http visitor = new Http(server.baseUrl());
        assertEquals(200, visitor.getHtml(path).statusCode());
        HttpResponse<String> joined = visitor.postForm(path, "name=Vera&password=long+enough+password");
        assertEquals(303, joined.statusCode(), joined.body());
        String cookie = joined.headers().firstValue("Set-Cookie").orElseThrow();
        JsonNode me = Http.json(visitor.withHeader("Cookie", cookie.substring(0, cookie.indexOf(';'))).get("/api/me"));
        assertEquals("Vera", me.get("name").asText());
        assertEquals("viewer", me.get("role").asText());
        assertEquals(404, visitor.postForm(path, "name=Mallory&password=long+enough+password").statusCode(),
                "an invite works once");
        assertTrue(Http.json(admin.get("/api/members")).get("members").findValuesAsText("name").contains("Vera"));
    }

    @Test
    void hostileWorkflowInputGetsA4xxAndChangesNothing() {
        String path = "/api/articles/" + article + "/claims/" + claim;
        int before = version(claim);
        List<HttpResponse<String>> answers = List.of(
                editor.postJson(path + "/notes", Map.of("version", before, "text", "x".repeat(10_001))),
                editor.putJson(path, Map.of("version", before, "assignee", "y".repeat(81))),
                editor.postRaw(path + "/notes", "application/json", "{\"version\": 0, \"text\": ".getBytes(StandardCharsets.UTF_8)),
                editor.postRaw(path + "/notes", "application/json", new byte[]{'{', '"', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}),
                editor.postRaw(path + "/notes", "application/json", ("[".repeat(5000) + "]".repeat(5000)).getBytes(StandardCharsets.UTF_8)),
                editor.putJson(path, Map.of("version", -1, "status", "false")),
                editor.putJson(path, Map.of("version", before, "status", "<script>alert(1)</script>")),
                editor.putJson("/api/articles/" + article + "/claims/" + "..%2F..%2Fetc", Map.of("version", 0, "status", "false")),
                editor.postJson("/api/articles/nope/share", Map.of()),
                viewer.get("/api/articles?q=" + URLEncoder.encode("\" OR 1=1; DROP TABLE article; -- NEAR(", StandardCharsets.UTF_8)),
                viewer.get("/api/articles?q=" + "w".repeat(5000)),
                viewer.get("/api/articles/" + article + "/export?format=" + URLEncoder.encode("../../etc/passwd", StandardCharsets.UTF_8)));
        List<String> statuses = new ArrayList<>();
        for (HttpResponse<String> answer : answers) {
            statuses.add(String.valueOf(answer.statusCode()));
        }
        assertEquals(List.of("422", "422", "400", "422", "400", "400", "400", "404", "404", "200", "200", "400"), statuses);
        assertEquals(before, version(claim), "nothing was written");
        assertEquals(200, viewer.get("/api/articles/" + article).statusCode(), "the server and the article are fine");
    }

    @Test
    void fiftyConcurrentWritersOnOneClaimEachGetAppliedOr409AndNoneIsLost() throws Exception {
        String own = Http.json(editor.postJson("/api/articles", Map.of("title", "Race", "text", ArticleApiIT.ARTICLE))).get("id").asText();
        String target = Http.json(editor.get("/api/articles/" + own)).get("analysis").get("claims").get(0).get("id").asText();
        String path = "/api/articles/" + own + "/claims/" + target + "/notes";
        int writers = 50;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(25);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<Integer>> results = new ArrayList<>();
        try {
            for (int i = 0; i < writers; i++) {
                String note = "writer " + i;
                results.add(pool.submit(() -> {
                    JsonNode current = Http.json(viewer.get("/api/articles/" + own + "/workflow")).get("claims").get(target);
                    int seen = current == null ? 0 : current.get("version").asInt();
                    start.await();
                    HttpResponse<String> answer = editor.postJson(path, Map.of("version", seen, "text", note));
                    return answer.statusCode();
                }));
            }
            start.countDown();
            Map<Integer, Integer> statuses = new java.util.TreeMap<>();
            for (java.util.concurrent.Future<Integer> result : results) {
                statuses.merge(result.get(), 1, Integer::sum);
            }
            assertEquals(java.util.Set.of(201, 409), java.util.Set.copyOf(statuses.keySet()), statuses.toString());
            JsonNode state = Http.json(viewer.get("/api/articles/" + own + "/workflow")).get("claims").get(target);
            assertEquals((int) statuses.get(201), state.get("notes").size(), "every applied write is stored: " + statuses);
            assertEquals((int) statuses.get(201), state.get("version").asInt());
            System.out.printf("50 concurrent writers on one claim: %s%n", statuses);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Who asks, in the access table. */
    enum Who { NOBODY, VIEWER, EDITOR, ADMIN, SHARE }

    @Test
    void everyRouteAnswersEachKindOfCallerAsItShould() {
        String share = Http.json(editor.postJson("/api/articles/" + article + "/share", Map.of())).get("url").asText();
        String shareToken = share.substring(share.indexOf("/s/") + 3);
        String other = Http.json(editor.postJson("/api/articles", Map.of("title", "Other", "text",
                "The council said on Monday that rents rose 4% in 2025."))).get("id").asText();
        Map<Who, Http> callers = new LinkedHashMap<>();
        callers.put(Who.NOBODY, new Http(server.baseUrl()));
        callers.put(Who.VIEWER, viewer);
        callers.put(Who.EDITOR, editor);
        callers.put(Who.ADMIN, admin);
        callers.put(Who.SHARE, new Http(server.baseUrl()).withHeader("X-Share-Token", shareToken));

        String a = "/api/articles/" + article;
        // route, then the status for NOBODY, VIEWER, EDITOR, ADMIN, SHARE (an HTML page asked for with Accept: text/html)
        List<Object[]> table = List.of(
                row("GET /", 303, 200, 200, 200, 403),
                row("GET /a/" + article, 303, 200, 200, 200, 200),
                row("GET /a/" + other, 303, 200, 200, 200, 403),
                row("GET /team", 303, 403, 403, 200, 403),
                row("GET /signin", 200, 303, 303, 303, 200),
                row("GET /s/" + shareToken, 200, 200, 200, 200, 200),
                row("GET /setup?token=guess", 404, 404, 404, 404, 404),
                row("GET /invite/guess", 404, 404, 404, 404, 404),
                row("POST /articles title=T&text=The+mayor+said+rents+rose+4%25+in+2025.", 303, 403, 303, 303, 403),
                row("GET /api/me", 401, 200, 200, 200, 200),
                row("GET /api/articles", 401, 200, 200, 200, 403),
                row("POST /api/articles {\"text\":\"The mayor said rents rose 5% in 2025.\"}", 401, 403, 201, 201, 403),
                row("POST /api/sample", 401, 403, 201, 201, 403),
                row("GET " + a, 401, 200, 200, 200, 200),
                row("GET /api/articles/" + other, 401, 200, 200, 200, 403),
                row("POST " + a + "/analyses", 401, 403, 200, 200, 403),
                row("GET " + a + "/workflow", 401, 200, 200, 200, 200),
                row("PUT " + a + "/claims/" + claim + " status", 401, 403, 200, 200, 403),
                row("POST " + a + "/claims/" + claim + "/notes note", 401, 403, 201, 201, 403),
                row("GET " + a + "/events", 401, 200, 200, 200, 200),
                row("POST " + a + "/share {}", 401, 403, 201, 201, 403),
                row("GET " + a + "/shares", 401, 403, 200, 200, 403),
                row("DELETE /api/shares/SHARE", 401, 403, 204, 204, 403),
                row("GET " + a + "/export?format=md", 401, 200, 200, 200, 403),
                row("GET /api/members", 401, 403, 403, 200, 403),
                row("POST /api/invites {\"role\":\"viewer\"}", 401, 403, 403, 201, 403),
                row("POST /api/tokens {\"role\":\"viewer\",\"name\":\"bot\"}", 401, 403, 403, 201, 403));
        List<String> wrong = new ArrayList<>();
        for (Object[] entry : table) {
            String route = (String) entry[0];
            for (Who who : Who.values()) {
                int expected = (int) entry[1 + who.ordinal()];
                int actual = call(callers.get(who), route);
                if (actual != expected) {
                    wrong.add(who + " " + route + ": expected " + expected + ", got " + actual);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    private static Object[] row(String route, int nobody, int viewer, int editor, int admin, int share) {
        return new Object[]{route, nobody, viewer, editor, admin, share};
    }

    private static int call(Http http, String route) {
        String[] parts = route.split(" ", 3);
        String method = parts[0];
        String path = parts[1];
        String body = parts.length > 2 ? parts[2] : "";
        if (path.endsWith("/events")) {
            return http.streamStatus(path);
        }
        HttpResponse<String> response = switch (method) {
            case "GET" -> path.startsWith("/api/") ? http.get(path) : http.getHtml(path);
            case "DELETE" -> http.delete(path.replace("SHARE",
                    Http.json(editor.postJson("/api/articles/" + article + "/share", Map.of())).get("id").asText()));
            case "PUT" -> http.putJson(path, Map.of("version", version(claim), "status", "in_progress".equals(lastStatus)
                    ? (lastStatus = "verified") : (lastStatus = "in_progress")));
            case "POST" -> body.equals("note") ? http.postJson(path, Map.of("version", version(claim), "text", "checked"))
                    : body.startsWith("{") ? http.postRaw(path, "application/json", body.getBytes(StandardCharsets.UTF_8))
                    : path.startsWith("/api/") ? http.postRaw(path, "application/json", new byte[0]) : http.postForm(path, body);
            default -> throw new IllegalArgumentException(method);
        };
        return response.statusCode();
    }

    private static String lastStatus = "verified";

}
