package org.guanai.rest.internal.auth;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.util.Map;
import java.util.Set;

import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.AppConfigurationEntry.LoginModuleControlFlag;
import javax.security.auth.login.Configuration;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginException;
import javax.security.auth.spi.LoginModule;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class JaasLoginTest {
    private Configuration previous;

    @Before
    public void installRealm() {
        previous = Configuration.getConfiguration();
        Configuration.setConfiguration(new Configuration() {
            @Override
            public AppConfigurationEntry[] getAppConfigurationEntry(String name) {
                return "guanai-test".equals(name) ? new AppConfigurationEntry[] {new AppConfigurationEntry(
                        OneUserModule.class.getName(), LoginModuleControlFlag.REQUIRED, Map.of())} : null;
            }
        });
    }

    @After
    public void restore() {
        Configuration.setConfiguration(previous);
    }

    @Test
    public void rightPasswordGivesTheUserAndTheirRoles() {
        ApiUser user = new JaasLogin("guanai-test").login("lina", "pw").get();
        assertEquals("lina", user.getName());
        assertEquals(Set.of("registrar", "viewer"), user.roles());
    }

    @Test
    public void wrongPasswordOrUnknownRealmGivesNothing() {
        assertFalse(new JaasLogin("guanai-test").login("lina", "nope").isPresent());
        assertFalse(new JaasLogin("no-such-realm").login("lina", "pw").isPresent());
    }

    /** A realm of one: lina/pw, roles registrar and viewer, principals as Karaf's modules make them. */
    public static final class OneUserModule implements LoginModule {
        private Subject subject;
        private CallbackHandler handler;
        private String user;

        @Override
        public void initialize(Subject subject, CallbackHandler handler, Map<String, ?> shared, Map<String, ?> options) {
            this.subject = subject;
            this.handler = handler;
        }

        @Override
        public boolean login() throws LoginException {
            NameCallback name = new NameCallback("user");
            PasswordCallback password = new PasswordCallback("password", false);
            try {
                handler.handle(new Callback[] {name, password});
            } catch (Exception e) {
                throw new LoginException(e.toString());
            }
            if (!"lina".equals(name.getName()) || !"pw".equals(new String(password.getPassword()))) {
                throw new FailedLoginException("wrong password");
            }
            user = name.getName();
            return true;
        }

        @Override
        public boolean commit() {
            subject.getPrincipals().add(new UserPrincipal(user));
            subject.getPrincipals().add(new RolePrincipal("registrar"));
            subject.getPrincipals().add(new RolePrincipal("viewer"));
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
}
