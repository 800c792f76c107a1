package org.guanai.rest.internal.auth;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.Test;

public class AuthenticatorTest {
    private final AtomicLong clock = new AtomicLong();
    private final AtomicInteger logins = new AtomicInteger();
    private volatile String password = "秘密 s3cret";
    private final Authenticator authenticator = new Authenticator((user, pw) -> {
        logins.incrementAndGet();
        return "lina".equals(user) && password.equals(pw)
                ? Optional.of(new ApiUser("lina", Set.of("registrar"))) : Optional.empty();
    }, clock::get);

    @Test
    public void successIsRememberedForAMinute() {
        assertTrue(authenticator.authenticate("lina", "秘密 s3cret").isPresent());
        assertTrue(authenticator.authenticate("lina", "秘密 s3cret").isPresent());
        assertEquals(1, logins.get());
        clock.addAndGet(Authenticator.TTL_NANOS);
        assertTrue(authenticator.authenticate("lina", "秘密 s3cret").isPresent());
        assertEquals(2, logins.get());
    }

    @Test
    public void aWrongPasswordIsNeverServedFromTheCache() {
        assertTrue(authenticator.authenticate("lina", "秘密 s3cret").isPresent());
        for (String wrong : new String[] {"秘密 s3cre", "", "秘密 s3cret ", "SECRET"}) {
            assertFalse(wrong, authenticator.authenticate("lina", wrong).isPresent());
        }
        assertFalse(authenticator.authenticate("lin", "a秘密 s3cret").isPresent());
        assertEquals(6, logins.get());
        assertEquals(1, authenticator.cacheSize());
    }

    @Test
    public void anExpiredEntryOfAChangedPasswordIsDropped() {
        authenticator.authenticate("lina", "秘密 s3cret");
        password = "new";
        clock.addAndGet(Authenticator.TTL_NANOS + 1);
        assertFalse(authenticator.authenticate("lina", "秘密 s3cret").isPresent());
        assertEquals(0, authenticator.cacheSize());
    }

    @Test
    public void theCacheIsBounded() {
        Authenticator anyone = new Authenticator((u, p) -> Optional.of(new ApiUser(u, Set.of())), clock::get);
        for (int i = 0; i < Authenticator.MAX_ENTRIES * 3; i++) {
            anyone.authenticate("user" + i, "pw");
        }
        assertTrue(anyone.cacheSize() <= Authenticator.MAX_ENTRIES);
    }

    @Test
    public void parsesBasicCredentials() {
        BasicCredentials c = BasicCredentials.parse("Basic " + base64("lina:pa:ss 密")).get();
        assertEquals("lina", c.user);
        assertEquals("pa:ss 密", c.password);
        assertEquals("lina", BasicCredentials.parse("basic  " + base64("lina:")).get().user);
        assertFalse(BasicCredentials.parse(null).isPresent());
        assertFalse(BasicCredentials.parse("Bearer abc").isPresent());
        assertFalse(BasicCredentials.parse("Basic !!!").isPresent());
        assertFalse(BasicCredentials.parse("Basic " + base64("no-colon")).isPresent());
        assertFalse(BasicCredentials.parse("Basic " + base64(":empty-user")).isPresent());
    }

    static String base64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }
}
