package org.guanai.meeting.internal.spi;

import static org.guanai.meeting.internal.MeetingText.en;
import static org.guanai.meeting.internal.MeetingText.text;
import static org.guanai.meeting.internal.MeetingText.zh;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
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
import org.guanai.registry.api.Message;
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

    /** A circulated bulletin's cell for a matter about a household or a person, instead of its title: this key. */
    static final String PERSONAL = "bulletin.personal";

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
        s.titleZh = zh("bulletin.title");
        s.titleEn = en("bulletin.title");
        s.noteZh = zh("bulletin.note", today);
        s.noteEn = en("bulletin.note", today);
        DepartmentRowDTO total = new DepartmentRowDTO();
        Map<Long, DepartmentRowDTO> byDepartment = new TreeMap<>();
        for (MatterDTO m : raised.items) {
            DepartmentRowDTO row = byDepartment.computeIfAbsent(m.departmentId, id -> new DepartmentRowDTO());
            row.departmentName = m.departmentName;
            MeetingReportsImpl.count(row, m.state, m.dueOn, m.doneOn, today);
            MeetingReportsImpl.count(total, m.state, m.dueOn, m.doneOn, today);
        }
        total.onTimePercent = MatterRules.onTimePercent(total.doneOnTime, total.done, total.overdue);
        s.figures.add(figure("bulletin.raised", "raised", total.raised, "matters"));
        s.figures.add(figure("bulletin.done", "done", total.done, "matters"));
        s.figures.add(figure("bulletin.overdue", "overdue", total.overdue, "matters"));
        s.figures.add(figure("bulletin.onTimeRate", "on-time-rate", total.onTimePercent == null ? 0
                : total.onTimePercent, "%"));
        s.tables.add(byDepartment(byDepartment.values()));
        s.tables.add(oneByOne(raised));
        return s;
    }

    private static BulletinTableDTO byDepartment(Collection<DepartmentRowDTO> rows) {
        BulletinTableDTO t = new BulletinTableDTO();
        t.titleZh = zh("bulletin.byDepartment");
        t.titleEn = en("bulletin.byDepartment");
        column(t, "bulletin.col.department");
        column(t, "bulletin.col.raised");
        column(t, "bulletin.col.done");
        column(t, "bulletin.col.doneOnTime");
        column(t, "bulletin.col.open");
        column(t, "bulletin.col.overdue");
        column(t, "bulletin.col.onTimeRate");
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
        t.titleZh = zh("bulletin.matters");
        t.titleEn = en("bulletin.matters");
        column(t, "bulletin.col.meeting");
        column(t, "bulletin.col.matter");
        column(t, "bulletin.col.where");
        column(t, "bulletin.col.department");
        column(t, "bulletin.col.due");
        column(t, "bulletin.col.state");
        for (MatterDTO m : raised.items) {
            boolean personal = m.personId != null || m.householdId != null;
            String where = places.name(m.villageCode != null ? m.villageCode : m.townshipCode);
            t.rows.add(List.of(String.valueOf(m.raisedOn), personal ? zh(PERSONAL) : m.title, where,
                    String.valueOf(m.departmentName), String.valueOf(m.dueOn), state(m, Message.CHINESE)));
            t.rowsEn.add(List.of(String.valueOf(m.raisedOn), personal ? en(PERSONAL) : m.title, where,
                    String.valueOf(m.departmentName), String.valueOf(m.dueOn), state(m, Message.ENGLISH)));
        }
        if (raised.total > raised.items.size()) {
            long more = raised.total - raised.items.size();
            t.rows.add(List.of("…", zh("bulletin.more", more), "", "", "", ""));
            t.rowsEn.add(List.of("…", en("bulletin.more", more), "", "", "", ""));
        }
        return t;
    }

    /** Where a matter stands, in {@code language}: 按期办结 2026-03-01 / done on time 2026-03-01, 在办 / open … */
    static String state(MatterDTO m, Locale language) {
        if (m.state == MatterState.DONE) {
            return text(m.doneOn.isAfter(m.dueOn) ? "bulletin.state.doneLate" : "bulletin.state.doneOnTime")
                    .render(language) + " " + m.doneOn;
        }
        return text(m.overdue ? "bulletin.state.overdue" : "bulletin.state.open").render(language);
    }

    /** A figure named by {@code key} of the module's bundle, in both languages. */
    private static IndicatorDTO figure(String key, String id, double value, String unit) {
        return new IndicatorDTO(MeetingModule.ID, id, zh(key), en(key), value, unit);
    }

    private static void column(BulletinTableDTO t, String key) {
        t.columnsZh.add(zh(key));
        t.columnsEn.add(en(key));
    }
}
