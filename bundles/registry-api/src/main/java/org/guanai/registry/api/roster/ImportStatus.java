package org.guanai.registry.api.roster;

/** Where an import job is. */
public enum ImportStatus {
    QUEUED, RUNNING, DONE, FAILED
}
