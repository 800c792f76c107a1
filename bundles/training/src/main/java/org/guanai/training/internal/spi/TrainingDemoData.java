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
import org.guanai.training.api.FairDTO;
import org.guanai.training.api.FairProjectDTO;
import org.guanai.training.api.FairService;
import org.guanai.training.api.FairSignUpDTO;
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
 * attendance (most come most days), certificates for those who completed, and the follow-ups already due; and a
 * spring and an autumn entrepreneurship project fair (创业项目推介会) with the women who signed up for a project.
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
    private final FairService fairs;

    /** Projects a county's fair presents: name, presenter, what it offers. */
    private static final String[][] PROJECTS = {
        {"黄桃种植合作社", "县黄桃专业合作社", "提供种苗与技术指导，合作社保底收购"},
        {"手工编织来料加工", "县妇女手工协会", "在家接单加工，计件付酬"},
        {"农村电商直播", "县电子商务服务中心", "免费培训与直播间，帮助销售本地农产品"},
        {"稻虾共作养殖", "县农业农村局", "稻田综合种养，技术员上门指导"},
        {"家政服务员", "县家政服务公司", "培训后推荐就业，可就近上岗"},
        {"乡村民宿", "县文旅局", "利用闲置农房开办民宿，提供贴息贷款"},
    };

    @Activate
    public TrainingDemoData(@Reference(name = "persons") PersonService persons,
                            @Reference(name = "divisions") DivisionService divisions,
                            @Reference(name = "courses") CourseService courses,
                            @Reference(name = "classes") TrainingClassService classes,
                            @Reference(name = "enrolments") EnrolmentService enrolments,
                            @Reference(name = "attendance") AttendanceService attendance,
                            @Reference(name = "followUps") FollowUpService followUps,
                            @Reference(name = "fairs") FairService fairs) {
        this.persons = persons;
        this.divisions = divisions;
        this.courses = courses;
        this.classes = classes;
        this.enrolments = enrolments;
        this.attendance = attendance;
        this.followUps = followUps;
        this.fairs = fairs;
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
        int signedUp = fairs(today, random);
        return catalogue.size() + " courses, " + opened + " classes, " + enrolled + " enrolments, " + certificates
                + " certificates, " + followedUp + " follow-ups, 2 fairs, " + signedUp + " fair sign-ups";
    }

    /** A spring and an autumn fair in the county's first township, and women of every township signing up. */
    private int fairs(LocalDate today, Random random) {
        List<DivisionDTO> townships = divisions.children(divisions.county().code);
        if (townships.isEmpty()) {
            return 0;
        }
        int signedUp = 0;
        for (int k = 0; k < 2; k++) {
            FairDTO fair = new FairDTO();
            fair.heldOn = today.minusDays(60 + 150L * k + random.nextInt(20));
            fair.townshipCode = townships.get(0).code;
            fair.place = townships.get(0).name + "文化广场";
            fair.organiser = "县人社局、县妇联";
            fair.headCount = 80 + random.nextInt(120);
            for (int p = 0; p < 4; p++) {
                String[] project = PROJECTS[(k * 3 + p) % PROJECTS.length];
                FairProjectDTO d = new FairProjectDTO();
                d.name = project[0];
                d.presenter = project[1];
                d.description = project[2];
                fair.projects.add(d);
            }
            FairDTO created = fairs.create(fair);
            for (DivisionDTO township : townships) {
                List<PersonDTO> women = women(township.code);
                for (int w = 0; w < Math.min(women.size(), 3 + random.nextInt(4)); w++) {
                    FairSignUpDTO signUp = new FairSignUpDTO();
                    signUp.projectId = created.projects.get(random.nextInt(created.projects.size())).id;
                    signUp.personId = women.get(random.nextInt(women.size())).id;
                    boolean already = fairs.signUps(created.id, signUp.personId, PageRequest.first(10)).items.stream()
                            .anyMatch(s -> s.projectId.equals(signUp.projectId));
                    if (!already) {
                        fairs.signUp(created.id, signUp);
                        signedUp++;
                    }
                }
            }
        }
        return signedUp;
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
