package org.guanai.training.internal.spi;

import static org.guanai.training.internal.service.Text.en;
import static org.guanai.training.internal.service.Text.zh;

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
        s.titleZh = zh("bulletin.title");
        s.titleEn = en("bulletin.title");
        s.noteZh = zh("bulletin.note", period.year);
        s.noteEn = en("bulletin.note", period.year);
        TrainingReportRowDTO row = period.townshipCode == null ? report.county : report.townships.stream()
                .filter(r -> r.townshipCode.equals(period.townshipCode)).findFirst().orElse(null);
        if (row == null) {
            return s;
        }
        s.figures.add(figure("bulletin.womenTrained", "women-trained", row.womenTrained, "women"));
        s.figures.add(figure("bulletin.completionRate", "completion-rate", row.completionRate, "%"));
        s.figures.add(figure("bulletin.certificates", "certificates", row.certificates, "certificates"));
        s.figures.add(figure("bulletin.startedBusiness", "started-business",
                row.outcomes.getOrDefault(Outcome.STARTED_BUSINESS, 0), "persons"));
        s.figures.add(figure("bulletin.fairs", "fairs", row.fairs, "fairs"));
        s.figures.add(figure("bulletin.fairSignUps", "fair-sign-ups", row.fairSignUps, "persons"));
        if (period.townshipCode == null) {
            s.tables.add(byTownship(report));
        }
        return s;
    }

    private static BulletinTableDTO byTownship(TrainingReportDTO report) {
        BulletinTableDTO t = new BulletinTableDTO();
        t.titleZh = zh("bulletin.byTownship");
        t.titleEn = en("bulletin.byTownship");
        column(t, "bulletin.col.township");
        column(t, "bulletin.col.womenTrained");
        column(t, "bulletin.col.completion");
        column(t, "bulletin.col.certificates");
        column(t, "bulletin.col.fairs");
        column(t, "bulletin.col.signUps");
        column(t, "bulletin.col.neverTrained");
        for (TrainingReportRowDTO r : report.townships) {
            t.rows.add(new ArrayList<>(List.of(r.name, String.valueOf(r.womenTrained), String.valueOf(r.completionRate),
                    String.valueOf(r.certificates), String.valueOf(r.fairs), String.valueOf(r.fairSignUps),
                    String.valueOf(r.womenNeverTrained))));
        }
        return t;
    }

    /** A figure named by {@code key} of the module's bundle, in both languages. */
    private static IndicatorDTO figure(String key, String id, double value, String unit) {
        return new IndicatorDTO(TrainingModule.ID, id, zh(key), en(key), value, unit);
    }

    private static void column(BulletinTableDTO t, String key) {
        t.columnsZh.add(zh(key));
        t.columnsEn.add(en(key));
    }
}
