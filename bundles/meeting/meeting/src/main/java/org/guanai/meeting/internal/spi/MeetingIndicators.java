package org.guanai.meeting.internal.spi;

import static org.guanai.meeting.internal.MeetingText.en;
import static org.guanai.meeting.internal.MeetingText.zh;

import java.time.LocalDate;
import java.util.List;

import org.guanai.meeting.api.MatterQuery;
import org.guanai.meeting.api.MatterReportDTO;
import org.guanai.meeting.api.MatterService;
import org.guanai.meeting.api.MatterState;
import org.guanai.meeting.api.MeetingReports;
import org.guanai.registry.api.IndicatorDTO;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.spi.IndicatorProvider;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The joint meeting on the dashboard: open and overdue matters of what the caller sees, and the on-time rate of the
 * matters raised this year. With a township: the matters about it.
 */
@Component(service = IndicatorProvider.class)
public class MeetingIndicators implements IndicatorProvider {

    private final MatterService matters;
    private final MeetingReports reports;

    @Activate
    public MeetingIndicators(@Reference(name = "matters") MatterService matters,
                             @Reference(name = "reports") MeetingReports reports) {
        this.matters = matters;
        this.reports = reports;
    }

    @Override
    public String moduleId() {
        return MeetingModule.ID;
    }

    @Override
    public List<IndicatorDTO> indicators(String townshipCode) {
        PageRequest one = PageRequest.first(1);
        MatterQuery open = new MatterQuery();
        open.townshipCode = townshipCode;
        open.state = MatterState.OPEN;
        MatterQuery overdue = new MatterQuery();
        overdue.townshipCode = townshipCode;
        overdue.overdue = Boolean.TRUE;
        LocalDate today = LocalDate.now();
        MatterReportDTO year = reports.byDepartment(today.withDayOfYear(1), today, townshipCode);
        Double rate = year.total.onTimePercent;
        return List.of(
                indicator("open-matters", "indicator.open", matters.list(open, one).total, "matters"),
                indicator("overdue-matters", "indicator.overdue", matters.list(overdue, one).total, "matters"),
                indicator("on-time-rate", "indicator.onTimeRate", rate == null ? 0 : rate, "%"));
    }

    /** An indicator named by {@code key} of the module's bundle, in both languages. */
    private static IndicatorDTO indicator(String id, String key, double value, String unit) {
        return new IndicatorDTO(MeetingModule.ID, id, zh(key), en(key), value, unit);
    }
}
