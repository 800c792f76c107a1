package org.guanai.registry.api.security;

import java.time.Duration;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Failed logins and lockouts kept where every node of one registry sees them (the registry's database), so that
 * a name locked through one node is locked through all. The login realm asks it when it is there and keeps its
 * own count in memory as well, for the moments it is not (the registry starting, the database unreachable).
 *
 * <p>Accounts are keys the realm makes of the names as typed (lower case; a digest of a long or odd name), at most
 * 200 characters.
 */
@ProviderType
public interface LoginLockouts {

    /** Whether {@code account} is locked now. */
    boolean isLocked(String account);

    /**
     * Counts a failed login of {@code account}: {@code failures} within {@code window} lock it for {@code lock}.
     * Nodes counting at once all count.
     */
    LoginFailureDTO failed(String account, int failures, Duration window, Duration lock);

    /** A successful login: the account's failures are forgiven. */
    void succeeded(String account);
}
