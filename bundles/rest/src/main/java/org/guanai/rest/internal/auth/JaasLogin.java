package org.guanai.rest.internal.auth;

import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.AccountLockedException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;

import org.apache.karaf.jaas.boot.principal.ClientPrincipal;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.guanai.registry.api.security.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A login against a Karaf JAAS realm ("karaf" unless configured). */
final class JaasLogin implements Authenticator.Login {
    private static final Logger LOG = LoggerFactory.getLogger(JaasLogin.class);

    private final String realm;

    JaasLogin(String realm) {
        this.realm = realm;
    }

    @Override
    public Optional<ApiUser> login(String user, String password) {
        return login(user, password, "unknown");
    }

    /**
     * The realm learns where the login comes from through a Karaf {@link ClientPrincipal}, as the SSH server
     * tells it: its guard audits a failure with it ({@code rest 10.0.0.23}).
     */
    @Override
    public Optional<ApiUser> login(String user, String password, String address) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // LoginContext loads the realm's login modules through the context class loader; the web
        // container's would be arbitrary. Ours reaches Karaf's ProxyLoginModule (boot-delegated).
        thread.setContextClassLoader(JaasLogin.class.getClassLoader());
        try {
            Subject subject = new Subject();
            subject.getPrincipals().add(new ClientPrincipal(Caller.REST, address));
            LoginContext context;
            try {
                context = new LoginContext(realm, subject, callbacks -> answer(callbacks, user, password));
            } catch (LoginException e) {
                LOG.warn("Cannot check REST credentials: JAAS realm {} is not available ({})", realm, e.getMessage());
                return Optional.empty();
            }
            try {
                context.login();
            } catch (AccountLockedException e) {
                throw new Authenticator.LockedOutException();
            } catch (LoginException e) {
                LOG.debug("REST login of {} refused: {}", user, e.getMessage());
                return Optional.empty();
            }
            return Optional.of(new ApiUser(userName(subject, user), roles(subject)));
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static void answer(Callback[] callbacks, String user, String password)
            throws UnsupportedCallbackException {
        for (Callback callback : callbacks) {
            if (callback instanceof NameCallback) {
                ((NameCallback) callback).setName(user);
            } else if (callback instanceof PasswordCallback) {
                ((PasswordCallback) callback).setPassword(password.toCharArray());
            } else {
                // e.g. the public-key module of the karaf realm: it then simply does not apply.
                throw new UnsupportedCallbackException(callback);
            }
        }
    }

    private static String userName(Subject subject, String given) {
        return subject.getPrincipals(UserPrincipal.class).stream().map(Principal::getName).findFirst().orElse(given);
    }

    private static Set<String> roles(Subject subject) {
        return subject.getPrincipals(RolePrincipal.class).stream().map(Principal::getName).collect(Collectors.toSet());
    }
}
