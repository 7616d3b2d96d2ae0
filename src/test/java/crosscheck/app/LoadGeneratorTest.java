package crosscheck.app;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoadGeneratorTest {
    private HttpServer server;
    private final AtomicInteger authorized = new AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] body = "a page of some length\n".repeat(500).getBytes(StandardCharsets.UTF_8);
        server.createContext("/fixed", exchange -> {
            if ("Bearer t".equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                authorized.incrementAndGet();
            }
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.createContext("/chunked", exchange -> {
            exchange.sendResponseHeaders(200, 0); // unknown length: chunked
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 7; i++) {
                    out.write(body, 0, 1000);
                    out.flush();
                }
            }
        });
        server.createContext("/missing", exchange -> {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private LoadGenerator load(String path) {
        return new LoadGenerator(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path), List.of("Authorization: Bearer t"));
    }

    @Test
    void sendsEveryRequestOfAFixedRateOnKeptConnectionsAndTimesIt() throws Exception {
        double[] latencies = load("/fixed").openLoop(200, 0.5);
        assertEquals(100, latencies.length);
        assertEquals(100, authorized.get(), "every request carries the extra header");
        for (double latency : latencies) {
            assertTrue(latency >= 0 && latency < 5_000, "latency " + latency);
        }
    }

    @Test
    void readsChunkedBodiesToTheEnd() throws Exception {
        assertEquals(50, load("/chunked").openLoop(100, 0.5).length);
        assertTrue(load("/chunked").closedLoop(0.3) > 0);
    }

    @Test
    void countsOnlySuccessfulAnswers() throws Exception {
        assertEquals(0, load("/missing").openLoop(100, 0.2).length);
        assertEquals(0.0, load("/missing").closedLoop(0.2));
    }

    @Test
    void refusesAnythingButPlainHttpWithAPort() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new LoadGenerator(URI.create("https://127.0.0.1:1/x"), List.of()));
    }
}
