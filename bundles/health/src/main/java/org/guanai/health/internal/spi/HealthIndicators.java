package org.guanai.health.internal.spi;

import static org.guanai.health.internal.HealthText.en;
import static org.guanai.health.internal.HealthText.text;
import static org.guanai.health.internal.HealthText.zh;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.guanai.health.api.CheckQuery;
import org.guanai.health.api.CheckService;
import org.guanai.health.api.CoverageDTO;
import org.guanai.health.api.CoverageRowDTO;
import org.guanai.health.api.ScreeningReports;
import org.guanai.registry.api.IndicatorDTO;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.ValidationException;
import org.guanai.registry.api.spi.IndicatorProvider;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** This year's screening figures on the dashboard: coverage (a count, no outcome) and how many checks. */
@Component(service = IndicatorProvider.class)
public class HealthIndicators implements IndicatorProvider {

    static final String COVERAGE = "screening-coverage";
    static final String CHECKS = "checks-this-year";

    private final ScreeningReports reports;
    private final CheckService checks;
    private Clock clock = Clock.systemDefaultZone();

    @Activate
    public HealthIndicators(@Reference(name = "reports") ScreeningReports reports,
                            @Reference(name = "checks") CheckService checks) {
        this.reports = reports;
        this.checks = checks;
    }

    /** For tests that pin "this year". */
    void setClock(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String moduleId() {
        return HealthModule.ID;
    }

    @Override
    public List<IndicatorDTO> indicators(String townshipCode) {
        int year = LocalDate.now(clock).getYear();
        CoverageDTO coverage = reports.coverage(year);
        CoverageRowDTO row = townshipCode == null ? coverage.county : coverage.townships.stream()
                .filter(r -> r.townshipCode.equals(townshipCode))
                .findFirst()
                .orElseThrow(() -> ValidationException.of("townshipCode",
                        text("notATownship", townshipCode)));
        CheckQuery query = new CheckQuery();
        query.year = year;
        query.townshipCode = townshipCode;
        // A count: no outcome is read.
        long checksThisYear = checks.list(query, PageRequest.of(0, 1)).total;
        return List.of(
                new IndicatorDTO(HealthModule.ID, COVERAGE, zh("indicator.coverage"), en("indicator.coverage"),
                        row.checkedPercent, "%"),
                new IndicatorDTO(HealthModule.ID, CHECKS, zh("indicator.checks"), en("indicator.checks"),
                        checksThisYear, "checks"));
    }
}
