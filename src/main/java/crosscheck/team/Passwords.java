package crosscheck.team;

import crosscheck.model.InputRejected;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * Password hashing with PBKDF2-HMAC-SHA256, a slow key-derivation function from the Java runtime: the stored form is
 * {@code pbkdf2-sha256$ITERATIONS$SALT$HASH}, so the iteration count can grow without breaking old hashes.
 * Thread-safe.
 */
final class Passwords {
    /** OWASP's 2023 figure for PBKDF2-HMAC-SHA256; about 0.2 s per hash on one core here. */
    static final int ITERATIONS = 600_000;
    static final int MIN_CHARS = 10;
    static final int MAX_CHARS = 200;
    private static final String SCHEME = "pbkdf2-sha256";
    private static final int SALT_BYTES = 16;
    private static final int KEY_BITS = 256;

    private Passwords() {
    }

    /** The password, if it is acceptable, hashed for storage. */
    static String hash(String password) {
        requireAcceptable(password);
        return hash(password, Secrets.randomBytes(SALT_BYTES), ITERATIONS);
    }

    static void requireAcceptable(String password) {
        if (password == null || password.length() < MIN_CHARS || password.length() > MAX_CHARS) {
            throw new InputRejected(InputRejected.Reason.UNUSABLE,
                    "Choose a password of " + MIN_CHARS + " to " + MAX_CHARS + " characters.");
        }
    }

    private static String hash(String password, byte[] salt, int iterations) {
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return SCHEME + "$" + iterations + "$" + base64.encodeToString(salt) + "$"
                + base64.encodeToString(derive(password, salt, iterations));
    }

    /** Whether {@code password} matches the stored hash; false for anything that is not a hash of ours. */
    static boolean matches(String password, String stored) {
        String[] parts = stored == null ? new String[0] : stored.split("\\$");
        if (password == null || parts.length != 4 || !SCHEME.equals(parts[0])) {
            return false;
        }
        try {
            int iterations = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            return MessageDigest.isEqual(expected, derive(password, salt, iterations));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Spends the time a real check would, so an unknown name cannot be told from a wrong password by timing. */
    static void waste(String password) {
        derive(password == null ? "" : password, new byte[SALT_BYTES], ITERATIONS);
    }

    private static byte[] derive(String password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, KEY_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java runtime", e);
        } finally {
            spec.clearPassword();
        }
    }
}
