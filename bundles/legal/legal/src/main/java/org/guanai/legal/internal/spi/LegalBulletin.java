package org.guanai.legal.internal.spi;

import static org.guanai.legal.internal.LegalText.en;
import static org.guanai.legal.internal.LegalText.zh;

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
        s.titleZh = zh("bulletin.title");
        s.titleEn = en("bulletin.title");
        BulletinTableDTO t = new BulletinTableDTO();
        t.titleZh = zh("bulletin.byTownship");
        t.titleEn = en("bulletin.byTownship");
        column(t, "bulletin.col.township");
        column(t, "bulletin.col.events");
        column(t, "bulletin.col.reached");
        column(t, "bulletin.col.materials");
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
        s.figures.add(figure("bulletin.events", "events", events, "events"));
        s.figures.add(figure("bulletin.reached", "reached", reached, "persons"));
        CaseReportDTO cases = reports.cases(period.from, period.to, period.townshipCode);
        if (circulated(cases.received)) {
            s.figures.add(figure("bulletin.cases", "cases", cases.received, "cases"));
        }
        if (circulated(cases.received) && circulated(cases.closed)) {
            s.figures.add(figure("bulletin.casesClosed", "cases-closed", cases.closed, "cases"));
        }
        if (period.townshipCode == null && !t.rows.isEmpty()) {
            s.tables.add(t);
        }
        s.noteZh = zh("bulletin.note", MINIMUM_CELL);
        s.noteEn = en("bulletin.note", MINIMUM_CELL);
        return s;
    }

    /** A figure named by {@code key} of the module's bundle, in both languages. */
    private static IndicatorDTO figure(String key, String id, double value, String unit) {
        return new IndicatorDTO(LegalModule.ID, id, zh(key), en(key), value, unit);
    }

    private static void column(BulletinTableDTO t, String key) {
        t.columnsZh.add(zh(key));
        t.columnsEn.add(en(key));
    }

    /** Shown in a circulated bulletin: known, and none or at least the minimum cell. */
    static boolean circulated(Long count) {
        return count != null && SmallCells.minimum(MINIMUM_CELL).count(count, Long.MAX_VALUE) != null;
    }
}
