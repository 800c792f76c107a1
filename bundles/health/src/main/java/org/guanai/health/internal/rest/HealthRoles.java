package org.guanai.health.internal.rest;

import javax.ws.rs.ForbiddenException;
import javax.ws.rs.core.SecurityContext;

import org.guanai.registry.api.Roles;

/**
 * Who may see and write health data (check outcomes): users in the {@code health} or {@code admin}
 * role. Everyone else authenticated sees that a check happened, and nothing of its outcome.
 *
 * <p>Which roles may call a resource method at all is its {@code @Allow}; these checks are the finer
 * rule inside a method (which fields a caller sees or may write) and a second line behind the
 * annotation where the whole method is health staff's.
 */
final class HealthRoles {
    static final String HEALTH = Roles.HEALTH;
    static final String ADMIN = Roles.ADMIN;

    /** The refusal of a check's result, findings, referral or follow-up, recorded or changed. */
    static final String OUTCOME_WRITE_REFUSED = "recording or changing a health result needs the health role";
    /** The refusal of the overdue follow-up list, which discloses that a check found something. */
    static final String OVERDUE_REFUSED = "the overdue follow-up list shows health results and needs the health role";

    private HealthRoles() {
    }

    static boolean mayReadOutcomes(SecurityContext security) {
        return security != null && (security.isUserInRole(HEALTH) || security.isUserInRole(ADMIN));
    }

    /**
     * 403 (problem+json through the shared mapper) unless the caller is health staff. {@code refusal}
     * is the whole detail a client sees: one plain sentence, no role internals beyond the role to ask for.
     */
    static void require(SecurityContext security, String refusal) {
        if (!mayReadOutcomes(security)) {
            throw new ForbiddenException(refusal);
        }
    }
}
