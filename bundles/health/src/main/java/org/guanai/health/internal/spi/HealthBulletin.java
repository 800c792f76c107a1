package org.guanai.health.internal.spi;

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
        s.titleZh = "健康检查";
        s.titleEn = "Health checks";
        s.noteZh = period.year + " 年度累计至今：应检为在册留守妇女，已检为本年度至少检查一次者。";
        s.noteEn = "The " + period.year + " screening year to date: due are the active left-behind women, checked those"
                + " checked at least once this year.";
        CoverageRowDTO row = period.townshipCode == null ? coverage.county : coverage.townships.stream()
                .filter(r -> r.townshipCode.equals(period.townshipCode)).findFirst().orElse(null);
        if (row == null) {
            return s;
        }
        s.figures.add(figure("due", "应检妇女", "Women due", row.due, "persons"));
        s.figures.add(figure("checked", "已检妇女", "Women checked", row.checked, "persons"));
        s.figures.add(figure("coverage", "检查覆盖率", "Coverage", row.checkedPercent, "%"));
        if (results) {
            s.figures.add(figure("referred", "转诊", "Referred", row.referred, "persons"));
            s.figures.add(figure("followed-up", "转诊已随访率", "Referrals followed up", row.followedUpPercent, "%"));
        }
        if (period.townshipCode == null) {
            s.tables.add(byTownship(coverage, results));
        }
        return s;
    }

    private static BulletinTableDTO byTownship(CoverageDTO coverage, boolean results) {
        BulletinTableDTO t = new BulletinTableDTO();
        t.titleZh = "各乡镇检查覆盖";
        t.titleEn = "Coverage by township";
        t.columnsZh.addAll(java.util.List.of("乡镇", "应检", "已检", "覆盖率 %"));
        t.columnsEn.addAll(java.util.List.of("Township", "Due", "Checked", "Coverage %"));
        if (results) {
            t.columnsZh.add("转诊");
            t.columnsEn.add("Referred");
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

    private static IndicatorDTO figure(String id, String zh, String en, double value, String unit) {
        return new IndicatorDTO(HealthModule.ID, id, zh, en, value, unit);
    }
}
