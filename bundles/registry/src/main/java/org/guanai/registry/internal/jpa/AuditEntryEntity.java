package org.guanai.registry.internal.jpa;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

/**
 * One row of the audit trail. Append-only: every field is set once, before it is persisted, and there are
 * no setters, so the application has no way to change a stored row (the retention purge deletes by bulk
 * query). {@code at} is UTC.
 */
@Entity(name = "AuditEntry")
@Table(name = "audit_entries")
public class AuditEntryEntity {

    @Id
    @SequenceGenerator(name = "audit_entries_seq", sequenceName = "audit_entries_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entries_seq")
    private Long id;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private LocalDateTime at;

    @Column(name = "user_name", nullable = false, updatable = false)
    private String user;

    @Column(name = "roles", updatable = false)
    private String roles;

    @Column(name = "origin", nullable = false, updatable = false)
    private String origin;

    @Column(name = "operation", nullable = false, updatable = false)
    private String operation;

    @Column(name = "record_type", updatable = false)
    private String recordType;

    @Column(name = "record_id", updatable = false)
    private String recordId;

    @Column(name = "outcome", nullable = false, updatable = false)
    private String outcome;

    @Column(name = "detail", updatable = false)
    private String detail;

    @Lob
    @Column(name = "changes", updatable = false)
    private String changes;

    protected AuditEntryEntity() {
    }

    public AuditEntryEntity(LocalDateTime at, String user, String roles, String origin, String operation,
                            String recordType, String recordId, String outcome, String detail, String changes) {
        this.at = at;
        this.user = user;
        this.roles = roles;
        this.origin = origin;
        this.operation = operation;
        this.recordType = recordType;
        this.recordId = recordId;
        this.outcome = outcome;
        this.detail = detail;
        this.changes = changes;
    }

    public Long getId() {
        return id;
    }

    public LocalDateTime getAt() {
        return at;
    }

    public String getUser() {
        return user;
    }

    public String getRoles() {
        return roles;
    }

    public String getOrigin() {
        return origin;
    }

    public String getOperation() {
        return operation;
    }

    public String getRecordType() {
        return recordType;
    }

    public String getRecordId() {
        return recordId;
    }

    public String getOutcome() {
        return outcome;
    }

    public String getDetail() {
        return detail;
    }

    public String getChanges() {
        return changes;
    }
}
