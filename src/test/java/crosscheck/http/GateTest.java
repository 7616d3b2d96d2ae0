package crosscheck.http;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** After signing in, people go back only to a page on this server. */
class GateTest {
    @Test
    void onlyLocalPathsAreFollowedAfterSigningIn() {
        assertEquals("/a/0123456789abcdef?entity=per-x", Gate.localPath("/a/0123456789abcdef?entity=per-x"));
        assertEquals("/", Gate.localPath("https://evil.example/"));
        assertEquals("/", Gate.localPath("//evil.example/"));
        assertEquals("/", Gate.localPath("/\\evil.example"));
        assertEquals("/", Gate.localPath("/a\r\nSet-Cookie: x=y"));
        assertEquals("/", Gate.localPath("/signin?next=/signin"));
        assertEquals("/", Gate.localPath(null));
    }
}
