package org.guanai.registry.api.security;

/** One failed login as counted across the nodes: failures in the window now, and whether this one locked the name. */
public class LoginFailureDTO {
    public int count;
    public boolean locked;

    public LoginFailureDTO() {
    }

    public LoginFailureDTO(int count, boolean locked) {
        this.count = count;
        this.locked = locked;
    }
}
