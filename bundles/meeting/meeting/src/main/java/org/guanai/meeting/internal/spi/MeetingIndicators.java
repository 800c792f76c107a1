package org.guanai.meeting.internal.spi;

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
                indicator("open-matters", "在办事项", "Open matters", matters.list(open, one).total, "matters"),
                indicator("overdue-matters", "逾期未办结事项", "Overdue matters", matters.list(overdue, one).total,
                        "matters"),
                indicator("on-time-rate", "本年事项按期办结率", "Matters of this year done on time",
                        rate == null ? 0 : rate, "%"));
    }

    private static IndicatorDTO indicator(String id, String zh, String en, double value, String unit) {
        return new IndicatorDTO(MeetingModule.ID, id, zh, en, value, unit);
    }
}
