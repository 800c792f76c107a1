package org.guanai.mutualaid.internal.spi;

import static org.guanai.mutualaid.internal.MutualAidText.en;
import static org.guanai.mutualaid.internal.MutualAidText.zh;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.guanai.mutualaid.api.CoverageRowDTO;
import org.guanai.mutualaid.api.MutualAidReports;
import org.guanai.mutualaid.api.SummaryDTO;
import org.guanai.mutualaid.api.SummaryRowDTO;
import org.guanai.registry.api.IndicatorDTO;
import org.guanai.registry.api.spi.BulletinPeriod;
import org.guanai.registry.api.spi.BulletinSectionDTO;
import org.guanai.registry.api.spi.BulletinSectionProvider;
import org.guanai.registry.api.spi.BulletinTableDTO;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The mutual-aid module's bulletin section, from the year's summary: groups alive and their members today, the
 * quarter's activities, groups gone quiet, women in no group and how many vulnerable families someone is paired
 * with; per township for a county bulletin. Counts only, no names.
 */
@Component(service = BulletinSectionProvider.class)
public class MutualAidBulletin implements BulletinSectionProvider {

    private final MutualAidReports reports;

    @Activate
    public MutualAidBulletin(@Reference(name = "reports") MutualAidReports reports) {
        this.reports = reports;
    }

    @Override
    public String moduleId() {
        return MutualAidModule.ID;
    }

    @Override
    public BulletinSectionDTO section(BulletinPeriod period) {
        SummaryDTO summary = reports.summary(period.year);
        BulletinSectionDTO s = new BulletinSectionDTO();
        s.titleZh = zh("bulletin.title");
        s.titleEn = en("bulletin.title");
        s.noteZh = zh("bulletin.note", summary.inactiveDays);
        s.noteEn = en("bulletin.note", summary.inactiveDays);
        SummaryRowDTO row = total(summary, period.townshipCode);
        CoverageRowDTO coverage = coverage(summary, period.townshipCode);
        if (row == null && coverage == null) {
            return s;
        }
        if (row != null) {
            s.figures.add(figure("bulletin.groups", "groups", row.activeGroups, "groups"));
            s.figures.add(figure("bulletin.members", "members", row.members, "persons"));
            s.figures.add(figure("bulletin.activitiesQuarter", "activities-quarter", inQuarter(row, period), "activities"));
            s.figures.add(figure("bulletin.inactiveGroups", "inactive-groups", row.inactiveGroups, "groups"));
        }
        if (coverage != null) {
            s.figures.add(figure("bulletin.womenInNoGroup", "women-in-no-group", coverage.womenInNoGroup, "women"));
            s.figures.add(figure("bulletin.paired", "paired",
                    coverage.pairedPercent == null ? 0 : coverage.pairedPercent, "%"));
        }
        if (period.townshipCode == null) {
            s.tables.add(byTownship(summary, period));
        }
        return s;
    }

    private static BulletinTableDTO byTownship(SummaryDTO summary, BulletinPeriod period) {
        BulletinTableDTO t = new BulletinTableDTO();
        t.titleZh = zh("bulletin.byTownship");
        t.titleEn = en("bulletin.byTownship");
        column(t, "bulletin.col.township");
        column(t, "bulletin.col.groups");
        column(t, "bulletin.col.members");
        column(t, "bulletin.col.activities");
        column(t, "bulletin.col.quiet");
        column(t, "bulletin.col.womenInNoGroup");
        column(t, "bulletin.col.paired");
        for (CoverageRowDTO c : summary.coverage) {
            if (c.townshipCode == null) {
                continue;
            }
            SummaryRowDTO r = total(summary, c.townshipCode);
            t.rows.add(new ArrayList<>(List.of(c.townshipName == null ? c.townshipCode : c.townshipName,
                    String.valueOf(r == null ? 0 : r.activeGroups), String.valueOf(r == null ? 0 : r.members),
                    String.valueOf(r == null ? 0 : inQuarter(r, period)), String.valueOf(r == null ? 0 : r.inactiveGroups),
                    String.valueOf(c.womenInNoGroup), c.pairedPercent == null ? "—" : String.valueOf(c.pairedPercent))));
        }
        return t;
    }

    /** A township's (or, for null, the county's) total row: the one without a group kind. */
    private static SummaryRowDTO total(SummaryDTO summary, String townshipCode) {
        return summary.rows.stream().filter(r -> r.kind == null && Objects.equals(r.townshipCode, townshipCode))
                .findFirst().orElse(null);
    }

    private static CoverageRowDTO coverage(SummaryDTO summary, String townshipCode) {
        return summary.coverage.stream().filter(r -> Objects.equals(r.townshipCode, townshipCode)).findFirst()
                .orElse(null);
    }

    static long inQuarter(SummaryRowDTO row, BulletinPeriod period) {
        long n = 0;
        for (int m = 0; m < 3; m++) {
            n += row.activitiesByMonth.getOrDefault(YearMonth.from(period.from).plusMonths(m).toString(), 0L);
        }
        return n;
    }

    /** A figure named by {@code key} of the module's bundle, in both languages. */
    private static IndicatorDTO figure(String key, String id, double value, String unit) {
        return new IndicatorDTO(MutualAidModule.ID, id, zh(key), en(key), value, unit);
    }

    private static void column(BulletinTableDTO t, String key) {
        t.columnsZh.add(zh(key));
        t.columnsEn.add(en(key));
    }
}
