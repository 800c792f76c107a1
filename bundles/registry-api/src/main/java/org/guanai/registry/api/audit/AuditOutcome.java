package org.guanai.registry.api.audit;

/** How an audited action ended. */
public enum AuditOutcome {
    /** Done. */
    OK,
    /** Not allowed: a refused authorization. */
    REFUSED,
    /** Tried and failed: a wrong password, a locked account, a failed import. */
    FAILED
}
