package org.guanai.registry.api;

/**
 * The caller's role does not allow what the request asks (a full view of ID numbers without a full-view role, a
 * module's sensitive data without its role). REST answers 403, the console prints the message. The message is
 * written for the person refused: one plain sentence that names no role internals beyond the role to ask for.
 */
public class AccessRefusedException extends RegistryException {
    private static final long serialVersionUID = 1L;

    public AccessRefusedException(String message) {
        super(message);
    }

    public AccessRefusedException(Message text) {
        super(text);
    }
}
