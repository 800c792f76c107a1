package org.guanai.legal.internal.spi;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.guanai.legal.api.CaseReportDTO;
import org.guanai.legal.api.EventReportRowDTO;
import org.guanai.legal.api.LegalReports;
import org.guanai.registry.api.IndicatorDTO;
import org.guanai.registry.api.spi.IndicatorProvider;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The module's figures on the dashboard, this year to date: events and people reached; cases received, open and
 * overdue as county or township totals. A case figure the caller's role gets suppressed (a small cell) is left out.
 */
@Component(service = IndicatorProvider.class)
public class LegalIndicators implements IndicatorProvider {

    private final LegalReports reports;

    @Activate
    public LegalIndicators(@Reference(name = "reports") LegalReports reports) {
        this.reports = reports;
    }

    @Override
    public String moduleId() {
        return LegalModule.ID;
    }

    @Override
    public List<IndicatorDTO> indicators(String townshipCode) {
        LocalDate today = LocalDate.now();
        long events = 0;
        long reached = 0;
        for (EventReportRowDTO r : reports.events(today.getYear(), townshipCode)) {
            events += r.events;
            reached += r.reached;
        }
        List<IndicatorDTO> out = new ArrayList<>();
        out.add(new IndicatorDTO(LegalModule.ID, "events-year", "今年普法宣传活动", "Legal promotion events this year", events, "events"));
        out.add(new IndicatorDTO(LegalModule.ID, "reached-year", "今年普法覆盖人次", "People reached this year", reached, "persons"));
        CaseReportDTO cases = reports.cases(today.withDayOfYear(1), today, townshipCode);
        add(out, "cases-year", "今年受理维权案件", "Rights cases received this year", cases.received, "cases");
        add(out, "cases-closed-year", "今年受理已结案", "Of these, closed", cases.closed, "cases");
        add(out, "cases-overdue", "超期维权案件", "Overdue rights cases", cases.overdue, "cases");
        return out;
    }

    private static void add(List<IndicatorDTO> out, String id, String zh, String en, Long value, String unit) {
        if (value != null) {
            out.add(new IndicatorDTO(LegalModule.ID, id, zh, en, value, unit));
        }
    }
}
