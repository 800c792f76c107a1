package org.guanai.rest.internal.auth;

import java.security.Principal;

import javax.ws.rs.core.SecurityContext;

/** The authenticated user as resources see it: {@code isUserInRole} asks the JAAS roles. */
final class ApiSecurityContext implements SecurityContext {
    private final ApiUser user;
    private final boolean secure;

    ApiSecurityContext(ApiUser user, boolean secure) {
        this.user = user;
        this.secure = secure;
    }

    @Override
    public Principal getUserPrincipal() {
        return user;
    }

    @Override
    public boolean isUserInRole(String role) {
        return user.roles().contains(role);
    }

    @Override
    public boolean isSecure() {
        return secure;
    }

    @Override
    public String getAuthenticationScheme() {
        return SecurityContext.BASIC_AUTH;
    }
}
