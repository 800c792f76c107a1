package org.guanai.registry.api.audit;

/**
 * The operations the trail names. A write is {@code <record type>.create|update|end} with the record
 * type of the service ("person", "household", "service site", "campaign"), so modules need no constant here.
 */
public final class AuditOperations {
    public static final String CREATE = "create";
    public static final String UPDATE = "update";
    public static final String END = "end";

    public static final String PERSON_READ = "person.read";
    public static final String PERSON_UNMASK = "person.unmask";
    public static final String LOGIN_FAILED = "login.failed";
    public static final String ACCESS_REFUSED = "access.refused";
    public static final String IMPORT = "import";
    public static final String EXPORT = "export";
    public static final String AUDIT_EXPORT = "audit.export";
    public static final String AUDIT_PURGE = "audit.purge";

    private AuditOperations() {
    }

    /** {@code person.update}: the operation of a write to a record type. */
    public static String of(String recordType, String verb) {
        return recordType + "." + verb;
    }
}
