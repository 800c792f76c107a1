package org.guanai.registry.internal.service;

import java.util.Set;

import org.guanai.registry.api.Roles;
import org.guanai.registry.api.StatsService;
import org.guanai.registry.api.security.CallerContext;

/**
 * The small-cell rule of the dashboard's aggregates: a caller who may read statistics but no personal
 * records (the {@code stats} role, or any role Guanai does not know to read records) is not shown counts
 * from 1 to {@link StatsService#SMALL_CELL} - 1, which could point at a person ("one child in that village
 * without a guardian"). Callers who may read the records behind a figure see it exactly.
 */
final class SmallCells {

    /** The roles that read personal records: their holders see every count. */
    static final Set<String> RECORD_ROLES = Set.of(Roles.ADMIN, Roles.COUNTY, Roles.TOWNSHIP, Roles.HEALTH,
            Roles.LEGAL);

    private final boolean suppress;

    private SmallCells(boolean suppress) {
        this.suppress = suppress;
    }

    /** The rule for the current caller; none for trusted code (no caller). */
    static SmallCells forCurrentCaller() {
        return new SmallCells(CallerContext.current()
                .map(c -> c.roles().stream().noneMatch(RECORD_ROLES::contains))
                .orElse(false));
    }

    static SmallCells exact() {
        return new SmallCells(false);
    }

    static SmallCells suppressing() {
        return new SmallCells(true);
    }

    boolean suppresses() {
        return suppress;
    }

    /** The count, or null where it is a small cell this caller may not see. */
    Long cell(long count) {
        return isSmall(count) ? null : count;
    }

    /** True for a count this caller may not see on its own (it is folded or suppressed). */
    boolean isSmall(long count) {
        return suppress && count > 0 && count < StatsService.SMALL_CELL;
    }
}
