package org.guanai.registry.api;

/** A migrant member's relation to the household's left-behind people. */
public enum MigrantRelation {
    HUSBAND,
    WIFE,
    FATHER,
    MOTHER,
    SON,
    DAUGHTER,
    OTHER
}
