package org.guanai.registry.api;

/** An update named a version of the record that is no longer current: someone else changed it first. */
public class StaleVersionException extends RegistryException {
    private static final long serialVersionUID = 1L;
    private final long currentVersion;

    public StaleVersionException(String recordType, Object id, long expected, long current) {
        super(recordType + " " + id + " is at version " + current + ", not " + expected + "; reload it and try again");
        this.currentVersion = current;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
