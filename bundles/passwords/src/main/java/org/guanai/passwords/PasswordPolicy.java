package org.guanai.passwords;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a Guanai password must be: at least 12 characters, not containing the user name, not one of the
 * passwords anyone guessing tries first, and not a pattern a guesser tries as early: a few characters over
 * and over ({@code aaaaaaaaaaaa}, {@code 121212121212}, {@code abcabcabcabc}) or a run ({@code abcdefghijkl},
 * {@code 987654321098}). Long passphrases beat complexity rules, so there are none.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    /** Fewer different characters than this is a pattern, however long. */
    static final int MIN_DISTINCT = 5;

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
        int[] chars = lower.codePoints().toArray();
        if (Arrays.stream(chars).distinct().count() < MIN_DISTINCT) {
            return Optional.of("too few different characters; choose a passphrase of your own");
        }
        if (repeats(chars)) {
            return Optional.of("one part repeated; choose a passphrase of your own");
        }
        if (isRun(chars)) {
            return Optional.of("a run of consecutive characters; choose a passphrase of your own");
        }
        return Optional.empty();
    }

    /** The whole password is one shorter part over and over: abcabcabcabc, passwordpassword. */
    static boolean repeats(int[] chars) {
        int n = chars.length;
        for (int period = 1; period <= n / 2; period++) {
            if (n % period != 0) {
                continue;
            }
            boolean same = true;
            for (int i = period; i < n && same; i++) {
                same = chars[i] == chars[i - period];
            }
            if (same) {
                return true;
            }
        }
        return false;
    }

    /** Every character the next of the last, up or down (digits wrapping 9 to 0): abcdefghijkl, 890123456789. */
    static boolean isRun(int[] chars) {
        for (int step : new int[] {1, -1}) {
            boolean run = true;
            for (int i = 1; i < chars.length && run; i++) {
                run = next(chars[i - 1], step) == chars[i];
            }
            if (run) {
                return true;
            }
        }
        return false;
    }

    private static int next(int c, int step) {
        if (c >= '0' && c <= '9') {
            return '0' + Math.floorMod(c - '0' + step, 10);
        }
        return c + step;
    }
}
