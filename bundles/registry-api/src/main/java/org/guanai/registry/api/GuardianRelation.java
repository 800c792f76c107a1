package org.guanai.registry.api;

/** A guardian's relation to the child. */
public enum GuardianRelation {
    GRANDPARENT,
    MOTHER,
    FATHER,
    OTHER_RELATIVE,
    ENTRUSTED
}
