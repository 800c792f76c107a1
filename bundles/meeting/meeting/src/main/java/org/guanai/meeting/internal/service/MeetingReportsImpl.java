package org.guanai.meeting.internal.service;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.guanai.jpa.support.Filter;
import org.guanai.meeting.api.DepartmentRowDTO;
import org.guanai.meeting.api.MatterQuery;
import org.guanai.meeting.api.MatterReportDTO;
import org.guanai.meeting.api.MatterState;
import org.guanai.meeting.api.MeetingReports;
import org.guanai.meeting.internal.jpa.DepartmentEntity;
import org.guanai.meeting.internal.jpa.MatterEntity;
import org.guanai.registry.api.security.Scope;
import org.guanai.registry.api.security.Visibility;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Matters by department and state, counted from the matters the caller sees (one query of four columns; a county
 * raises some hundreds a year). Every member department has a row, also one with nothing assigned.
 */
@Component(service = MeetingReports.class)
public class MeetingReportsImpl implements MeetingReports {

    private final JpaTemplate jpa;
    private final Visibility visibility;
    private java.time.Clock clock = java.time.Clock.systemDefaultZone();

    @Activate
    public MeetingReportsImpl(@Reference(name = "jpa", target = MeetingSchema.UNIT) JpaTemplate jpa,
                              @Reference(name = "visibility") Visibility visibility,
                              @Reference(name = "schema") MeetingSchema schema) {
        this.jpa = jpa;
        this.visibility = visibility;
    }

    /** For tests that pin "today". */
    void setClock(java.time.Clock clock) {
        this.clock = clock;
    }

    @Override
    public MatterReportDTO byDepartment(LocalDate from, LocalDate to, String townshipCode) {
        LocalDate today = LocalDate.now(clock);
        MatterQuery q = new MatterQuery();
        q.raisedFrom = from;
        q.raisedTo = to;
        q.townshipCode = townshipCode;
        Filter filter = MatterServiceImpl.filter(q, today);
        new MatterScoping().restrict(filter, visibility == null ? Scope.all() : visibility.scope());
        MatterReportDTO report = new MatterReportDTO();
        report.from = from;
        report.to = to;
        report.townshipCode = townshipCode;
        report.asOf = today;
        report.total = row(null, "合计");
        jpa.tx(TransactionType.Required, em -> {
            Map<Long, DepartmentRowDTO> rows = new LinkedHashMap<>();
            for (DepartmentEntity d : new Filter().list(em, DepartmentEntity.class, "e.id")) {
                rows.put(d.getId(), row(d.getId(), d.getName()));
            }
            List<Object[]> matters = filter.select(em, MatterEntity.class, "e.departmentId, e.state, e.dueOn, e.doneOn",
                    Object[].class);
            for (Object[] m : matters) {
                DepartmentRowDTO row = rows.computeIfAbsent((Long) m[0], id -> row(id, "#" + id));
                count(row, (MatterState) m[1], (LocalDate) m[2], (LocalDate) m[3], today);
                count(report.total, (MatterState) m[1], (LocalDate) m[2], (LocalDate) m[3], today);
            }
            rows.values().forEach(r -> r.onTimePercent = MatterRules.onTimePercent(r.doneOnTime, r.done, r.overdue));
            report.departments.addAll(rows.values());
        });
        report.total.onTimePercent = MatterRules.onTimePercent(report.total.doneOnTime, report.total.done,
                report.total.overdue);
        return report;
    }

    /** Counts one matter into a row: raised, then done (on time or not) or open (overdue or not). */
    public static void count(DepartmentRowDTO row, MatterState state, LocalDate dueOn, LocalDate doneOn, LocalDate today) {
        row.raised++;
        if (state == MatterState.DONE) {
            row.done++;
            if (MatterRules.onTime(state, doneOn, dueOn)) {
                row.doneOnTime++;
            }
        } else {
            row.open++;
            if (MatterRules.overdue(state, dueOn, today)) {
                row.overdue++;
            }
        }
    }

    private static DepartmentRowDTO row(Long id, String name) {
        DepartmentRowDTO r = new DepartmentRowDTO();
        r.departmentId = id;
        r.departmentName = name;
        return r;
    }
}
