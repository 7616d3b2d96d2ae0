package crosscheck.app;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Load for {@code bench-server}: plain HTTP/1.1 GETs over keep-alive sockets, one blocking thread per connection.
 * On two cores the load shares the CPU with the server, so the generator must cost little: the JDK's
 * asynchronous client spent more of it per request than the pages it measured, and its own delays reached the p99.
 * Latency runs from the moment a request was due, so a stalled server shows in the figures even though the
 * connections wait for it (no coordinated omission).
 */
final class LoadGenerator {
    static final int CONNECTIONS = 16;

    private final URI uri;
    private final byte[] request;

    /** GETs of {@code uri} (http, loopback or any host) with the given extra header lines ("Name: value"). */
    LoadGenerator(URI uri, List<String> headerLines) {
        if (!"http".equals(uri.getScheme()) || uri.getPort() < 0) {
            throw new IllegalArgumentException("needs an http URI with a port: " + uri);
        }
        this.uri = uri;
        StringBuilder text = new StringBuilder("GET ").append(uri.getRawPath())
                .append(uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()).append(" HTTP/1.1\r\n")
                .append("Host: ").append(uri.getHost()).append(':').append(uri.getPort()).append("\r\n");
        for (String line : headerLines) {
            text.append(line).append("\r\n");
        }
        this.request = text.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** The latencies (ms) of {@code rate × seconds} requests sent at a fixed rate whatever the answers. */
    double[] openLoop(int rate, double seconds) throws InterruptedException {
        int total = (int) (rate * seconds);
        long periodNanos = 1_000_000_000L / rate;
        double[] latencies = new double[total];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        long start = System.nanoTime() + 1_000_000;
        runOnConnections(connection -> {
            for (int n = next.getAndIncrement(); n < total; n = next.getAndIncrement()) {
                long due = start + n * periodNanos;
                for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                    LockSupport.parkNanos(wait);
                }
                if (connection.get()) {
                    latencies[n] = (System.nanoTime() - due) / 1e6;
                } else {
                    latencies[n] = Double.NaN;
                    failures.incrementAndGet();
                }
            }
        });
        if (failures.get() > 0) {
            System.err.println(uri + ": " + failures.get() + " of " + total + " requests failed");
        }
        return java.util.Arrays.stream(latencies).filter(latency -> !Double.isNaN(latency)).toArray();
    }

    /** Requests per second with {@value #CONNECTIONS} requests always in flight. */
    double closedLoop(double seconds) throws InterruptedException {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        AtomicInteger done = new AtomicInteger();
        long start = System.nanoTime();
        runOnConnections(connection -> {
            while (System.nanoTime() < deadline) {
                if (connection.get()) {
                    done.incrementAndGet();
                }
            }
        });
        return done.get() / ((System.nanoTime() - start) / 1e9);
    }

    private interface Work {
        void run(Connection connection);
    }

    private void runOnConnections(Work work) throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < CONNECTIONS; i++) {
            Thread thread = new Thread(() -> {
                try (Connection connection = new Connection()) {
                    work.run(connection);
                }
            }, "load-" + i);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
    }

    /** One keep-alive connection, reopened after an error or a {@code Connection: close}. Not thread-safe. */
    private final class Connection implements AutoCloseable {
        private Socket socket;
        private InputStream in;
        private OutputStream out;

        /** Sends the request and reads the whole response; whether it was a 200. */
        boolean get() {
            try {
                if (socket == null) {
                    socket = new Socket();
                    socket.setTcpNoDelay(true);
                    socket.setSoTimeout(10_000);
                    socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 5_000);
                    in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
                    out = socket.getOutputStream();
                }
                out.write(request);
                out.flush();
                return readResponse();
            } catch (IOException e) {
                close();
                return false;
            }
        }

        private boolean readResponse() throws IOException {
            String status = line();
            boolean ok = status.startsWith("HTTP/1.1 200");
            long length = -1;
            boolean chunked = false;
            boolean closing = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                String lower = header.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(lower.substring("content-length:".length()).strip());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    closing = true;
                }
            }
            if (chunked) {
                for (long size = chunkSize(); size > 0; size = chunkSize()) {
                    skip(size);
                    line();
                }
                for (String trailer = line(); !trailer.isEmpty(); trailer = line()) {
                    // trailers are ignored
                }
            } else if (length >= 0) {
                skip(length);
            } else {
                closing = true; // the body runs until the server closes
            }
            if (closing) {
                close();
            }
            return ok;
        }

        private long chunkSize() throws IOException {
            String size = line();
            int extension = size.indexOf(';');
            return Long.parseLong((extension < 0 ? size : size.substring(0, extension)).strip(), 16);
        }

        private void skip(long bytes) throws IOException {
            for (long left = bytes; left > 0; ) {
                long skipped = in.skip(left);
                if (skipped <= 0) {
                    if (in.read() < 0) {
                        throw new IOException("connection closed inside a response body");
                    }
                    skipped = 1;
                }
                left -= skipped;
            }
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new IOException("connection closed inside a response head");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }

        @Override
        public void close() {
            if (socket != null) {
                try {
                    socket.close();
                } catch (IOException e) {
                    // closing anyway
                }
                socket = null;
            }
        }
    }
}
