package crosscheck.fetch;

import crosscheck.model.InputRejected;
import crosscheck.model.InputRejected.Reason;
import org.eclipse.jetty.client.CompletableResponseListener;
import org.eclipse.jetty.client.ContentResponse;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.Request;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.util.Promise;
import org.eclipse.jetty.util.SocketAddressResolver;

import java.net.IDN;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches one URL for analysis, safely: http(s) only; the host is resolved by us and every address is checked
 * by the {@link AddressPolicy} before the client may connect, and the client connects only to addresses we
 * checked (so a name that changes its answer between check and connect gains nothing); each redirect target is
 * checked again; connect and total time limits, a size limit on the decoded body, HTML, plain text and PDF only.
 * Every refusal is an {@link InputRejected} with a message a person can act on. Thread-safe; close it when done.
 */
public final class PageFetcher implements AutoCloseable {
    static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");
    static final String USER_AGENT = "Crosscheck/0.1 (self-hosted fact-checking reader)";

    private final AddressPolicy policy;
    private final FetchLimits limits;
    private HttpClient client;

    /** The HTTP client starts on the first fetch, so a server that never fetches never pays for it. */
    public PageFetcher(AddressPolicy policy, FetchLimits limits) {
        this.policy = policy;
        this.limits = limits;
    }

    private synchronized HttpClient client() {
        if (client != null) {
            return client;
        }
        HttpClient started = new HttpClient();
        started.setFollowRedirects(false);
        started.setConnectTimeout(limits.connectTimeout().toMillis());
        started.setIdleTimeout(limits.totalTimeout().toMillis());
        started.setMaxResponseHeadersSize(32 * 1024);
        started.setUserAgentField(new HttpField(HttpHeader.USER_AGENT, USER_AGENT));
        started.setSocketAddressResolver(new CheckedResolver(policy));
        try {
            started.start();
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the HTTP client", e);
        }
        client = started;
        return started;
    }

    public FetchedPage fetch(String url) {
        URI uri = parse(url);
        for (int redirects = 0; ; redirects++) {
            ContentResponse response = send(uri);
            int status = response.getStatus();
            if (status >= 300 && status < 400 && status != 304) {
                String location = response.getHeaders().get(HttpHeader.LOCATION);
                if (location == null || location.isBlank()) {
                    throw new InputRejected(Reason.UNUSABLE, "The page at " + uri + " redirects without saying where to.");
                }
                if (redirects >= limits.maxRedirects()) {
                    throw new InputRejected(Reason.UNUSABLE, "The page at " + url + " redirects more than "
                            + limits.maxRedirects() + " times; Crosscheck stops there.");
                }
                uri = parse(uri.resolve(location.strip()).toString());
                continue;
            }
            if (status < 200 || status >= 300) {
                throw new InputRejected(Reason.UNUSABLE, "The page at " + uri + " answered HTTP " + status
                        + (response.getReason() == null ? "" : " " + response.getReason()) + ", not an article.");
            }
            return page(uri, response);
        }
    }

    private FetchedPage page(URI uri, ContentResponse response) {
        String type = response.getMediaType() == null ? "" : response.getMediaType().toLowerCase(Locale.ROOT).strip();
        String mediaType;
        if (HTML_TYPES.contains(type)) {
            mediaType = "text/html";
        } else if (type.equals("text/plain")) {
            mediaType = "text/plain";
        } else if (type.equals("application/pdf")) {
            mediaType = "application/pdf";
        } else {
            throw new InputRejected(Reason.UNSUPPORTED, "The page at " + uri + " is \"" + (type.isEmpty() ? "of no stated type" : type)
                    + "\"; Crosscheck reads HTML, plain text and PDF.");
        }
        return new FetchedPage(uri.toString(), mediaType, response.getEncoding(), response.getContent());
    }

