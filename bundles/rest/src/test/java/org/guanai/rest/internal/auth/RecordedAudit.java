package org.guanai.rest.internal.auth;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.guanai.registry.api.audit.AuditEvent;
import org.guanai.registry.api.audit.AuditService;

/**
 * The rows the filters' {@link AuditTrail} writes, for their tests. guanai-testing has the modules' recording audit
 * service, but it depends on this bundle (its REST rules), so this bundle's tests cannot use it: here an
 * {@link AuditService} whose {@code record} and {@code recordAll} hand the events on, the only calls the trail makes.
 */
final class RecordedAudit {
    final List<AuditEvent> events = new CopyOnWriteArrayList<>();

    /** An audit service keeping what it records in {@link #events}. */
    AuditService service() {
        return recording(events::add);
    }

    /** An audit service handing each recorded event to {@code record} (which may throw, as a failing trail does). */
    static AuditService recording(Consumer<AuditEvent> record) {
        return (AuditService) Proxy.newProxyInstance(RecordedAudit.class.getClassLoader(),
                new Class<?>[] {AuditService.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "record":
                            record.accept((AuditEvent) args[0]);
                            return null;
                        case "recordAll":
                            for (Object event : (java.util.Collection<?>) args[0]) {
                                record.accept((AuditEvent) event);
                            }
                            return null;
                        default:
                            throw new UnsupportedOperationException(method.getName());
                    }
                });
    }
}
