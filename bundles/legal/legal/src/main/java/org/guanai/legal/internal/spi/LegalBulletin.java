package org.guanai.legal.internal.spi;

import java.util.List;

import org.guanai.legal.api.CaseReportDTO;
import org.guanai.legal.api.EventReportRowDTO;
import org.guanai.legal.api.LegalReports;
import org.guanai.registry.api.IndicatorDTO;
import org.guanai.registry.api.security.SmallCells;
import org.guanai.registry.api.spi.BulletinPeriod;
import org.guanai.registry.api.spi.BulletinSectionDTO;
import org.guanai.registry.api.spi.BulletinSectionProvider;
import org.guanai.registry.api.spi.BulletinTableDTO;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The module's bulletin section for a quarter: promotion events and people reached (per township for the county);
 * rights cases received and closed as one total of the county or township, never per township or category. A bulletin
 * is circulated, so a case figure below the minimum cell is left out whoever asks for it.
 */
@Component(service = BulletinSectionProvider.class)
public class LegalBulletin implements BulletinSectionProvider {

    static final int MINIMUM_CELL = 5;

    private final LegalReports reports;

    @Activate
    public LegalBulletin(@Reference(name = "reports") LegalReports reports) {
        this.reports = reports;
    }

    @Override
    public String moduleId() {
        return LegalModule.ID;
    }

    @Override
    public BulletinSectionDTO section(BulletinPeriod period) {
        BulletinSectionDTO s = new BulletinSectionDTO();
        s.moduleId = LegalModule.ID;
        s.titleZh = "法律宣传与维权";
        s.titleEn = "Legal promotion and rights protection";
        BulletinTableDTO t = new BulletinTableDTO();
        t.titleZh = "各乡镇普法宣传";
        t.titleEn = "Legal promotion by township";
        t.columnsZh.addAll(List.of("乡镇", "活动", "覆盖人次", "发放资料"));
        t.columnsEn.addAll(List.of("Township", "Events", "People reached", "Materials"));
        java.util.Map<String, long[]> byTownship = new java.util.TreeMap<>();
        java.util.Map<String, String> names = new java.util.HashMap<>();
        long events = 0;
        long reached = 0;
        for (EventReportRowDTO r : reports.events(period.year, period.townshipCode)) {
            if (!period.includes(java.time.LocalDate.parse(r.month + "-01"))) {
                continue;
            }
            long[] sums = byTownship.computeIfAbsent(r.townshipCode, k -> new long[3]);
            sums[0] += r.events;
            sums[1] += r.reached;
            sums[2] += r.materials;
            names.put(r.townshipCode, r.townshipName);
            events += r.events;
            reached += r.reached;
        }
        byTownship.forEach((code, sums) -> t.rows.add(List.of(names.get(code), String.valueOf(sums[0]),
                String.valueOf(sums[1]), String.valueOf(sums[2]))));
        s.figures.add(new IndicatorDTO(LegalModule.ID, "events", "普法宣传活动", "Promotion events", events, "events"));
        s.figures.add(new IndicatorDTO(LegalModule.ID, "reached", "覆盖人次", "People reached", reached, "persons"));
        CaseReportDTO cases = reports.cases(period.from, period.to, period.townshipCode);
        if (circulated(cases.received)) {
            s.figures.add(new IndicatorDTO(LegalModule.ID, "cases", "受理维权案件", "Rights cases received", cases.received, "cases"));
        }
        if (circulated(cases.received) && circulated(cases.closed)) {
            s.figures.add(new IndicatorDTO(LegalModule.ID, "cases-closed", "其中已结案", "Of these, closed", cases.closed, "cases"));
        }
        if (period.townshipCode == null && !t.rows.isEmpty()) {
            s.tables.add(t);
        }
        s.noteZh = "维权案件只报全县或乡镇合计；不足 5 件的数字不予公布。";
        s.noteEn = "Rights cases are given as county or township totals only; figures below 5 are not published.";
        return s;
    }

    /** Shown in a circulated bulletin: known, and none or at least the minimum cell. */
    static boolean circulated(Long count) {
        return count != null && SmallCells.minimum(MINIMUM_CELL).count(count, Long.MAX_VALUE) != null;
    }
}
