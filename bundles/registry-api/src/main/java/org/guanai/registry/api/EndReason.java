package org.guanai.registry.api;

/** Why a person left the registry's care. */
public enum EndReason {
    PARENT_RETURNED,
    TURNED_16,
    MOVED_AWAY,
    DECEASED,
    OTHER
}
