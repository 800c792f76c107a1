package org.guanai.training.internal.spi;

import java.util.ArrayList;
import java.util.List;

import org.guanai.registry.api.IndicatorDTO;
import org.guanai.registry.api.spi.BulletinPeriod;
import org.guanai.registry.api.spi.BulletinSectionDTO;
import org.guanai.registry.api.spi.BulletinSectionProvider;
import org.guanai.registry.api.spi.BulletinTableDTO;
import org.guanai.training.api.Outcome;
import org.guanai.training.api.TrainingReportDTO;
import org.guanai.training.api.TrainingReportRowDTO;
import org.guanai.training.api.TrainingReports;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The training module's bulletin section: the quarter's year to date from the annual report (women trained,
 * completion, certificates, what came of it, entrepreneurship fairs), per township for a county bulletin. Counts
 * only, no names.
 */
@Component(service = BulletinSectionProvider.class)
public class TrainingBulletin implements BulletinSectionProvider {

    private final TrainingReports reports;

    @Activate
    public TrainingBulletin(@Reference(name = "reports") TrainingReports reports) {
        this.reports = reports;
    }

    @Override
    public String moduleId() {
        return TrainingModule.ID;
    }

    @Override
    public BulletinSectionDTO section(BulletinPeriod period) {
        TrainingReportDTO report = reports.report(period.year);
        BulletinSectionDTO s = new BulletinSectionDTO();
        s.titleZh = "技能培训";
        s.titleEn = "Skills training";
        s.noteZh = period.year + " 年度累计至今（截至本季度末）：参训为当年开班班次的在册留守妇女，结业按学时计算；"
                + "推介会报名人数按本人所在地。";
        s.noteEn = "The " + period.year + " year to date (to the quarter's end): trained are left-behind women in a class"
                + " starting that year, completion is by hours attended; fair sign-ups count where the person lives.";
        TrainingReportRowDTO row = period.townshipCode == null ? report.county : report.townships.stream()
                .filter(r -> r.townshipCode.equals(period.townshipCode)).findFirst().orElse(null);
        if (row == null) {
            return s;
        }
        s.figures.add(figure("women-trained", "参训留守妇女", "Women trained", row.womenTrained, "women"));
        s.figures.add(figure("completion-rate", "结业率", "Completion rate", row.completionRate, "%"));
        s.figures.add(figure("certificates", "颁发证书", "Certificates", row.certificates, "certificates"));
        s.figures.add(figure("started-business", "回访：自主创业", "Follow-ups: started a business",
                row.outcomes.getOrDefault(Outcome.STARTED_BUSINESS, 0), "persons"));
        s.figures.add(figure("fairs", "创业项目推介会", "Entrepreneurship fairs", row.fairs, "fairs"));
        s.figures.add(figure("fair-sign-ups", "推介项目报名人数", "Signed up for a fair's project", row.fairSignUps, "persons"));
        if (period.townshipCode == null) {
            s.tables.add(byTownship(report));
        }
        return s;
    }

    private static BulletinTableDTO byTownship(TrainingReportDTO report) {
        BulletinTableDTO t = new BulletinTableDTO();
        t.titleZh = "各乡镇培训情况";
        t.titleEn = "Training by township";
        t.columnsZh.addAll(List.of("乡镇", "参训妇女", "结业率 %", "证书", "推介会", "项目报名", "从未参训"));
        t.columnsEn.addAll(List.of("Township", "Women trained", "Completion %", "Certificates", "Fairs", "Sign-ups",
                "Never trained"));
        for (TrainingReportRowDTO r : report.townships) {
            t.rows.add(new ArrayList<>(List.of(r.name, String.valueOf(r.womenTrained), String.valueOf(r.completionRate),
                    String.valueOf(r.certificates), String.valueOf(r.fairs), String.valueOf(r.fairSignUps),
                    String.valueOf(r.womenNeverTrained))));
        }
        return t;
    }

    private static IndicatorDTO figure(String id, String zh, String en, double value, String unit) {
        return new IndicatorDTO(TrainingModule.ID, id, zh, en, value, unit);
    }
}
