package org.guanai.registry.api;

/** No record of that type with that id (or code). */
public class NotFoundException extends RegistryException {
    private static final long serialVersionUID = 1L;
    private final String recordType;
    private final String key;

    /** {@code recordType} in English, lower case ("person", "service site"); it is shown by its label (人员). */
    public NotFoundException(String recordType, Object key) {
        super(Message.API.message("notFound", Message.recordType(recordType), String.valueOf(key)));
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
