package org.guanai.passwords;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.junit.Test;

public class PasswordToolTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    public void theHashIsSaltedArgon2BetweenTheMarkersAndMatchesOnlyItsPassword() {
        PasswordHasher hasher = new PasswordHasher();
        String first = hasher.hash("a long passphrase");
        String second = hasher.hash("a long passphrase");
        assertNotEquals("a random salt per hash", first, second);
        assertTrue(first.startsWith("{CRYPT}") && first.endsWith("{CRYPT}"));
        String encoded = new String(java.util.HexFormat.of().parseHex(first.substring(7, first.length() - 7)),
                StandardCharsets.UTF_8);
        assertTrue(encoded, encoded.startsWith("$argon2id$"));
        assertTrue(hasher.matches("a long passphrase", first));
        assertTrue(hasher.matches("a long passphrase", second));
        assertFalse(hasher.matches("a long passphrasE", first));
        assertFalse(hasher.matches("a long passphrase", "{CRYPT}zz{CRYPT}"));
        assertFalse(hasher.matches("a long passphrase", "a long passphrase"));
    }

    @Test
    public void theToolPrintsTheHashOfAnAcceptablePassword() {
        assertEquals(0, run("county1", "春天的油菜花开满了整个山坡"));
        String printed = out.toString(StandardCharsets.UTF_8).strip();
        assertTrue(new PasswordHasher().matches("春天的油菜花开满了整个山坡", printed));
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    public void anUnacceptablePasswordIsRefusedNamingTheProblemAndNothingIsPrinted() {
        assertEquals(2, run("lina", "short"));
        assertEquals(2, run("lina", "my name is LINA really"));
        assertEquals(2, run("lina", "Password1234"));
        assertEquals("", out.toString(StandardCharsets.UTF_8));
        String messages = err.toString(StandardCharsets.UTF_8);
        assertTrue(messages, messages.contains("password: at least 12 characters"));
        assertTrue(messages, messages.contains("password: must not contain the user name"));
        assertTrue(messages, messages.contains("password: too common"));
        assertFalse("never echoes the password", messages.contains("Password1234"));
    }

    @Test
    public void patternsAreRefusedHoweverLong() {
        for (String pattern : List.of("aaaaaaaaaaaa", "AAAAaaaaAAAA", "121212121212", "abcabcabcabc", "abcdabcdabcd",
                "passphrasepassphrase", "abcdefghijkl", "lkjihgfedcba", "890123456789", "987654321098",
                "呵呵呵呵呵呵呵呵呵呵呵呵", "好好学习好好学习好好学习")) {
            assertTrue(pattern, PasswordPolicy.problem("lina", pattern).isPresent());
        }
        for (String fine : List.of("a long passphrase", "春天的油菜花开满了整个山坡", "correct horse battery", "abcdefghijkX")) {
            assertEquals(fine, Optional.empty(), PasswordPolicy.problem("lina", fine));
        }
    }

    @Test
    public void newHashesUseOwaspsArgon2Parameters() {
        String hash = new PasswordHasher().hash("a long passphrase");
        String encoded = new String(java.util.HexFormat.of().parseHex(hash.substring(7, hash.length() - 7)),
                StandardCharsets.UTF_8);
        assertTrue(encoded, encoded.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"));
        // a hash made with Karaf's defaults (m=4096,t=3) still checks: it states its own parameters
        String old = "{CRYPT}" + java.util.HexFormat.of().formatHex(
                new org.springframework.security.crypto.argon2.Argon2PasswordEncoder().encode("a long passphrase")
                        .getBytes(StandardCharsets.UTF_8)) + "{CRYPT}";
        assertTrue(new PasswordHasher().matches("a long passphrase", old));
    }

    @Test
    public void lengthCountsCharactersNotBytes() {
        assertEquals(Optional.empty(), PasswordPolicy.problem("x", "关爱留守儿童妇女老人平安"));
        assertTrue(PasswordPolicy.problem("x", "关爱留守儿童妇女老人").isPresent());
    }

    @Test
    public void theToolNeedsExactlyOneUser() {
        assertEquals(2, PasswordTool.run(new String[0], "a long passphrase", stream(out), stream(err)));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("usage:"));
    }

    private int run(String user, String password) {
        return PasswordTool.run(new String[] {user}, password, stream(out), stream(err));
    }

    private static PrintStream stream(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }
}
