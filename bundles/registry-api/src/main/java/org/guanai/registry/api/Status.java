package org.guanai.registry.api;

/** Records are ended, never deleted: ACTIVE until ended with a date and reason. */
public enum Status {
    ACTIVE,
    ENDED
}
