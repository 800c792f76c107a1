package org.guanai.passwords;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a Guanai password must be: at least 12 characters, not containing the user name, and not one of
 * the passwords anyone guessing tries first. Long passphrases beat complexity rules, so there are none.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;

    /** Checked after lower-casing. */
    private static final Set<String> COMMON = Set.of(
            "123456789012", "1234567890ab", "111111111111", "000000000000", "password1234", "passw0rd1234",
            "qwertyuiop12", "qwerty123456", "abc123456789", "iloveyou1234", "admin1234567", "administrator",
            "karafkaraf12", "guanai123456", "guanaiguanai", "woaini123456", "a1b2c3d4e5f6", "1q2w3e4r5t6y",
            "1234567890123", "12345678901234", "passwordpassword", "adminadminadmin");

    private PasswordPolicy() {
    }

    /** Why {@code password} is not acceptable for {@code user}, or empty when it is. */
    public static Optional<String> problem(String user, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("at least " + MIN_LENGTH + " characters");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (user != null && !user.isEmpty() && lower.contains(user.toLowerCase(Locale.ROOT))) {
            return Optional.of("must not contain the user name");
        }
        if (COMMON.contains(lower)) {
            return Optional.of("too common; choose a passphrase of your own");
        }
        return Optional.empty();
    }
}
