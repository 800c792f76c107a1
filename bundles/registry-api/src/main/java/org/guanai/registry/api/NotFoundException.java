package org.guanai.registry.api;

/** No record of that type with that id (or code). */
public class NotFoundException extends RegistryException {
    private static final long serialVersionUID = 1L;
    private final String recordType;
    private final String key;

    public NotFoundException(String recordType, Object key) {
        super(recordType + " " + key + " does not exist");
        this.recordType = recordType;
        this.key = String.valueOf(key);
    }

    public String recordType() {
        return recordType;
    }

    public String key() {
        return key;
    }
}
