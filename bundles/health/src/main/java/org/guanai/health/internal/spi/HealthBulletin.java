package org.guanai.health.internal.spi;

import static org.guanai.health.internal.HealthText.en;
import static org.guanai.health.internal.HealthText.zh;

import java.util.Optional;

import org.guanai.health.api.CoverageDTO;
import org.guanai.health.api.CoverageRowDTO;
import org.guanai.health.api.ScreeningReports;
import org.guanai.registry.api.IndicatorDTO;
import org.guanai.registry.api.security.Caller;
import org.guanai.registry.api.security.CallerContext;
import org.guanai.registry.api.spi.BulletinPeriod;
import org.guanai.registry.api.spi.BulletinSectionDTO;
import org.guanai.registry.api.spi.BulletinTableDTO;
import org.guanai.registry.api.spi.BulletinSectionProvider;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The health module's bulletin section: the screening year to date (women due, checked, coverage), per
 * township for a county bulletin. Abnormal and referred counts are results: only health staff get them.
 */
@Component(service = BulletinSectionProvider.class)
public class HealthBulletin implements BulletinSectionProvider {

    private final ScreeningReports reports;

    @Activate
    public HealthBulletin(@Reference(name = "reports") ScreeningReports reports) {
        this.reports = reports;
    }

    @Override
    public String moduleId() {
        return HealthModule.ID;
    }

    @Override
    public BulletinSectionDTO section(BulletinPeriod period) {
        Optional<Caller> caller = CallerContext.current();
        boolean results = HealthActionLists.holds(caller, HealthActionLists.RESULT_READERS);
        CoverageDTO coverage = reports.coverage(period.year);
        BulletinSectionDTO s = new BulletinSectionDTO();
        s.titleZh = zh("bulletin.title");
        s.titleEn = en("bulletin.title");
        s.noteZh = zh("bulletin.note", period.year);
        s.noteEn = en("bulletin.note", period.year);
        CoverageRowDTO row = period.townshipCode == null ? coverage.county : coverage.townships.stream()
                .filter(r -> r.townshipCode.equals(period.townshipCode)).findFirst().orElse(null);
        if (row == null) {
            return s;
        }
        s.figures.add(figure("bulletin.due", "due", row.due, "persons"));
        s.figures.add(figure("bulletin.checked", "checked", row.checked, "persons"));
        s.figures.add(figure("bulletin.coverage", "coverage", row.checkedPercent, "%"));
        if (results) {
            s.figures.add(figure("bulletin.referred", "referred", row.referred, "persons"));
            s.figures.add(figure("bulletin.followedUp", "followed-up", row.followedUpPercent, "%"));
        }
        if (period.townshipCode == null) {
            s.tables.add(byTownship(coverage, results));
        }
        return s;
    }

    private static BulletinTableDTO byTownship(CoverageDTO coverage, boolean results) {
        BulletinTableDTO t = new BulletinTableDTO();
        t.titleZh = zh("bulletin.byTownship");
        t.titleEn = en("bulletin.byTownship");
        column(t, "bulletin.col.township");
        column(t, "bulletin.col.due");
        column(t, "bulletin.col.checked");
        column(t, "bulletin.col.coverage");
        if (results) {
            column(t, "bulletin.col.referred");
        }
        for (CoverageRowDTO r : coverage.townships) {
            java.util.List<String> cells = new java.util.ArrayList<>(java.util.List.of(r.townshipName,
                    String.valueOf(r.due), String.valueOf(r.checked), String.valueOf(r.checkedPercent)));
            if (results) {
                cells.add(String.valueOf(r.referred));
            }
            t.rows.add(cells);
        }
        return t;
    }

    /** A figure named by {@code key} of the module's bundle, in both languages. */
    private static IndicatorDTO figure(String key, String id, double value, String unit) {
        return new IndicatorDTO(HealthModule.ID, id, zh(key), en(key), value, unit);
    }

    private static void column(BulletinTableDTO t, String key) {
        t.columnsZh.add(zh(key));
        t.columnsEn.add(en(key));
    }
}
