package org.guanai.rest.internal.auth;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

import org.guanai.registry.api.Page;
import org.guanai.registry.api.audit.AuditEvent;
import org.guanai.registry.api.audit.AuditOperations;
import org.guanai.registry.api.audit.AuditOutcome;
import org.guanai.registry.api.audit.AuditService;
import org.guanai.rest.internal.LogText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the authentication and authorization filters put in the audit trail: refused authorizations and full
 * (unmasked) views, always as the caller who made the request, from where ({@code rest 10.0.0.23}). Failed
 * logins are the realm's to record (guanai-login), over REST and SSH alike. The {@link AuditService} is asked
 * for at each event and may be missing (the REST bundle runs without the registry, e.g. while it restarts):
 * then nothing is recorded, and the filters work on. A failing trail is logged, never turned into a 500.
 */
final class AuditTrail {
    private static final Logger LOG = LoggerFactory.getLogger(AuditTrail.class);
    private static final String API_PREFIX = "api/v1/";
    /** The most rows one response leaves: a page holds at most 500 records. */
    static final int MAX_ROWS = 500;

    /** Records nothing: for tests and for a filter made without the extension. */
    static final AuditTrail NONE = new AuditTrail(() -> null);

    private final Supplier<AuditService> audit;

    AuditTrail(Supplier<AuditService> audit) {
        this.audit = audit;
    }

    /** A request the caller's roles do not allow; the caller is the bound one. */
    void accessRefused(String method, String path) {
        accessRefused(method, path, null);
    }

    /** The same, saying what was asked for ({@code why}, may be null). */
    void accessRefused(String method, String path, String why) {
        Target target = Target.of(path);
        record(List.of(AuditEvent.of(AuditOperations.ACCESS_REFUSED)
                .record(target.type, target.id)
                .outcome(AuditOutcome.REFUSED)
                .detail(method + " /" + LogText.of(stripSlash(path)) + (why == null ? "" : ": " + why)).build()));
    }

    /**
     * A response with ID numbers and phones in full, and the reason the caller gave: one row per record it
     * showed, so the trail answers "who saw person 12 in full". A list names each of its records (a page's
     * items by their {@code id}, or {@code personId} for lists about persons); a single record is the path's.
     */
    void unmasked(String method, String path, String reason, int status, Object entity) {
        Target target = Target.of(path);
        AuditOutcome outcome = status < 400 ? AuditOutcome.OK
                : status == 401 || status == 403 ? AuditOutcome.REFUSED : AuditOutcome.FAILED;
        String detail = method + " /" + LogText.of(stripSlash(path)) + " (" + status + "): " + reason;
        List<AuditEvent> rows = new ArrayList<>();
        Collection<?> items = status < 400 ? items(entity) : null;
        if (items == null) {
            rows.add(unmask(target.type, target.id, outcome, detail));
        } else {
            for (Object item : items) {
                Object id = field(item, "id");
                String type = target.type;
                if (id == null) {
                    id = field(item, "personId");
                    type = id == null ? type : "person";
                }
                if (rows.size() < MAX_ROWS) {
                    rows.add(unmask(type, id, outcome, detail + " (one of " + items.size() + " listed)"));
                }
            }
            if (rows.isEmpty()) {
                rows.add(unmask(target.type, null, outcome, detail + " (nothing listed)"));
            }
        }
        record(rows);
    }

    private static AuditEvent unmask(String type, Object id, AuditOutcome outcome, String detail) {
        return AuditEvent.of(type == null ? "unmask" : type + ".unmask").record(type, id).outcome(outcome)
                .detail(detail).build();
    }

    /** The records of a list response (a page, or a plain list), or null for anything else. */
    private static Collection<?> items(Object entity) {
        if (entity instanceof Page) {
            return ((Page<?>) entity).items;
        }
        return entity instanceof Collection ? (Collection<?>) entity : null;
    }

    /** A public field of a DTO (they are plain classes with public fields), or null. */
    private static Object field(Object item, String name) {
        if (item == null) {
            return null;
        }
        try {
            Object value = item.getClass().getField(name).get(item);
            return value instanceof Number || value instanceof String ? value : null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private void record(List<AuditEvent> events) {
        AuditService service = audit.get();
        if (service == null) {
            return;
        }
        try {
            service.recordAll(events);
        } catch (RuntimeException e) {
            LOG.error("Audit rows not written: {}", events, e);
        }
    }

    private static String stripSlash(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }

    /** The record a path names: {@code api/v1/persons/12} is person 12, {@code api/v1/households} is household. */
    static final class Target {
        final String type;
        final String id;

        private Target(String type, String id) {
            this.type = type;
            this.id = id;
        }

        static Target of(String rawPath) {
            String path = rawPath == null ? "" : stripSlash(rawPath);
            if (!path.startsWith(API_PREFIX)) {
                return new Target(null, null);
            }
            String[] segments = path.substring(API_PREFIX.length()).split("/");
            if (segments.length == 0 || segments[0].isEmpty()) {
                return new Target(null, null);
            }
            String first = segments[0];
            String type = first.endsWith("s") && first.length() > 1 ? first.substring(0, first.length() - 1) : first;
            String id = segments.length > 1 && segments[1].matches("[0-9]{1,18}") ? segments[1] : null;
            return new Target(LogText.of(type), id);
        }
    }
}
