package org.guanai.meeting.internal.service;

import java.time.LocalDate;
import java.util.List;

import org.guanai.meeting.api.DepartmentDTO;
import org.guanai.meeting.api.MatterDTO;
import org.guanai.meeting.api.MeetingDTO;
import org.guanai.registry.api.HouseholdDTO;
import org.guanai.registry.api.PersonDTO;
import org.guanai.registry.api.Status;
import org.guanai.registry.api.security.CallerContext;
import org.guanai.testing.LiquibaseTestMigrator;
import org.guanai.testing.TestDatabase;
import org.guanai.testing.fakes.FakeDivisions;
import org.guanai.testing.fakes.FakeHouseholds;
import org.guanai.testing.fakes.FakePersons;
import org.guanai.testing.fakes.FakeVisibility;

/** The module's services over a fresh Derby in target/, with the registry faked; close it after each test. */
final class Meeting implements AutoCloseable {
    static final String TOWNSHIP = "330726101";
    static final String VILLAGE = "330726101201";
    static final String OTHER_TOWNSHIP = "330726001";
    static final String OTHER_VILLAGE = "330726001201";
    static final LocalDate TODAY = LocalDate.now();

    final TestDatabase db = TestDatabase.create("guanai-meeting",
            ds -> new MeetingSchema(new LiquibaseTestMigrator(ds)));
    final FakeVisibility visibility = new FakeVisibility();
    final FakePersons persons = new FakePersons();
    final FakeHouseholds households = new FakeHouseholds();
    final Places places = new Places(persons, households, new FakeDivisions());
    final DepartmentServiceImpl departments = new DepartmentServiceImpl(db.jpa, visibility, null, null);
    final MeetingServiceImpl meetings = new MeetingServiceImpl(db.jpa, null, null);
    final MatterServiceImpl matters = new MatterServiceImpl(db.jpa, places, visibility, null, null);
    final MeetingReportsImpl reports = new MeetingReportsImpl(db.jpa, visibility, null);

    @Override
    public void close() {
        CallerContext.clear();
        db.close();
    }

    DepartmentDTO department(String name, String phone) {
        DepartmentDTO d = new DepartmentDTO();
        d.name = name;
        d.contactName = "联络员";
        d.contactPhone = phone;
        return departments.create(d);
    }

    MeetingDTO meeting(LocalDate on, Long... attending) {
        MeetingDTO m = new MeetingDTO();
        m.heldOn = on;
        m.place = "县政府三楼会议室";
        m.chair = "副县长 刘建华";
        m.departmentIds.addAll(List.of(attending));
        m.minutes = "通报上季度事项办理情况。";
        return meetings.create(m);
    }

    static MatterDTO matter(long meeting, long department, LocalDate due, String township, String village) {
        MatterDTO m = new MatterDTO();
        m.meetingId = meeting;
        m.raisedBy = "县妇联";
        m.title = "开展留守儿童监护情况摸底排查";
        m.departmentId = department;
        m.dueOn = due;
        m.townshipCode = township;
        m.villageCode = village;
        return m;
    }

    PersonDTO person(long id, String name, String village, Long household) {
        PersonDTO p = FakePersons.person(id, name, null, village);
        p.householdId = household;
        persons.add(p);
        return p;
    }

    HouseholdDTO household(long id, String head, String village) {
        HouseholdDTO h = new HouseholdDTO();
        h.id = id;
        h.headName = head;
        h.villageCode = village;
        h.townshipCode = village.substring(0, 9);
        h.status = Status.ACTIVE;
        households.records.put(id, h);
        return h;
    }
}
