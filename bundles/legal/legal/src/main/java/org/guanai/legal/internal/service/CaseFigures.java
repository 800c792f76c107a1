package org.guanai.legal.internal.service;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.guanai.legal.api.CaseCategory;
import org.guanai.legal.api.CaseChannel;
import org.guanai.legal.api.CaseReportDTO;
import org.guanai.legal.api.CaseStatus;
import org.guanai.legal.api.CountDTO;
import org.guanai.legal.api.RiskLevel;
import org.guanai.legal.internal.LegalText;
import org.guanai.registry.api.Message;
import org.guanai.registry.api.security.SmallCells;

/** Case figures from rows of (category, channel, status, risk, received, closed), small cells suppressed by rule. */
final class CaseFigures {

    private CaseFigures() {
    }

    static CaseReportDTO of(List<Object[]> rows, long overdue, SmallCells cells) {
        CaseReportDTO r = new CaseReportDTO();
        long received = rows.size();
        List<Long> daysToClose = new ArrayList<>();
        for (Object[] row : rows) {
            if (row[2] == CaseStatus.CLOSED && row[5] != null) {
                daysToClose.add(ChronoUnit.DAYS.between((LocalDate) row[4], (LocalDate) row[5]));
            }
        }
        long closed = daysToClose.size();
        r.received = cells.count(received, Long.MAX_VALUE);
        r.closed = r.received == null ? null : cells.count(closed, received);
        r.closureRatePercent = r.closed == null || received == 0 ? null
                : Math.round(1000.0 * closed / received) / 10.0;
        r.medianDaysToClose = r.closed == null || closed == 0 ? null : median(daysToClose);
        r.overdue = cells.count(overdue, Long.MAX_VALUE);
        r.byCategory = breakdown(rows, 0, CaseCategory.values(), received, cells);
        r.byChannel = breakdown(rows, 1, CaseChannel.values(), received, cells);
        r.byStatus = breakdown(rows, 2, CaseStatus.values(), received, cells);
        r.byRisk = breakdown(rows, 3, RiskLevel.values(), received, cells);
        return r;
    }

    static double median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(Long::compare);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    private static List<CountDTO> breakdown(List<Object[]> rows, int column, Enum<?>[] values, long received,
                                            SmallCells cells) {
        long[] counts = new long[values.length];
        long[] wholes = new long[values.length];
        for (Object[] row : rows) {
            counts[((Enum<?>) row[column]).ordinal()]++;
        }
        java.util.Arrays.fill(wholes, received);
        List<Long> shown = cells.column(counts, wholes, received, Long.MAX_VALUE);
        List<CountDTO> out = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            out.add(new CountDTO(values[i].name(), LegalText.label(values[i], Message.CHINESE),
                    LegalText.label(values[i], Message.ENGLISH), shown.get(i)));
        }
        return out;
    }
}
