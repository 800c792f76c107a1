package org.guanai.registry.api.operations;

/** Where one part of the platform stands (the data home, the database, one schema). */
public enum PartState {
    /** Working. */
    READY,
    /** Starting, not known to be wrong: the registry has not reached it yet. */
    STARTING,
    /** Its schema migrations are running. */
    MIGRATING,
    /** Waiting for the schema migration lock that someone else holds. */
    WAITING_FOR_LOCK,
    /** Stopped by an error that needs an administrator (a failed migration, a missing database). */
    FAILED,
    /** Cannot be reached right now (the database does not answer). */
    UNAVAILABLE
}
