package org.guanai.login.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.AccountLockedException;
import javax.security.auth.login.LoginException;
import javax.security.auth.spi.LoginModule;

/**
 * The first module of the guarded karaf realm ({@link GuardedRealm}), REQUISITE: a locked name is refused
 * here, before any password is checked. Otherwise it takes no part in the decision ({@link #login()} answers
 * false, "ignore me", so it can never make a login succeed) and hears the outcome: {@link #abort()} counts a
 * refused password, {@link #commit()} forgives the name's failures. A public-key login (SSH) that fails is not
 * counted: a key is not guessed.
 */
public final class GuardLoginModule implements LoginModule {
    /** The users file of the realm's password module, for {@link LoginGuard#equalize}. */
    static final String USERS = "users";

    private Subject subject;
    private CallbackHandler handler;
    private LoginGuard guard;
    private Path users;
    private String name;
    private String origin;
    private boolean password;
    private boolean refused;

    @Override
    public void initialize(Subject subject, CallbackHandler handler, Map<String, ?> shared, Map<String, ?> options) {
        this.subject = subject;
        this.handler = handler;
        this.guard = (LoginGuard) options.get(LoginGuard.OPTION);
        Object file = options.get(USERS);
        this.users = file == null ? null : Path.of(file.toString());
    }

    @Override
    public boolean login() throws LoginException {
        if (guard == null || handler == null) {
            return false;
        }
        NameCallback nameCallback = new NameCallback("user: ");
        PasswordCallback passwordCallback = new PasswordCallback("password: ", false);
        try {
            try {
                handler.handle(new Callback[] {nameCallback, passwordCallback});
            } catch (UnsupportedCallbackException e) {
                handler.handle(new Callback[] {nameCallback}); // a public key, not a password
            }
        } catch (IOException | UnsupportedCallbackException e) {
            return false;
        }
        name = nameCallback.getName();
        if (name == null) {
            return false;
        }
        char[] given = passwordCallback.getPassword();
        password = given != null;
        origin = LoginGuard.origin(subject);
        if (guard.isLocked(name)) {
            refused = true;
            guard.refusedWhileLocked(name, origin);
            throw new AccountLockedException(LoginGuard.LOCKED);
        }
        if (password) {
            guard.equalize(users, name, given);
            passwordCallback.clearPassword();
        }
        return false;
    }

    @Override
    public boolean commit() {
        if (guard != null && name != null && !refused) {
            guard.succeeded(name);
        }
        forget();
        return false;
    }

    @Override
    public boolean abort() {
        if (guard != null && name != null && !refused && password) {
            guard.failed(name, origin);
        }
        forget();
        return false;
    }

    @Override
    public boolean logout() {
        return false;
    }

    private void forget() {
        name = null;
        refused = false;
        password = false;
    }
}
