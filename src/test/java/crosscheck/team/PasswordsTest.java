package crosscheck.team;

import crosscheck.model.InputRejected;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordsTest {
    @Test
    void aHashMatchesItsPasswordOnlyAndIsSalted() {
        String hash = Passwords.hash("a long password");
        assertTrue(hash.startsWith("pbkdf2-sha256$" + Passwords.ITERATIONS + "$"), hash);
        assertTrue(Passwords.matches("a long password", hash));
        assertFalse(Passwords.matches("a long passwore", hash));
        assertNotEquals(hash, Passwords.hash("a long password"), "each hash has its own salt");
        assertFalse(Passwords.matches("a long password", "plain-text"));
        assertFalse(Passwords.matches("a long password", "pbkdf2-sha256$x$y$z"));
    }

    @Test
    void shortPasswordsAreRefusedWithTheRule() {
        InputRejected rejected = assertThrows(InputRejected.class, () -> Passwords.hash("short"));
        assertTrue(rejected.getMessage().contains("10 to 200 characters"));
    }

    @Test
    void tokensAreLongRandomAndStoredAsHashes() {
        String token = Secrets.newToken();
        assertTrue(token.length() >= 43 && token.matches("[A-Za-z0-9_-]+"), token);
        assertNotEquals(token, Secrets.newToken());
        assertTrue(Secrets.hash(token).matches("[0-9a-f]{64}"));
    }
}
