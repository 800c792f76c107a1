package org.guanai.registry.api;

/** An update named a version of the record that is no longer current: someone else changed it first. */
public class StaleVersionException extends RegistryException {
    private static final long serialVersionUID = 1L;
    private final long currentVersion;

    public StaleVersionException(String recordType, Object id, long expected, long current) {
        super(Message.API.message("staleVersion", Message.recordType(recordType), String.valueOf(id), current, expected));
        this.currentVersion = current;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
