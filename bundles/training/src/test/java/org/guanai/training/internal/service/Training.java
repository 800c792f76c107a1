package org.guanai.training.internal.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.guanai.registry.api.CareCategory;
import org.guanai.registry.api.PersonDTO;
import org.guanai.testing.LiquibaseTestMigrator;
import org.guanai.testing.TestDatabase;
import org.guanai.testing.fakes.FakeDivisions;
import org.guanai.testing.fakes.FakePersons;
import org.guanai.testing.fakes.FakeSites;
import org.guanai.testing.fakes.FakeVisibility;
import org.guanai.training.api.AttendanceDayDTO;
import org.guanai.training.api.CourseDTO;
import org.guanai.training.api.CourseKind;
import org.guanai.training.api.FairDTO;
import org.guanai.training.api.FairProjectDTO;
import org.guanai.training.api.FairSignUpDTO;
import org.guanai.training.api.PartnerKind;
import org.guanai.training.api.TrainingClassDTO;

/** The module's services over a fresh Derby in target/, the registry faked: what each test builds on. */
public final class Training implements AutoCloseable {
    public static final String VILLAGE = "330726101201";
    public static final String TOWNSHIP = "330726101";
    public static final String OTHER_TOWNSHIP = "330726001";

    public final TestDatabase db = TestDatabase.create("guanai-training",
            ds -> new TrainingSchema(new LiquibaseTestMigrator(ds)));
    public final FakeVisibility visibility = new FakeVisibility();
    public final FakePersons persons = new FakePersons();
    public final FakeDivisions divisions = new FakeDivisions();
    public final CourseServiceImpl courses = new CourseServiceImpl(db.jpa);
    public final ClassServiceImpl classes = new ClassServiceImpl(db.jpa, divisions, new FakeSites(), visibility);
    public final EnrolmentServiceImpl enrolments = new EnrolmentServiceImpl(db.jpa, persons, classes, visibility);
    public final AttendanceServiceImpl attendance = new AttendanceServiceImpl(db.jpa, classes, enrolments, null);
    public final FollowUpServiceImpl followUps = new FollowUpServiceImpl(db.jpa, persons, visibility);
    public final FairServiceImpl fairs = new FairServiceImpl(db.jpa, divisions, new FakeSites(), persons, visibility, null);

    public PersonDTO woman(long id, String name, String idNumber, String village) {
        PersonDTO p = FakePersons.person(id, name, idNumber, village);
        p.categories.add(CareCategory.LEFT_BEHIND_WOMAN);
        persons.add(p);
        return p;
    }

    public CourseDTO course(int hours, String certificate) {
        CourseDTO c = new CourseDTO();
        c.title = "农村电商与直播带货";
        c.kind = CourseKind.E_COMMERCE;
        c.partnerKind = PartnerKind.HUMAN_RESOURCES;
        c.partnerName = "县人力资源和社会保障局";
        c.requiredHours = hours;
        c.certificateName = certificate;
        return courses.create(c);
    }

    public static TrainingClassDTO classOf(long courseId, LocalDate startsOn, LocalDate endsOn) {
        TrainingClassDTO c = new TrainingClassDTO();
        c.courseId = courseId;
        c.villageCode = VILLAGE;
        c.place = "村委会二楼会议室";
        c.trainer = "李老师";
        c.startsOn = startsOn;
        c.endsOn = endsOn;
        c.capacity = 30;
        return c;
    }

    /** A fair in {@link #VILLAGE}'s township with these projects. */
    public static FairDTO fair(LocalDate heldOn, int headCount, String... projects) {
        FairDTO f = new FairDTO();
        f.heldOn = heldOn;
        f.villageCode = VILLAGE;
        f.place = "镇文化广场";
        f.organiser = "县人社局、县妇联";
        f.headCount = headCount;
        for (String name : projects) {
            FairProjectDTO p = new FairProjectDTO();
            p.name = name;
            p.presenter = "合作社";
            f.projects.add(p);
        }
        return f;
    }

    public static FairSignUpDTO signUp(Long projectId, Long personId, LocalDate on) {
        FairSignUpDTO s = new FairSignUpDTO();
        s.projectId = projectId;
        s.personId = personId;
        s.signedUpOn = on;
        return s;
    }

    public static AttendanceDayDTO day(LocalDate day, String hours, Long... persons) {
        AttendanceDayDTO d = new AttendanceDayDTO();
        d.day = day;
        d.hours = hours == null ? null : new BigDecimal(hours);
        d.personIds.addAll(List.of(persons));
        return d;
    }

    @Override
    public void close() {
        db.close();
    }
}
