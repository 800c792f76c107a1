package org.guanai.registry.api;

/**
 * A migrant member's place in the left-behind family: HUSBAND or WIFE of a left-behind woman
 * (or man), FATHER or MOTHER of its children, SON or DAUGHTER of its elderly. A husband or
 * wife away counts as a parent away for the household's children.
 */
public enum MigrantRelation {
    HUSBAND,
    WIFE,
    FATHER,
    MOTHER,
    SON,
    DAUGHTER,
    OTHER
}
