package org.guanai.registry.console.support;

import java.util.Optional;

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

    public static void run(UserAccessService access, boolean unmask, String reason, Console.Body body) throws Exception {
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
            throw new BadInputException("--unmask: your role may not see ID numbers and phones in full");
        }
        // AUDIT: person.unmask — console caller, reason
        try (CallerContext.Binding ignored = CallerContext.bind(caller.get().unmasking(reason))) {
            body.run();
        }
    }
}
