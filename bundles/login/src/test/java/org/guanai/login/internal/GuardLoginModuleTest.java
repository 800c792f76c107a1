package org.guanai.login.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.AccountLockedException;
import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.AppConfigurationEntry.LoginModuleControlFlag;
import javax.security.auth.login.Configuration;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;
import javax.security.auth.spi.LoginModule;

import org.apache.karaf.jaas.boot.principal.ClientPrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.guanai.registry.api.audit.AuditEvent;
import org.guanai.testing.fakes.RecordedAudit;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The guard in a real JAAS login, before a password module as Karaf's realm has them (OPTIONAL): one lockout
 * whatever the channel (issue 9, finding 7: SSH had none), every failure audited with where it came from.
 */
public class GuardLoginModuleTest {
    private static final long MINUTE = 60_000_000_000L;

    @Rule
    public final TemporaryFolder tmp = new TemporaryFolder();

    private final AtomicLong clock = new AtomicLong(1_000_000L);
    private final RecordedAudit audit = new RecordedAudit();
    private final List<String> lockedOut = new ArrayList<>();
    private final LoginGuard guard = new LoginGuard(new LoginThrottle(LoginThrottle.Settings.DEFAULT, clock::get),
            () -> audit, lockedOut::add);

    /** Knows lina with password "right"; succeeds or throws, as Karaf's properties module does. */
    public static final class Passwords implements LoginModule {
        private Subject subject;
        private CallbackHandler handler;
        private String user;

        @Override
        public void initialize(Subject s, CallbackHandler h, Map<String, ?> shared, Map<String, ?> options) {
            subject = s;
            handler = h;
        }

        @Override
        public boolean login() throws LoginException {
            NameCallback name = new NameCallback("u");
            PasswordCallback password = new PasswordCallback("p", false);
            try {
                handler.handle(new Callback[] {name, password});
            } catch (Exception e) {
                throw new LoginException("no password");
            }
            if (!"lina".equals(name.getName()) || !"right".equals(new String(password.getPassword()))) {
                throw new FailedLoginException("login failed");
            }
            user = name.getName();
            return true;
        }

        @Override
        public boolean commit() {
            subject.getPrincipals().add(new UserPrincipal(user));
            return true;
        }

        @Override
        public boolean abort() {
            return true;
        }

        @Override
        public boolean logout() {
            return true;
        }
    }

    private Configuration realm(boolean withPasswords, Path users) {
        Map<String, Object> options = new HashMap<>();
        options.put(LoginGuard.OPTION, guard);
        if (users != null) {
            options.put(GuardLoginModule.USERS, users.toString());
        }
        List<AppConfigurationEntry> entries = new ArrayList<>();
        entries.add(new AppConfigurationEntry(GuardLoginModule.class.getName(), LoginModuleControlFlag.REQUISITE, options));
        if (withPasswords) {
            entries.add(new AppConfigurationEntry(Passwords.class.getName(), LoginModuleControlFlag.OPTIONAL, Map.of()));
        }
        return new Configuration() {
            @Override
            public AppConfigurationEntry[] getAppConfigurationEntry(String name) {
                return entries.toArray(new AppConfigurationEntry[0]);
            }
        };
    }

    private void login(String channel, String user, String password) throws LoginException {
        login(realm(true, null), channel, user, password);
    }

    private static void login(Configuration realm, String channel, String user, String password) throws LoginException {
        Subject subject = new Subject();
        subject.getPrincipals().add(new ClientPrincipal(channel, channel.equals("ssh") ? "/10.0.0.5:52113" : "10.0.0.23"));
        CallbackHandler handler = callbacks -> {
            for (Callback c : callbacks) {
                if (c instanceof NameCallback) {
                    ((NameCallback) c).setName(user);
                } else if (c instanceof PasswordCallback && password != null) {
                    ((PasswordCallback) c).setPassword(password.toCharArray());
                } else {
                    throw new UnsupportedCallbackException(c); // a public key, as SSH's handler for keys
                }
            }
        };
        new LoginContext("karaf", subject, handler, realm).login();
    }

