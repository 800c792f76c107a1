package org.guanai.registry.api;

/** Base of the exceptions registry services throw for requests they refuse. Nothing is written when one is thrown. */
public abstract class RegistryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    protected RegistryException(String message) {
        super(message);
    }
}
