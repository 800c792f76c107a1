package org.guanai.login.internal;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;

import org.apache.karaf.jaas.modules.Encryption;
import org.apache.karaf.jaas.modules.EncryptionService;
import org.guanai.passwords.PasswordHasher;
import org.junit.Test;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/** What jaas:user-add and a first login with a clear password store (issue 9, finding 9: Argon2 at 4 MiB). */
public class GuanaiEncryptionTest {

    private final Encryption encryption = new GuanaiEncryption().createEncryption(Map.of(
            EncryptionService.ALGORITHM, "argon2", EncryptionService.ENCODING, "hexadecimal"));

    @Test
    public void newHashesAreArgon2idAtOwaspsParameters() {
        String stored = encryption.encryptPassword("a long passphrase");
        String encoded = new String(HexFormat.of().parseHex(stored), StandardCharsets.UTF_8);
        assertTrue(encoded, encoded.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"));
        assertTrue(encryption.checkPassword("a long passphrase", stored));
        assertFalse(encryption.checkPassword("a long passphrasE", stored));
    }

    @Test
    public void hashesOfTheToolAndOfKarafsDefaultsStillCheck() {
        String tool = new PasswordHasher().hash("a long passphrase");
        assertTrue(encryption.checkPassword("a long passphrase", tool.substring(7, tool.length() - 7)));
        String karaf = HexFormat.of().formatHex(new Argon2PasswordEncoder().encode("a long passphrase")
                .getBytes(StandardCharsets.UTF_8));
        assertTrue(encryption.checkPassword("a long passphrase", karaf));
        assertFalse(encryption.checkPassword("a long passphrase", "not hex"));
        assertFalse(encryption.checkPassword("a long passphrase", HexFormat.of().formatHex("plain".getBytes())));
    }

    @Test
    public void base64EncodingToo() {
        Encryption base64 = new GuanaiEncryption().createEncryption(Map.of(EncryptionService.ENCODING, "base64"));
        String stored = base64.encryptPassword("a long passphrase");
        assertTrue(base64.checkPassword("a long passphrase", stored));
    }

    @Test(expected = IllegalArgumentException.class)
    public void anotherAlgorithmIsRefused() {
        new GuanaiEncryption().createEncryption(Map.of(EncryptionService.ALGORITHM, "bcrypt"));
    }
}
