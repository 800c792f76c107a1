package org.guanai.training.internal.spi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.guanai.registry.api.CareCategory;
import org.guanai.registry.api.DivisionDTO;
import org.guanai.registry.api.DivisionService;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.PersonDTO;
import org.guanai.registry.api.PersonQuery;
import org.guanai.registry.api.PersonService;
import org.guanai.registry.api.Status;
import org.guanai.registry.api.spi.DemoDataContributor;
import org.guanai.registry.api.spi.DemoRequest;
import org.guanai.training.api.AttendanceDayDTO;
import org.guanai.training.api.AttendanceService;
import org.guanai.training.api.CourseDTO;
import org.guanai.training.api.CourseQuery;
import org.guanai.training.api.CourseService;
import org.guanai.training.api.EnrolmentDTO;
import org.guanai.training.api.EnrolmentService;
import org.guanai.training.api.OutcomeFollowUpDTO;
import org.guanai.training.api.FollowUpRound;
import org.guanai.training.api.FollowUpService;
import org.guanai.training.api.Outcome;
import org.guanai.training.api.TrainingClassDTO;
import org.guanai.training.api.TrainingClassService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The module's year in the demo county, written through its own services (every record validated): the county's
 * course catalogue, two classes a township over the last ten months, a class's worth of its women enrolled, their
 * attendance (most come most days), certificates for those who completed, and the follow-ups already due.
 */
@Component(service = DemoDataContributor.class)
public class TrainingDemoData implements DemoDataContributor {

    private final PersonService persons;
    private final DivisionService divisions;
    private final CourseService courses;
    private final TrainingClassService classes;
    private final EnrolmentService enrolments;
    private final AttendanceService attendance;
    private final FollowUpService followUps;

    @Activate
    public TrainingDemoData(@Reference(name = "persons") PersonService persons,
                            @Reference(name = "divisions") DivisionService divisions,
                            @Reference(name = "courses") CourseService courses,
                            @Reference(name = "classes") TrainingClassService classes,
                            @Reference(name = "enrolments") EnrolmentService enrolments,
                            @Reference(name = "attendance") AttendanceService attendance,
                            @Reference(name = "followUps") FollowUpService followUps) {
        this.persons = persons;
        this.divisions = divisions;
        this.courses = courses;
        this.classes = classes;
        this.enrolments = enrolments;
        this.attendance = attendance;
        this.followUps = followUps;
    }

    @Override
    public String moduleId() {
        return TrainingModule.ID;
    }

    @Override
    public boolean hasData() {
        return courses.list(new CourseQuery(), PageRequest.first(1)).total > 0;
    }

    @Override
    public String contribute(DemoRequest request) throws InterruptedException {
        Random random = new Random(request.seed() * 31 + 11);
        LocalDate today = request.today();
        List<CourseDTO> catalogue = new ArrayList<>();
        for (CourseDTO c : DemoCourses.catalogue()) {
            catalogue.add(courses.create(c));
        }
        int opened = 0;
        int enrolled = 0;
        int certificates = 0;
        int followedUp = 0;
        for (DivisionDTO township : divisions.children(divisions.county().code)) {
            List<PersonDTO> women = women(township.code);
            if (women.size() < 5) {
                continue;
            }
            for (int k = 0; k < 2; k++) {
                if (Thread.interrupted()) {
                    throw new InterruptedException();
                }
                CourseDTO course = catalogue.get(random.nextInt(catalogue.size()));
                TrainingClassDTO c = new TrainingClassDTO();
                c.courseId = course.id;
                c.townshipCode = township.code;
                c.place = township.name + (k == 0 ? "妇女之家" : "农民田间学校");
                c.trainer = DemoCourses.trainer(course, random);
                int days = Math.max(1, (course.requiredHours + 5) / 6);
                c.startsOn = today.minusDays(20 + random.nextInt(280));
                c.endsOn = c.startsOn.plusDays(days - 1L);
                c.capacity = 30;
                TrainingClassDTO created = classes.create(c);
                opened++;
                List<Long> trainees = new ArrayList<>();
                for (PersonDTO woman : women) {
                    if (trainees.size() < 12 + random.nextInt(12) && random.nextInt(3) == 0) {
                        enrolments.enrol(created.id, woman.id, c.startsOn.minusDays(3));
                        trainees.add(woman.id);
                    }
                }
                enrolled += trainees.size();
                for (int d = 0; d < days; d++) {
                    AttendanceDayDTO day = new AttendanceDayDTO();
                    day.day = c.startsOn.plusDays(d);
                    day.hours = BigDecimal.valueOf(6);
                    trainees.stream().filter(t -> random.nextInt(10) < 9).forEach(day.personIds::add);
                    attendance.record(created.id, day);
                }
                int[] counts = outcomes(created, c.endsOn, today, random);
                certificates += counts[0];
                followedUp += counts[1];
            }
            request.progress(opened + " classes");
        }
        return catalogue.size() + " courses, " + opened + " classes, " + enrolled + " enrolments, " + certificates
                + " certificates, " + followedUp + " follow-ups";
    }

    /** Certificates for those who completed, and the follow-ups already due for most of them. */
    private int[] outcomes(TrainingClassDTO created, LocalDate endsOn, LocalDate today, Random random) {
        org.guanai.training.api.EnrolmentQuery q = new org.guanai.training.api.EnrolmentQuery();
        q.classId = created.id;
        int certificates = 0;
        int followedUp = 0;
        boolean givesCertificate = courses.get(created.courseId).certificateName != null;
        for (EnrolmentDTO n : enrolments.list(q, PageRequest.first(PageRequest.MAX_LIMIT)).items) {
            if (!n.completed) {
                continue;
            }
            if (givesCertificate) {
                enrolments.issueCertificate(n.id, n.version, endsOn);
                certificates++;
            }
            for (FollowUpRound round : FollowUpRound.values()) {
                LocalDate due = endsOn.plusMonths(round.months());
                if (!due.isAfter(today) && random.nextInt(5) > 0) {
                    OutcomeFollowUpDTO f = new OutcomeFollowUpDTO();
                    f.enrolmentId = n.id;
                    f.round = round;
                    f.followedUpOn = due.plusDays(random.nextInt(10)).isAfter(today) ? today : due.plusDays(random.nextInt(10));
                    Outcome[] all = Outcome.values();
                    f.outcome = all[random.nextInt(all.length)];
                    followUps.record(f);
                    followedUp++;
                }
            }
        }
        return new int[] {certificates, followedUp};
    }

    private List<PersonDTO> women(String township) {
        PersonQuery q = new PersonQuery();
        q.category = CareCategory.LEFT_BEHIND_WOMAN;
        q.status = Status.ACTIVE;
        q.townshipCode = township;
        return persons.list(q, PageRequest.first(PageRequest.MAX_LIMIT)).items;
    }
}
