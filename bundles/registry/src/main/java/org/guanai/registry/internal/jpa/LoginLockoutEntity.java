package org.guanai.registry.internal.jpa;

import java.time.LocalDateTime;

import javax.persistence.Cacheable;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * Failed logins of one account name, for every node: how many since {@code windowStart}, and until when the name
 * is locked (UTC). Written by bulk updates only (LoginLockoutStore), so that two nodes counting at once both count.
 */
// written by other nodes: never from this node's cache, whether or not the shared cache is on
@Cacheable(false)
@Entity(name = "LoginLockout")
@Table(name = "login_lockouts")
public class LoginLockoutEntity {

    @Id
    @Column(name = "account", length = 200)
    private String account;

    @Column(name = "failures", nullable = false)
    private int failures;

    @Column(name = "window_start", nullable = false)
    private LocalDateTime windowStart;

    @Column(name = "locked_until")
    private LocalDateTime lockedUntil;

    protected LoginLockoutEntity() {
    }

    public LoginLockoutEntity(String account, int failures, LocalDateTime windowStart) {
        this.account = account;
        this.failures = failures;
        this.windowStart = windowStart;
    }

    public String getAccount() {
        return account;
    }

    public int getFailures() {
        return failures;
    }

    public LocalDateTime getWindowStart() {
        return windowStart;
    }

    public LocalDateTime getLockedUntil() {
        return lockedUntil;
    }
}
