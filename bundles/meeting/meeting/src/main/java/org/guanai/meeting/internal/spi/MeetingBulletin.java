package org.guanai.meeting.internal.spi;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.guanai.meeting.api.DepartmentRowDTO;
import org.guanai.meeting.api.MatterDTO;
import org.guanai.meeting.api.MatterQuery;
import org.guanai.meeting.api.MatterService;
import org.guanai.meeting.api.MatterState;
import org.guanai.meeting.internal.service.MatterRules;
import org.guanai.meeting.internal.service.MeetingReportsImpl;
import org.guanai.meeting.internal.service.Places;
import org.guanai.registry.api.IndicatorDTO;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.spi.BulletinPeriod;
import org.guanai.registry.api.spi.BulletinSectionDTO;
import org.guanai.registry.api.spi.BulletinSectionProvider;
import org.guanai.registry.api.spi.BulletinTableDTO;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The joint meeting's part of the quarterly bulletin: the matters raised at the quarter's meetings and where each
 * stands today, by department and one by one (both counted from the same list). A bulletin is circulated: a matter about a household or a person is
 * listed without its title (which may name them). A township's bulletin has its matters and the county-wide ones.
 */
@Component(service = BulletinSectionProvider.class)
public class MeetingBulletin implements BulletinSectionProvider {

    static final String PERSONAL = "涉及具体家庭或个人的事项（详见系统）";

    private final MatterService matters;
    private final Places places;

    @Activate
    public MeetingBulletin(@Reference(name = "matters") MatterService matters,
                           @Reference(name = "places") Places places) {
        this.matters = matters;
        this.places = places;
    }

    @Override
    public String moduleId() {
        return MeetingModule.ID;
    }

    @Override
    public BulletinSectionDTO section(BulletinPeriod period) {
        MatterQuery q = new MatterQuery();
        q.raisedFrom = period.from;
        q.raisedTo = period.to;
        q.townshipCode = period.townshipCode;
        q.countyWide = Boolean.TRUE;
        Page<MatterDTO> raised = matters.list(q, PageRequest.first(PageRequest.MAX_LIMIT));
        LocalDate today = LocalDate.now();
        BulletinSectionDTO s = new BulletinSectionDTO();
        s.titleZh = "联席会议议定事项";
        s.titleEn = "Matters of the joint meeting";
        s.noteZh = "本季度会议议定的事项及其截至 " + today + " 的办理情况；按期办结率 = 按期办结 ÷（已办结 + 逾期未办结）。";
        s.noteEn = "Matters raised at the quarter's meetings and where they stand on " + today
                + "; on-time rate = done on time / (done + overdue).";
        DepartmentRowDTO total = new DepartmentRowDTO();
        Map<Long, DepartmentRowDTO> byDepartment = new TreeMap<>();
        for (MatterDTO m : raised.items) {
            DepartmentRowDTO row = byDepartment.computeIfAbsent(m.departmentId, id -> new DepartmentRowDTO());
            row.departmentName = m.departmentName;
            MeetingReportsImpl.count(row, m.state, m.dueOn, m.doneOn, today);
            MeetingReportsImpl.count(total, m.state, m.dueOn, m.doneOn, today);
        }
        total.onTimePercent = MatterRules.onTimePercent(total.doneOnTime, total.done, total.overdue);
        s.figures.add(figure("raised", "议定事项", "Matters raised", total.raised, "matters"));
        s.figures.add(figure("done", "已办结", "Done", total.done, "matters"));
        s.figures.add(figure("overdue", "逾期未办结", "Overdue", total.overdue, "matters"));
        s.figures.add(figure("on-time-rate", "按期办结率", "Done on time", total.onTimePercent == null ? 0
                : total.onTimePercent, "%"));
        s.tables.add(byDepartment(byDepartment.values()));
        s.tables.add(oneByOne(raised));
        return s;
    }

    private static BulletinTableDTO byDepartment(Collection<DepartmentRowDTO> rows) {
        BulletinTableDTO t = new BulletinTableDTO();
        t.titleZh = "各责任单位办理情况";
        t.titleEn = "By assigned department";
        t.columnsZh.addAll(List.of("责任单位", "议定", "已办结", "按期办结", "在办", "逾期", "按期办结率 %"));
        t.columnsEn.addAll(List.of("Department", "Raised", "Done", "On time", "Open", "Overdue", "On time %"));
        for (DepartmentRowDTO r : rows) {
            Double rate = MatterRules.onTimePercent(r.doneOnTime, r.done, r.overdue);
            t.rows.add(List.of(String.valueOf(r.departmentName), String.valueOf(r.raised), String.valueOf(r.done),
                    String.valueOf(r.doneOnTime), String.valueOf(r.open), String.valueOf(r.overdue),
                    rate == null ? "—" : String.valueOf(rate)));
        }
        return t;
    }

    private BulletinTableDTO oneByOne(Page<MatterDTO> raised) {
        BulletinTableDTO t = new BulletinTableDTO();
        t.titleZh = "事项清单";
        t.titleEn = "The matters";
        t.columnsZh.addAll(List.of("会议日期", "事项", "范围", "责任单位", "办理期限", "办理情况"));
        t.columnsEn.addAll(List.of("Meeting", "Matter", "Where", "Department", "Due", "State"));
        for (MatterDTO m : raised.items) {
            boolean personal = m.personId != null || m.householdId != null;
            t.rows.add(List.of(String.valueOf(m.raisedOn), personal ? PERSONAL : m.title,
                    places.name(m.villageCode != null ? m.villageCode : m.townshipCode),
                    String.valueOf(m.departmentName), String.valueOf(m.dueOn), state(m)));
        }
        if (raised.total > raised.items.size()) {
            t.rows.add(List.of("…", "另有 " + (raised.total - raised.items.size()) + " 项 / "
                    + (raised.total - raised.items.size()) + " more", "", "", "", ""));
        }
        return t;
    }

    static String state(MatterDTO m) {
        if (m.state == MatterState.DONE) {
            return (m.doneOn.isAfter(m.dueOn) ? "逾期办结 done late " : "按期办结 done on time ") + m.doneOn;
        }
        return m.overdue ? "逾期未办结 overdue" : "在办 open";
    }

    private static IndicatorDTO figure(String id, String zh, String en, double value, String unit) {
        return new IndicatorDTO(MeetingModule.ID, id, zh, en, value, unit);
    }
}
