package org.guanai.registry.console.support;

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
 * phones in full, which the registry grants to the full-view roles ({@code fullview.roles}).
 */
public final class FullView {

    private FullView() {
    }

    /**
     * @param recordType what the command shows ("person", "household"): the audit row is {@code <type>.unmask}
     */
    public static void run(UserAccessService access, AuditService audit, String recordType, boolean unmask, String reason,
                           Console.Body body) throws Exception {
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
        audit.record(AuditEvent.of(recordType + ".unmask").detail("console; reason: " + reason.strip()).build());
        try (CallerContext.Binding ignored = CallerContext.bind(caller.get().unmasking(reason))) {
            body.run();
        }
    }
}