    private ContentResponse send(URI uri) {
        Request request = client().newRequest(uri)
                .timeout(limits.totalTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .headers(headers -> headers.put(HttpHeader.ACCEPT, "text/html,application/xhtml+xml,text/plain;q=0.9,application/pdf;q=0.8"));
        try {
            return new CompletableResponseListener(request, limits.maxBytes()).send()
                    .get(limits.totalTimeout().toMillis() + 1000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputRejected(Reason.UNUSABLE, "Fetching " + uri + " was interrupted.");
        } catch (TimeoutException e) {
            request.abort(e);
            throw timeout(uri);
        } catch (ExecutionException e) {
            throw explain(uri, e.getCause());
        }
    }

    private InputRejected timeout(URI uri) {
        return new InputRejected(Reason.UNUSABLE, "The page at " + uri + " did not arrive within "
                + limits.totalTimeout().toSeconds() + " s.");
    }

    private InputRejected explain(URI uri, Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof InputRejected rejected) {
                return rejected;
            }
            if (t instanceof TimeoutException || t instanceof java.net.SocketTimeoutException) {
                return timeout(uri);
            }
            if (t instanceof UnknownHostException) {
                return new InputRejected(Reason.UNUSABLE, "The address " + uri.getHost() + " could not be found.");
            }
            String message = String.valueOf(t.getMessage());
            if (message.contains("Buffering capacity") || message.contains("exceeded")) {
                return new InputRejected(Reason.TOO_LARGE, "The page at " + uri + " is larger than "
                        + limits.maxBytes() / (1024 * 1024) + " MB (after decompression).");
            }
            if (t instanceof java.net.ConnectException) {
                return new InputRejected(Reason.UNUSABLE, "Nothing answered at " + uri.getHost() + ".");
            }
        }
        return new InputRejected(Reason.UNUSABLE, "The page at " + uri + " could not be fetched: "
                + (cause == null ? "unknown error" : cause.getClass().getSimpleName() + ": " + cause.getMessage()));
    }

    /** http(s), a host, no user name or password; the host in ASCII form. */
    static URI parse(String url) {
        if (url == null || url.isBlank()) {
            throw new InputRejected(Reason.UNUSABLE, "Give the address of a web page, starting with https://.");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new InputRejected(Reason.MALFORMED, "\"" + url + "\" is not a valid web address: " + e.getReason() + ".");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new InputRejected(Reason.FORBIDDEN, "Crosscheck fetches http and https addresses only, not \""
                    + (scheme.isEmpty() ? url : scheme + ":") + "\".");
        }
        if (uri.getRawUserInfo() != null) {
            throw new InputRejected(Reason.FORBIDDEN, "Addresses with a user name or password are refused: " + url);
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new InputRejected(Reason.MALFORMED, "\"" + url + "\" names no host.");
        }
        if (isUnusualNumericHost(uri.getHost())) {
            throw new InputRejected(Reason.FORBIDDEN, "The host \"" + uri.getHost() + "\" is a numeric address in an "
                    + "unusual notation (decimal, octal or hex) that programs read differently; write it as a name or "
                    + "in dotted decimal.");
        }
        return uri;
    }

    /**
     * A host made of digits, dots and hex marks that is not plain dotted decimal: "2130706433", "0x7f.0.0.1",
     * "0177.0.0.1", "127.1". Such forms mean different addresses to different parsers, so none is trusted.
     */
    static boolean isUnusualNumericHost(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (!h.matches("[0-9a-fx.]+") || !h.matches(".*\\d.*") || h.matches(".*[a-f].*") && !h.contains("0x")) {
            return false;
        }
        String[] parts = h.split("\\.", -1);
        if (parts.length != 4) {
            return true;
        }
        for (String part : parts) {
            if (!part.matches("0|[1-9]\\d{0,2}") || Integer.parseInt(part) > 255) {
                return true;
            }
        }
        return false;
    }

    @Override
    public synchronized void close() {
        if (client == null) {
            return;
        }
        try {
            client.stop();
        } catch (Exception e) {
            System.getLogger(PageFetcher.class.getName()).log(System.Logger.Level.WARNING, "cannot stop the HTTP client", e);
        }
    }

    /** Resolves names itself and hands the client only addresses the policy allows. */
    private static final class CheckedResolver implements SocketAddressResolver {
        private final AddressPolicy policy;

        CheckedResolver(AddressPolicy policy) {
            this.policy = policy;
        }

        @Override
        public void resolve(String host, int port, Map<String, Object> context, Promise<List<InetSocketAddress>> promise) {
            try {
                String name = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
                InetAddress[] addresses = InetAddress.getAllByName(IDN.toASCII(name));
                List<InetSocketAddress> allowed = new ArrayList<>();
                String refusal = null;
                for (InetAddress address : addresses) {
                    String why = policy.refusal(address);
                    if (why == null) {
                        allowed.add(new InetSocketAddress(address, port));
                    } else {
                        refusal = why;
                    }
                }
                if (refusal != null) {
                    // one refused address refuses the name: a name that mixes public and private answers is a trick
                    promise.failed(new InputRejected(Reason.FORBIDDEN, "Crosscheck does not fetch " + host
                            + ": it points to " + refusal + ", which a server must not be made to reach."));
                    return;
                }
                promise.succeeded(allowed);
            } catch (UnknownHostException e) {
                promise.failed(new InputRejected(Reason.UNUSABLE, "The address " + host + " could not be found."));
            } catch (IllegalArgumentException e) {
                promise.failed(new InputRejected(Reason.MALFORMED, "\"" + host + "\" is not a valid host name."));
            }
        }
    }
}
