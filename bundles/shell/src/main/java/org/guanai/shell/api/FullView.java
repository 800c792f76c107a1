package org.guanai.shell.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.guanai.registry.api.AccessRefusedException;
import org.guanai.registry.api.ValidationException;
import org.guanai.registry.api.audit.AuditEvent;
import org.guanai.registry.api.audit.AuditOutcome;
import org.guanai.registry.api.audit.AuditService;
import org.guanai.registry.api.security.Caller;
import org.guanai.registry.api.security.CallerContext;
import org.guanai.registry.api.security.Visibility;

/**
 * {@code --unmask --reason "…"}: runs a command body as the session's caller asking to see ID numbers and phones in
 * full. The one place the console reads the two options (REST reads {@code unmask}/{@code reason} once, in its
 * authentication filter); whether the caller may is the registry's rule, {@link Visibility#unmasking}, as over
 * REST. A full view is audited as {@code <record type>.unmask} with its reason, a refusal as {@code access.refused}.
 * The registry's and every module's commands use it, usually through {@link FullViewAction}.
 * A command body answers the ids of the records it showed: one audit row per record.
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
    public static void run(Visibility visibility, AuditService audit, String recordType, boolean unmask, String reason,
                           Showing body) throws Exception {
        if (!unmask) {
            body.run();
            return;
        }
        if (Console.text(reason) == null) {
            throw new BadInputException(Console.TEXT.message("reasonRequired"));
        }
        Optional<Caller> caller = CallerContext.current();
        if (caller.isEmpty()) {
            body.run(); // no user: trusted code, which sees everything in full anyway
            return;
        }
        Caller unmasking;
        try {
            unmasking = visibility.unmasking(caller.get(), reason);
        } catch (AccessRefusedException e) {
            audit.record(AuditEvent.of("access.refused").outcome(AuditOutcome.REFUSED)
                    .detail("console " + recordType + " --unmask: " + e.getMessage()).build());
            throw new BadInputException(Console.TEXT.message("optionRefused", "--unmask", e.text()));
        } catch (ValidationException e) {
            throw new BadInputException(Console.TEXT.message("optionRefused", "--reason", e.errors().get(0).text()));
        }
        Collection<?> shown;
        try (CallerContext.Binding ignored = CallerContext.bind(unmasking)) {
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
