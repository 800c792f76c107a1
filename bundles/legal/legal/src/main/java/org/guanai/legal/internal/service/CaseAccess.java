package org.guanai.legal.internal.service;

import java.util.Optional;

import org.guanai.jpa.support.Filter;
import org.guanai.registry.api.Roles;
import org.guanai.registry.api.security.Caller;
import org.guanai.registry.api.security.CallerContext;
import org.guanai.registry.api.security.SmallCells;
import org.guanai.registry.api.security.Visibility;

/**
 * Who reads and writes rights cases: legal staff, and a case's handler that one case. Not admin as such: an
 * administrator runs the platform, and one who must work cases is given the legal role (which the audit trail
 * records). Code that no user started (the demo load) is trusted. Everyone else finds no case at all: not found,
 * left out of lists, no timeline entry, counts only as township or county totals with small cells suppressed.
 */
public final class CaseAccess {

    /** The smallest count shown to a caller who does not read cases, when the registry's rule would show all. */
    static final int MINIMUM_CELL = 5;

    private CaseAccess() {
    }

    public static Optional<Caller> caller() {
        return CallerContext.current();
    }

    /** Legal staff, or trusted code. */
    public static boolean isLegal() {
        Optional<Caller> c = caller();
        return c.isEmpty() || c.get().hasRole(Roles.LEGAL);
    }

    /** Whether the current caller reads (and writes) a case of that handler. */
    public static boolean mayRead(String handler) {
        return isLegal() || caller().get().user().equals(handler);
    }

    /** The user to record: the caller's name, else "system". */
    public static String user() {
        return caller().map(Caller::user).orElse("system");
    }

    /** Keeps a case query to what the caller reads: everything for legal staff, else the cases they handle. */
    public static Filter restrict(Filter filter) {
        return isLegal() ? filter : filter.eq("e.handler", user());
    }

    /** How counts derived from cases are shown to the caller: all for legal staff, else small cells suppressed. */
    public static SmallCells cells(Visibility visibility) {
        if (isLegal()) {
            return SmallCells.none();
        }
        SmallCells rule = visibility == null ? SmallCells.none() : visibility.cells(org.guanai.legal.internal.spi.LegalModule.CASES);
        return rule.suppresses() ? rule : SmallCells.minimum(MINIMUM_CELL);
    }
}
