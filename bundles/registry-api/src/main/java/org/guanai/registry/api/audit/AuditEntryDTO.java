package org.guanai.registry.api.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One row of the audit trail, as stored. */
public class AuditEntryDTO {
    public Long id;
    /** When, in UTC. */
    public Instant at;
    /** The login name; for a failed login the name that was tried; {@code system} for internal work. */
    public String user;
    public List<String> roles = new ArrayList<>();
    /** The remote address of a REST call, {@code console}, or {@code internal}. */
    public String origin;
    /** e.g. {@code person.update}, {@code login.failed}; see {@link AuditOperations}. */
    public String operation;
    public String recordType;
    public String recordId;
    /** For writes: the changed fields, before and after, personal values masked. */
    public List<FieldChangeDTO> changes = new ArrayList<>();
    public AuditOutcome outcome;
    public String detail;
}
