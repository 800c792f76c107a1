package org.guanai.registry.api;

/** Whether a guardian can actually care for the child (health, age, literacy). */
public enum GuardianCapacity {
    GOOD,
    WEAK,
    NONE
}
