package org.guanai.registry.internal.service;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.EntityManager;

import org.guanai.jpa.support.Filter;
import org.guanai.jpa.support.Scoping;
import org.guanai.registry.api.MonthlyStatsDTO;
import org.guanai.registry.api.Status;
import org.guanai.registry.api.security.Scope;
import org.guanai.registry.internal.jpa.PersonEntity;
import org.guanai.registry.internal.jpa.ServiceRecordEntity;

/**
 * The registry month by month. Active persons at a month's end are derived, not stored: today's active
 * persons, less those registered after that month (and still active), plus those ended after it (who were
 * registered by then). Reads one projection of the persons registered or ended since the first month, and the
 * dates of the service records in the range: no entity is loaded, and the database needs no date functions
 * (which Derby and PostgreSQL spell differently).
 */
final class MonthlyFigures {

    private static final int WOMEN = 0;
    private static final int CHILDREN = 1;
    private static final int ELDERLY = 2;

    private final YearMonth from;
    private final YearMonth to;
    private final long[] registered;
    private final long[] ended;
    private final long[][] active;
    private final long[] serviceRecords;

    private MonthlyFigures(YearMonth from, YearMonth to) {
        this.from = from;
        this.to = to;
        int months = (int) (from.until(to, java.time.temporal.ChronoUnit.MONTHS) + 1);
        registered = new long[months];
        ended = new long[months];
        active = new long[months][3];
        serviceRecords = new long[months];
    }

    /** {@code from} to {@code to}, both included; the caller has checked the range. */
    static List<MonthlyStatsDTO> count(EntityManager em, Scope scope, YearMonth from, YearMonth to, SmallCells cells) {
        MonthlyFigures f = new MonthlyFigures(from, to);
        f.countPersons(em, scope);
        f.countServiceRecords(em, scope);
        return f.rows(cells);
    }

    private void countPersons(EntityManager em, Scope scope) {
        long[] activeNow = new long[3];
        String flags = "e.woman, e.child, e.elderly";
        for (Object[] row : scoped(new Filter().eq("e.status", Status.ACTIVE), scope)
                .groupBy(em, PersonEntity.class, flags + ", COUNT(e)", flags)) {
            long n = ((Number) row[3]).longValue();
            forEachCategory(row, c -> activeNow[c] += n);
        }
        for (long[] month : active) {
            System.arraycopy(activeNow, 0, month, 0, 3);
        }
        LocalDate first = from.atDay(1);
        Filter since = scoped(new Filter().and("(e.createdAt >= ? OR e.endedOn >= ?)", first.atStartOfDay(), first), scope);
        for (Object[] row : since.select(em, PersonEntity.class, "e.createdAt, e.endedOn, e.status, " + flags,
                Object[].class)) {
            LocalDate createdOn = ((LocalDateTime) row[0]).toLocalDate();
            LocalDate endedOn = row[2] == Status.ENDED ? (LocalDate) row[1] : null;
            Object[] categories = {row[3], row[4], row[5]};
            count(registered, createdOn);
            count(ended, endedOn);
            for (int m = 0; m < active.length; m++) {
                LocalDate end = from.plusMonths(m).atEndOfMonth();
                long delta = endedOn == null && createdOn.isAfter(end) ? -1 // active now, not yet registered then
                        : endedOn != null && endedOn.isAfter(end) && !createdOn.isAfter(end) ? 1 // active then, ended since
                        : 0;
                if (delta != 0) {
                    long[] month = active[m];
                    forEachCategory(categories, c -> month[c] += delta);
                }
            }
        }
    }

    private void countServiceRecords(EntityManager em, Scope scope) {
        Filter filter = new Filter().and("e.date >= ?", from.atDay(1)).and("e.date <= ?", to.atEndOfMonth());
        Scoping.Condition visible = ServiceRecordServiceImpl.condition(scope);
        if (visible != null) {
            filter.and(visible.jpql, visible.values.toArray());
        }
        for (LocalDate date : filter.select(em, ServiceRecordEntity.class, "e.date", LocalDate.class)) {
            count(serviceRecords, date);
        }
    }

    private List<MonthlyStatsDTO> rows(SmallCells cells) {
        List<MonthlyStatsDTO> rows = new ArrayList<>();
        for (int m = 0; m < registered.length; m++) {
            MonthlyStatsDTO row = new MonthlyStatsDTO();
            row.month = from.plusMonths(m).toString();
            row.registered = cells.cell(registered[m]);
            row.ended = cells.cell(ended[m]);
            row.activeWomen = cells.cell(active[m][WOMEN]);
            row.activeChildren = cells.cell(active[m][CHILDREN]);
            row.activeElderly = cells.cell(active[m][ELDERLY]);
            row.serviceRecords = cells.cell(serviceRecords[m]);
            rows.add(row);
        }
        return rows;
    }

    private void count(long[] perMonth, LocalDate date) {
        if (date == null) {
            return;
        }
        YearMonth month = YearMonth.from(date);
        if (!month.isBefore(from) && !month.isAfter(to)) {
            perMonth[(int) from.until(month, java.time.temporal.ChronoUnit.MONTHS)]++;
        }
    }

    private static Filter scoped(Filter filter, Scope scope) {
        Scoping.Condition inScope = Scoping.condition(scope, "e.townshipCode", "e.villageCode");
        return inScope == null ? filter : inScope.addTo(filter);
    }

    private static void forEachCategory(Object[] flags, java.util.function.IntConsumer action) {
        for (int c = 0; c < 3; c++) {
            if (Boolean.TRUE.equals(flags[c])) {
                action.accept(c);
            }
        }
    }
}
