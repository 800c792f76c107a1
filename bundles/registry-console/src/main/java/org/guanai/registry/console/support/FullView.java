package org.guanai.registry.console.support;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.guanai.registry.api.audit.AuditEvent;
import org.guanai.registry.api.audit.AuditOutcome;
import org.guanai.registry.api.audit.AuditService;
import org.guanai.registry.api.security.Caller;
import org.guanai.registry.api.security.CallerContext;
import org.guanai.registry.api.security.UserAccessService;
import org.guanai.shell.api.BadInputException;
import org.guanai.shell.api.Console;

/**
 * {@code --unmask --reason "…"}: runs a command body as the session's caller asking to see ID numbers and
 * phones in full, which the registry grants to the full-view roles ({@code fullview.roles}), and records one
 * {@code <type>.unmask} row per record it showed, with the reason.
 */
public final class FullView {

    private FullView() {
    }

    /** A command body that shows records and answers their ids. */
    @FunctionalInterface
    public interface Showing {
        Collection<?> run() throws Exception;
    }

    /**
     * @param recordType what the command shows ("person", "household"): the audit rows are {@code <type>.unmask}
     */
    public static void run(UserAccessService access, AuditService audit, String recordType, boolean unmask, String reason,
                           Showing body) throws Exception {
        if (!unmask) {
            body.run();
            return;
        }
        if (Console.text(reason) == null) {
            throw new BadInputException("--reason is required with --unmask: say why you need ID numbers and phones"
                    + " in full");
        }
        Optional<Caller> caller = CallerContext.current();
        if (caller.isEmpty()) {
            body.run(); // no user: trusted code, which sees everything in full anyway
            return;
        }
        if (caller.get().roles().stream().noneMatch(access.fullViewRoles()::contains)) {
            audit.record(AuditEvent.of("access.refused").outcome(AuditOutcome.REFUSED)
                    .detail("console " + recordType + " --unmask: role may not see ID numbers and phones in full").build());
            throw new BadInputException("--unmask: your role may not see ID numbers and phones in full");
        }
        Collection<?> shown;
        try (CallerContext.Binding ignored = CallerContext.bind(caller.get().unmasking(reason))) {
            shown = body.run();
        }
        List<AuditEvent> rows = new ArrayList<>();
        for (Object id : shown) {
            rows.add(AuditEvent.of(recordType + ".unmask").record(recordType, id)
                    .detail("console; reason: " + reason.strip() + (shown.size() > 1 ? " (one of " + shown.size()
                            + " listed)" : "")).build());
        }
        if (rows.isEmpty()) {
            rows.add(AuditEvent.of(recordType + ".unmask").detail("console; reason: " + reason.strip()
                    + " (nothing listed)").build());
        }
        audit.recordAll(rows);
    }
}
