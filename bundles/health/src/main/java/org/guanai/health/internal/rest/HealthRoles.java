package org.guanai.health.internal.rest;

import javax.ws.rs.ForbiddenException;
import javax.ws.rs.core.SecurityContext;

/**
 * Who may see and write health data (check outcomes): users in the {@code health} or {@code admin}
 * role. Everyone else authenticated sees that a check happened, and nothing of its outcome.
 */
final class HealthRoles {
    static final String HEALTH = "health";
    static final String ADMIN = "admin";

    private HealthRoles() {
    }

    static boolean mayReadOutcomes(SecurityContext security) {
        return security != null && (security.isUserInRole(HEALTH) || security.isUserInRole(ADMIN));
    }

    /** 403 (problem+json through the shared mapper) unless the caller is health staff. */
    static void require(SecurityContext security, String what) {
        if (!mayReadOutcomes(security)) {
            throw new ForbiddenException(what + " needs the health or admin role: check outcomes are health data");
        }
    }
}
