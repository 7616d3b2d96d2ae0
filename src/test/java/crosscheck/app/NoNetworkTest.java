package crosscheck.app;

import crosscheck.ingest.Analyzer;
import crosscheck.ingest.ArticleService;
import crosscheck.model.Analysis;
import crosscheck.model.SourceDocument;
import org.junit.jupiter.api.Test;

import java.security.Permission;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Analysis builds its links offline: with a guard that records every attempt to resolve a name or open a
 * connection, loading the models and analysing an article (HTML with links included) attempts none.
 */
class NoNetworkTest {
    @SuppressWarnings("removal")
    static final class NetworkGuard extends SecurityManager {
        final List<String> attempts = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void checkConnect(String host, int port) {
            attempts.add(host + ":" + port);
            throw new SecurityException("network access during analysis: " + host + ":" + port);
        }

        @Override
        public void checkConnect(String host, int port, Object context) {
            checkConnect(host, port);
        }

        @Override
        public void checkPermission(Permission permission) {
            // everything else is allowed
        }

        @Override
        public void checkPermission(Permission permission, Object context) {
            // everything else is allowed
        }
    }

    @Test
    @SuppressWarnings("removal")
    void analysisMakesNoNetworkCall() {
        NetworkGuard guard = new NetworkGuard();
        System.setSecurityManager(guard);
        try {
            Analyzer analyzer = Crosscheck.analyzer(null);
            SourceDocument sample = ArticleService.sampleDocument();
            Analysis analysis = analyzer.analyze(sample);
            assertFalse(analysis.claims().isEmpty());
            analyzer.analyze(crosscheck.extract.Uploads.read("page.html",
                    ("<html><head><base href=\"https://outlet.example/\"><title>Aid</title></head><body><article><p>The "
                            + "<a href=\"https://www.congress.gov/bill/118th-congress/house-bill/815\">bill</a> gave $61 billion "
                            + "to Ukraine, the Pentagon said on Monday.</p><img src=\"https://tracker.example/p.gif\"></article>"
                            + "</body></html>").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } finally {
            System.setSecurityManager(null);
        }
        assertEquals(List.of(), guard.attempts);
    }
}
