package org.guanai.rest.internal.auth;

import static org.junit.Assert.assertEquals;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.Test;

/** An administrator's change of roles makes the login cache forget, so the next request logs in afresh. */
public class AccessChangesTest {

    @Test
    public void aChangeOfAccessEmptiesTheLoginCache() {
        AtomicInteger logins = new AtomicInteger();
        Authenticator authenticator = new Authenticator((u, p) -> {
            logins.incrementAndGet();
            return Optional.of(new ApiUser(u, Set.of("county")));
        }, System::nanoTime);
        AccessChanges changes = new AccessChanges();
        Runnable forget = authenticator::forgetAll;
        changes.subscribe(forget);

        authenticator.authenticate("wang", "pw");
        authenticator.authenticate("wang", "pw");
        assertEquals("remembered", 1, logins.get());

        changes.accessChanged("wang");
        authenticator.authenticate("wang", "pw");
        assertEquals("asked the realm again", 2, logins.get());

        changes.unsubscribe(forget);
        changes.accessChanged("wang");
        authenticator.authenticate("wang", "pw");
        assertEquals(2, logins.get());
    }
}