    private boolean fails(String channel, String user, String password) {
        try {
            login(channel, user, password);
            return false;
        } catch (LoginException e) {
            return true;
        }
    }

    @Test
    public void failuresOverSshAndRestLockOneNameForBoth() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertTrue(fails("ssh", "lina", "guess" + i));
        }
        for (int i = 0; i < 2; i++) {
            assertTrue(fails("rest", "lina", "guess" + i));
        }
        assertEquals(List.of("lina"), lockedOut);
        for (String channel : List.of("ssh", "rest")) {
            try {
                login(channel, "lina", "right");
                fail("a locked name logged in over " + channel);
            } catch (AccountLockedException e) {
                assertEquals(LoginGuard.LOCKED, e.getMessage());
            }
        }
    }

    @Test
    public void everyFailureIsAuditedWithTheNameTriedAndWhereFrom() {
        fails("ssh", "lina", "guess");
        fails("rest", "nobody", "guess");
        assertEquals(2, audit.events.size());
        AuditEvent ssh = audit.events.get(0);
        assertEquals("login.failed", ssh.operation());
        assertEquals("lina", ssh.user());
        assertEquals("ssh 10.0.0.5", ssh.origin());
        assertEquals("wrong user name or password", ssh.detail());
        assertEquals("rest 10.0.0.23", audit.events.get(1).origin());
        assertEquals("nobody", audit.events.get(1).user());
    }

    @Test
    public void aLockedNameIsAuditedAtEachAttemptAndItsLockEnds() throws Exception {
        for (int i = 0; i < 5; i++) {
            fails("ssh", "lina", "guess");
        }
        assertTrue(audit.events.get(4).detail(), audit.events.get(4).detail().contains("now locked for 15 min"));
        assertTrue(fails("ssh", "lina", "right"));
        assertEquals("locked after repeated failed logins", audit.events.get(5).detail());
        clock.addAndGet(15 * MINUTE);
        login("ssh", "lina", "right");
        assertEquals(6, audit.events.size());
    }

    @Test
    public void aSuccessForgivesEarlierFailures() throws Exception {
        for (int i = 0; i < 4; i++) {
            fails("rest", "lina", "guess");
        }
        login("rest", "lina", "right");
        for (int i = 0; i < 4; i++) {
            fails("rest", "lina", "guess");
        }
        login("rest", "lina", "right");
        assertTrue(lockedOut.isEmpty());
    }

    @Test
    public void aFailedPublicKeyIsNotCountedButALockedNameIsRefusedItsKeyToo() throws Exception {
        for (int i = 0; i < 10; i++) {
            assertTrue(fails("ssh", "lina", null)); // the password module cannot use a key: fails
        }
        assertTrue("a key is not guessed: nothing counted", audit.events.isEmpty());
        for (int i = 0; i < 5; i++) {
            fails("ssh", "lina", "guess");
        }
        try {
            login("ssh", "lina", null);
            fail();
        } catch (AccountLockedException e) {
            assertNotNull(e.getMessage());
        }
    }

    @Test
    public void theGuardAloneLetsNobodyIn() {
        try {
            login(realm(false, null), "rest", "lina", "right");
            fail("the guard made a login succeed");
        } catch (LoginException e) {
            assertFalse(e instanceof AccountLockedException);
        }
    }

    @Test
    public void anUnknownNameIsCheckedAgainstARealAccountsHash() throws Exception {
        Path users = tmp.newFile("users.properties").toPath();
        String hash = new org.guanai.passwords.PasswordHasher().hash("right right right");
        Files.writeString(users, "_g_\\\\:admingroup = group,admin\nlina = " + hash + ",county\n");
        Accounts accounts = new Accounts(users, "fallback");
        assertTrue(accounts.exists("lina"));
        assertFalse(accounts.exists("nobody"));
        assertFalse("a group is no account", accounts.exists("_g_:admingroup"));
        assertTrue(accounts.someHash(), accounts.someHash().startsWith("$argon2id$v=19$m=19456,t=2,p=1$"));
        assertTrue(fails("rest", "nobody", "guess")); // and the realm's login goes on as before
        login(realm(true, users), "rest", "lina", "right");
    }
}
