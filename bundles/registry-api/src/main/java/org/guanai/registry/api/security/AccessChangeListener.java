package org.guanai.registry.api.security;

/**
 * Told when an administrator changed a user's roles or divisions, so that whatever caches logins (the
 * REST layer keeps successful logins for a minute) forgets that user's old roles. A whiteboard service.
 */
@org.osgi.annotation.versioning.ConsumerType
public interface AccessChangeListener {
    void accessChanged(String user);
}
