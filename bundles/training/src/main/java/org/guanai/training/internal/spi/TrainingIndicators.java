package org.guanai.training.internal.spi;

import static org.guanai.training.internal.service.Text.en;
import static org.guanai.training.internal.service.Text.text;
import static org.guanai.training.internal.service.Text.zh;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.guanai.registry.api.IndicatorDTO;
import org.guanai.registry.api.ValidationException;
import org.guanai.registry.api.spi.IndicatorProvider;
import org.guanai.training.api.TrainingReportDTO;
import org.guanai.training.api.TrainingReportRowDTO;
import org.guanai.training.api.TrainingReports;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The module's figures on the dashboard, this year: women trained, completion rate, certificates. Counts only. */
@Component(service = IndicatorProvider.class)
public class TrainingIndicators implements IndicatorProvider {

    static final String TRAINED = "women-trained";
    static final String COMPLETION = "completion-rate";
    static final String CERTIFICATES = "certificates";

    private final TrainingReports reports;
    private Clock clock = Clock.systemDefaultZone();

    @Activate
    public TrainingIndicators(@Reference(name = "reports") TrainingReports reports) {
        this.reports = reports;
    }

    void setClock(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String moduleId() {
        return TrainingModule.ID;
    }

    @Override
    public List<IndicatorDTO> indicators(String townshipCode) {
        TrainingReportDTO report = reports.report(LocalDate.now(clock).getYear());
        TrainingReportRowDTO row = townshipCode == null ? report.county : report.townships.stream()
                .filter(r -> r.townshipCode.equals(townshipCode)).findFirst()
                .orElseThrow(() -> ValidationException.of("townshipCode",
                        text("notATownship", townshipCode)));
        return List.of(
                new IndicatorDTO(TrainingModule.ID, TRAINED, zh("indicator.trained"), en("indicator.trained"),
                        row.womenTrained, "women"),
                new IndicatorDTO(TrainingModule.ID, COMPLETION, zh("indicator.completion"), en("indicator.completion"),
                        row.completionRate, "%"),
                new IndicatorDTO(TrainingModule.ID, CERTIFICATES, zh("indicator.certificates"),
                        en("indicator.certificates"), row.certificates, "certificates"));
    }
}
