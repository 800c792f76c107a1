package org.guanai.registry.internal.security;

import org.guanai.registry.api.RegistryException;

/** The user realm cannot be read or changed (no karaf realm, or one backed by a store Karaf cannot edit). */
public class RealmUnavailableException extends RegistryException {
    private static final long serialVersionUID = 1L;

    public RealmUnavailableException(String message) {
        super(message);
    }
}
