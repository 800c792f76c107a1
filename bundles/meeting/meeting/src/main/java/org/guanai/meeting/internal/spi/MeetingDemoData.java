package org.guanai.meeting.internal.spi;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.guanai.meeting.api.DepartmentDTO;
import org.guanai.meeting.api.DepartmentService;
import org.guanai.meeting.api.DoneRequest;
import org.guanai.meeting.api.MatterDTO;
import org.guanai.meeting.api.MatterService;
import org.guanai.meeting.api.MeetingDTO;
import org.guanai.meeting.api.MeetingService;
import org.guanai.meeting.api.ProgressDTO;
import org.guanai.registry.api.DivisionDTO;
import org.guanai.registry.api.DivisionService;
import org.guanai.registry.api.HouseholdDTO;
import org.guanai.registry.api.HouseholdQuery;
import org.guanai.registry.api.HouseholdService;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.spi.DemoDataContributor;
import org.guanai.registry.api.spi.DemoRequest;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The joint meeting's year in the demo county, as the county report tells it: the women's and children's working
 * committee's joint meeting of a dozen departments meets every quarter; each meeting raises matters for the
 * departments, about the county, a township, a village or a hardship household, with a due day. By the demo's
 * today most past-due matters are done (some late), some are overdue, the latest meeting's are mostly open.
 * Written through the module's services, each record validated.
 */
@Component(service = DemoDataContributor.class)
public class MeetingDemoData implements DemoDataContributor {

    private final DepartmentService departments;
    private final MeetingService meetings;
    private final MatterService matters;
    private final DivisionService divisions;
    private final HouseholdService households;

    @Activate
    public MeetingDemoData(@Reference(name = "departments") DepartmentService departments,
                           @Reference(name = "meetings") MeetingService meetings,
                           @Reference(name = "matters") MatterService matters,
                           @Reference(name = "divisions") DivisionService divisions,
                           @Reference(name = "households") HouseholdService households) {
        this.departments = departments;
        this.meetings = meetings;
        this.matters = matters;
        this.divisions = divisions;
        this.households = households;
    }

    @Override
    public String moduleId() {
        return MeetingModule.ID;
    }

    @Override
    public boolean hasData() {
        return departments.list(null, PageRequest.first(1)).total > 0;
    }

    @Override
    public String contribute(DemoRequest request) throws InterruptedException {
        Random random = new Random(request.seed() * 31 + 17);
        LocalDate today = request.today();
        List<Long> members = new ArrayList<>();
        for (String[] d : DemoMatters.DEPARTMENTS) {
            DepartmentDTO dto = new DepartmentDTO();
            dto.name = d[0];
            dto.contactName = d[1];
            dto.contactPhone = "139" + String.format("%08d", random.nextInt(100_000_000));
            members.add(departments.create(dto).id);
        }
        List<DivisionDTO> townships = divisions.children(divisions.county().code);
        int[] counts = new int[3];
        for (int quarter = 3; quarter >= 0; quarter--) {
            LocalDate month = today.minusMonths(3L * quarter + 1).withDayOfMonth(1);
            LocalDate held = month.with(TemporalAdjusters.firstInMonth(DayOfWeek.TUESDAY)).plusWeeks(1);
            if (held.isAfter(today)) {
                held = today;
            }
            MeetingDTO m = new MeetingDTO();
            m.heldOn = held;
            m.place = "县政府三楼会议室";
            m.chair = "副县长 " + DemoMatters.CHAIR;
            members.stream().filter(id -> random.nextInt(10) > 0).forEach(m.departmentIds::add);
            m.minutes = DemoMatters.minutes(held, m.departmentIds.size());
            long meetingId = meetings.create(m).id;
            counts[0]++;
            for (String[] t : DemoMatters.pick(random, 5 + random.nextInt(3))) {
                raise(meetingId, held, t, members, townships, random, today, counts);
            }
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
        }
        return members.size() + " departments, " + counts[0] + " meetings, " + counts[1] + " matters, " + counts[2]
                + " progress notes";
    }

    private void raise(long meetingId, LocalDate held, String[] template, List<Long> members,
                       List<DivisionDTO> townships, Random random, LocalDate today, int[] counts) {
        MatterDTO m = new MatterDTO();
        m.meetingId = meetingId;
        m.raisedBy = DemoMatters.DEPARTMENTS[Integer.parseInt(template[0])][0];
        m.title = template[1];
        m.departmentId = members.get(Integer.parseInt(template[2]));
        m.dueOn = held.plusDays(Integer.parseInt(template[3]));
        String where = template[4];
        if (!townships.isEmpty() && !where.equals("county")) {
            DivisionDTO township = townships.get(random.nextInt(townships.size()));
            m.townshipCode = township.code;
            m.title = township.name + "：" + m.title;
            if (where.equals("household")) {
                HouseholdQuery hardship = new HouseholdQuery();
                hardship.townshipCode = township.code;
                hardship.hardship = Boolean.TRUE;
                List<HouseholdDTO> found = households.list(hardship, PageRequest.first(20)).items;
                if (!found.isEmpty()) {
                    m.householdId = found.get(random.nextInt(found.size())).id;
                    m.townshipCode = null; // the household's, worked out by the service
                }
            }
        }
        MatterDTO saved = matters.create(m);
        counts[1]++;
        boolean pastDue = saved.dueOn.isBefore(today);
        boolean done = random.nextInt(100) < (pastDue ? 70 : 35);
        LocalDate last = today;
        if (done) {
            boolean late = pastDue && random.nextInt(4) == 0;
            long span = Math.max(1, java.time.temporal.ChronoUnit.DAYS.between(held, late ? today : saved.dueOn));
            last = held.plusDays(1 + random.nextInt((int) Math.min(span, 365)));
            if (late) {
                last = saved.dueOn.plusDays(1 + random.nextInt((int) Math.max(1,
                        java.time.temporal.ChronoUnit.DAYS.between(saved.dueOn, today))));
            }
            last = last.isAfter(today) ? today : last;
        }
        int notes = 1 + random.nextInt(3);
        long room = java.time.temporal.ChronoUnit.DAYS.between(held, last);
        for (int i = 0; i < notes && room > 0; i++) {
            ProgressDTO p = new ProgressDTO();
            p.matterId = saved.id;
            p.notedOn = held.plusDays(room * (i + 1) / (notes + 1));
            p.note = DemoMatters.PROGRESS[random.nextInt(DemoMatters.PROGRESS.length)];
            p.reportedBy = DemoMatters.DEPARTMENTS[Integer.parseInt(template[2])][1];
            matters.addProgress(p);
            counts[2]++;
        }
        if (done) {
            matters.done(saved.id, saved.version, new DoneRequest(last, template[5]));
        }
    }
}
