package org.guanai.mutualaid.internal.spi;

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
        s.titleZh = "巾帼互助组与结对帮扶";
        s.titleEn = "Mutual-aid groups and 1+1 pairing";
        s.noteZh = "互助组、成员与结对为统计之日的在册数；活动为本季度；沉寂互助组为近 " + summary.inactiveDays
                + " 天无活动者。";
        s.noteEn = "Groups, members and pairings as on the day counted; activities in the quarter; quiet groups had no"
                + " activity in the last " + summary.inactiveDays + " days.";
        SummaryRowDTO row = total(summary, period.townshipCode);
        CoverageRowDTO coverage = coverage(summary, period.townshipCode);
        if (row == null && coverage == null) {
            return s;
        }
        if (row != null) {
            s.figures.add(figure("groups", "活动中的互助组", "Active groups", row.activeGroups, "groups"));
            s.figures.add(figure("members", "互助组成员", "Group members", row.members, "persons"));
            s.figures.add(figure("activities-quarter", "本季度互助活动", "Activities this quarter", inQuarter(row, period),
                    "activities"));
            s.figures.add(figure("inactive-groups", "沉寂的互助组", "Quiet groups", row.inactiveGroups, "groups"));
        }
        if (coverage != null) {
            s.figures.add(figure("women-in-no-group", "未入组的留守妇女", "Women in no group", coverage.womenInNoGroup,
                    "women"));
            s.figures.add(figure("paired", "困难对象结对率", "Vulnerable cases paired",
                    coverage.pairedPercent == null ? 0 : coverage.pairedPercent, "%"));
        }
        if (period.townshipCode == null) {
            s.tables.add(byTownship(summary, period));
        }
        return s;
    }

    private static BulletinTableDTO byTownship(SummaryDTO summary, BulletinPeriod period) {
        BulletinTableDTO t = new BulletinTableDTO();
        t.titleZh = "各乡镇互助组";
        t.titleEn = "Groups by township";
        t.columnsZh.addAll(List.of("乡镇", "互助组", "成员", "本季度活动", "沉寂", "未入组妇女", "结对率 %"));
        t.columnsEn.addAll(List.of("Township", "Groups", "Members", "Activities", "Quiet", "Women in no group",
                "Paired %"));
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

    private static IndicatorDTO figure(String id, String zh, String en, double value, String unit) {
        return new IndicatorDTO(MutualAidModule.ID, id, zh, en, value, unit);
    }
}
