package org.guanai.registry.api.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.guanai.registry.api.security.Caller;
import org.guanai.registry.api.security.CallerContext;

/**
 * What happened, to be appended to the trail by {@link AuditService#record}. Immutable; made with
 * {@link #of(String)}:
 *
 * <pre>
 * AuditEvent.of("person.update").record("person", 12).change("phone", "138****5678", "139****0000").build()
 * </pre>
 *
 * Who, their roles and where from come from {@link CallerContext#current()} when {@link Builder#build()} runs,
 * unless given with {@link Builder#by}: a failed login has a user name but no caller. Internal work with no
 * caller is recorded as user {@value #SYSTEM_USER} from {@value #INTERNAL_ORIGIN}.
 *
 * <p>Changes are recorded as given: mask ID numbers and phones before (see
 * {@link org.guanai.registry.api.security.Masking}).
 */
public final class AuditEvent {
    public static final String SYSTEM_USER = "system";
    public static final String INTERNAL_ORIGIN = "internal";

    private final String operation;
    private final String recordType;
    private final String recordId;
    private final List<FieldChangeDTO> changes;
    private final AuditOutcome outcome;
    private final String detail;
    private final String user;
    private final Set<String> roles;
    private final String origin;

    private AuditEvent(Builder b) {
        this.operation = b.operation;
        this.recordType = b.recordType;
        this.recordId = b.recordId;
        List<FieldChangeDTO> copy = new ArrayList<>();
        for (FieldChangeDTO c : b.changes) {
            copy.add(new FieldChangeDTO(c.field, c.before, c.after));
        }
        this.changes = Collections.unmodifiableList(copy);
        this.outcome = b.outcome;
        this.detail = b.detail;
        if (b.user != null) {
            this.user = b.user;
            this.roles = Collections.unmodifiableSet(new TreeSet<>(b.roles));
            this.origin = b.origin == null ? INTERNAL_ORIGIN : b.origin;
        } else {
            Optional<Caller> caller = CallerContext.current();
            this.user = caller.map(Caller::user).orElse(SYSTEM_USER);
            this.roles = caller.map(Caller::roles).orElse(Set.of());
            this.origin = caller.map(Caller::origin).orElse(INTERNAL_ORIGIN);
        }
    }

    /** An event of that operation, e.g. {@code person.update}. */
    public static Builder of(String operation) {
        return new Builder(operation);
    }

    public String operation() {
        return operation;
    }

    public String recordType() {
        return recordType;
    }

    public String recordId() {
        return recordId;
    }

    /** Unmodifiable; copies of what was given. */
    public List<FieldChangeDTO> changes() {
        return changes.stream().map(c -> new FieldChangeDTO(c.field, c.before, c.after))
                .collect(java.util.stream.Collectors.toUnmodifiableList());
    }

    public AuditOutcome outcome() {
        return outcome;
    }

    public String detail() {
        return detail;
    }

    public String user() {
        return user;
    }

    /** Sorted, unmodifiable. */
    public Set<String> roles() {
        return roles;
    }

    public String origin() {
        return origin;
    }

    @Override
    public String toString() {
        return operation + " " + (recordType == null ? "" : recordType + " " + recordId + " ") + outcome + " by "
                + user + "@" + origin;
    }

    /** Collects an event; not thread-safe, use it where it is made. */
    public static final class Builder {
        private final String operation;
        private String recordType;
        private String recordId;
        private final List<FieldChangeDTO> changes = new ArrayList<>();
        private AuditOutcome outcome = AuditOutcome.OK;
        private String detail;
        private String user;
        private Set<String> roles = Set.of();
        private String origin;

        private Builder(String operation) {
            if (operation == null || operation.isBlank()) {
                throw new IllegalArgumentException("an audit event needs an operation");
            }
            this.operation = operation;
        }

        /** The record concerned. */
        public Builder record(String type, Object id) {
            this.recordType = type;
            this.recordId = id == null ? null : String.valueOf(id);
            return this;
        }

        public Builder change(String field, String before, String after) {
            changes.add(new FieldChangeDTO(Objects.requireNonNull(field, "field"), before, after));
            return this;
        }

        public Builder changes(Collection<FieldChangeDTO> all) {
            for (FieldChangeDTO c : all) {
                change(c.field, c.before, c.after);
            }
            return this;
        }

        public Builder outcome(AuditOutcome outcome) {
            this.outcome = Objects.requireNonNull(outcome, "outcome");
            return this;
        }

        public Builder detail(String detail) {
            this.detail = detail;
            return this;
        }

        /** Who, when there is no {@link Caller} to take it from (a failed login) or it is someone else. */
        public Builder by(String user, Set<String> roles, String origin) {
            this.user = Objects.requireNonNull(user, "user");
            this.roles = roles == null ? Set.of() : roles;
            this.origin = origin;
            return this;
        }

        /** The event, with who/roles/origin from the current caller unless {@link #by} gave them. */
        public AuditEvent build() {
            return new AuditEvent(this);
        }
    }
}
