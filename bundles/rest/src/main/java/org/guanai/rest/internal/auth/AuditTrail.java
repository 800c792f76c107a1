package org.guanai.rest.internal.auth;

import java.util.Set;
import java.util.function.Supplier;

import org.guanai.registry.api.audit.AuditEvent;
import org.guanai.registry.api.audit.AuditOperations;
import org.guanai.registry.api.audit.AuditOutcome;
import org.guanai.registry.api.audit.AuditService;
import org.guanai.rest.internal.LogText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the authentication and authorization filters put in the audit trail: failed logins, refused
 * authorizations and full (unmasked) views. The {@link AuditService} is asked for at each event and may be
 * missing (the REST bundle runs without the registry, e.g. while it restarts): then nothing is recorded,
 * and the filters work on. A failing trail is logged, never turned into a 500 for the client.
 */
final class AuditTrail {
    private static final Logger LOG = LoggerFactory.getLogger(AuditTrail.class);
    private static final String API_PREFIX = "api/v1/";

    /** Records nothing: for tests and for a filter made without the extension. */
    static final AuditTrail NONE = new AuditTrail(() -> null);

    private final Supplier<AuditService> audit;

    AuditTrail(Supplier<AuditService> audit) {
        this.audit = audit;
    }

    /** A login that failed (wrong password or locked name), with the user name that was tried. */
    void loginFailed(String triedName, String origin, String why) {
        record(AuditEvent.of(AuditOperations.LOGIN_FAILED)
                .by(LogText.of(triedName), Set.of(), origin)
                .outcome(AuditOutcome.FAILED)
                .detail(why));
    }

    /** A request the caller's roles do not allow; the caller is the bound one. */
    void accessRefused(String method, String path) {
        Target target = Target.of(path);
        record(AuditEvent.of(AuditOperations.ACCESS_REFUSED)
                .record(target.type, target.id)
                .outcome(AuditOutcome.REFUSED)
                .detail(method + " /" + LogText.of(stripSlash(path))));
    }

    /** A request served with ID numbers and phones in full, and the reason the caller gave. */
    void unmasked(String method, String path, String reason, int status) {
        Target target = Target.of(path);
        AuditOutcome outcome = status < 400 ? AuditOutcome.OK
                : status == 401 || status == 403 ? AuditOutcome.REFUSED : AuditOutcome.FAILED;
        record(AuditEvent.of(target.type == null ? "unmask" : target.type + ".unmask")
                .record(target.type, target.id)
                .outcome(outcome)
                .detail(method + " /" + LogText.of(stripSlash(path)) + " (" + status + "): " + reason));
    }

    private void record(AuditEvent.Builder event) {
        AuditService service = audit.get();
        if (service == null) {
            return;
        }
        try {
            service.record(event.build());
        } catch (RuntimeException e) {
            LOG.error("Audit row not written: {}", event.build(), e);
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
