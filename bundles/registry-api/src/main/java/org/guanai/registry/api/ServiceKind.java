package org.guanai.registry.api;

/** Kind of service delivered. */
public enum ServiceKind {
    VISIT,
    TUTORING,
    COUNSELLING,
    WARMTH_VISIT,
    PAIRING_HELP,
    PARENTS_SCHOOL
}
