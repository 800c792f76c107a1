package org.guanai.legal.internal.spi;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.guanai.legal.api.CaseQuery;
import org.guanai.legal.api.EventKind;
import org.guanai.legal.api.EventQuery;
import org.guanai.legal.api.PromotionEventDTO;
import org.guanai.legal.api.PromotionEventService;
import org.guanai.legal.api.RightsCaseDTO;
import org.guanai.legal.api.RightsCaseService;
import org.guanai.legal.api.Topic;
import org.guanai.legal.api.Department;
import org.guanai.registry.api.CareCategory;
import org.guanai.registry.api.DivisionDTO;
import org.guanai.registry.api.DivisionService;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.PersonDTO;
import org.guanai.registry.api.PersonQuery;
import org.guanai.registry.api.PersonService;
import org.guanai.registry.api.Roles;
import org.guanai.registry.api.Status;
import org.guanai.registry.api.audit.AuditEvent;
import org.guanai.registry.api.security.Caller;
import org.guanai.registry.api.security.CallerContext;
import org.guanai.registry.api.spi.DemoDataContributor;
import org.guanai.registry.api.spi.DemoRequest;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The module's year in the demo county, as the county report tells it: in every township, law taken to the villages,
 * schools and market days most months (more around 3·8 Women's Day, 6·1 Children's Day and the 12·4 Constitution Day),
 * with the justice office, police or court; and a set of rights cases from the 12338 hotline and walk-ins in every
 * state, some overdue ({@link DemoCases}). Written through the module's services, each record validated.
 */
@Component(service = DemoDataContributor.class)
public class LegalDemoData implements DemoDataContributor {

    private static final EventKind[] KINDS = {EventKind.VILLAGE_CAMPAIGN, EventKind.VILLAGE_CAMPAIGN,
            EventKind.MARKET_FAIR, EventKind.SCHOOL, EventKind.CHILD_SAFETY, EventKind.SLOGAN_POSTER};
    private static final String[] PLACES = {"村委会广场", "村部", "集镇农贸市场", "中心小学", "中学", "村文化活动室"};

    private final PersonService persons;
    private final DivisionService divisions;
    private final PromotionEventService events;
    private final RightsCaseService cases;

    @Activate
    public LegalDemoData(@Reference(name = "persons") PersonService persons,
                         @Reference(name = "divisions") DivisionService divisions,
                         @Reference(name = "events") PromotionEventService events,
                         @Reference(name = "cases") RightsCaseService cases) {
        this.persons = persons;
        this.divisions = divisions;
        this.events = events;
        this.cases = cases;
    }

    @Override
    public String moduleId() {
        return LegalModule.ID;
    }

    @Override
    public boolean hasData() {
        try (CallerContext.Binding ignored = CallerContext.bind(DEMO)) {
            return events.list(new EventQuery(), PageRequest.first(1)).total > 0
                    || cases.list(new CaseQuery(), PageRequest.first(1)).total > 0;
        }
    }

    /**
     * Who writes the demo's records: a legal worker of the demo, so that the case service (which takes intakes from
     * legal staff only) accepts them whether the demo runs with no caller or as the admin who ran demo:load or
     * installed the module (a thread started from the console inherits that session's subject).
     */
    static final Caller DEMO = Caller.of("demo", Set.of(Roles.LEGAL), AuditEvent.INTERNAL_ORIGIN);

    @Override
    public String contribute(DemoRequest request) throws InterruptedException {
        try (CallerContext.Binding ignored = CallerContext.bind(DEMO)) {
            return write(request);
        }
    }

    private String write(DemoRequest request) throws InterruptedException {
        Random random = new Random(request.seed() * 31 + 13);
        LocalDate today = request.today();
        List<DivisionDTO> townships = divisions.children(divisions.county().code);
        int eventCount = 0;
        long reached = 0;
        List<PersonDTO> women = new ArrayList<>();
        List<PersonDTO> children = new ArrayList<>();
        for (DivisionDTO township : townships) {
            List<PersonDTO> local = active(CareCategory.LEFT_BEHIND_WOMAN, township.code, 60);
            women.addAll(local.subList(0, Math.min(10, local.size())));
            List<PersonDTO> kids = active(CareCategory.LEFT_BEHIND_CHILD, township.code, 10);
            children.addAll(kids);
            List<DivisionDTO> villages = divisions.children(township.code);
            for (int m = 11; m >= 0; m--) {
                LocalDate month = today.minusMonths(m).withDayOfMonth(1);
                int n = random.nextInt(2) + (festive(month) ? 1 : 0);
                for (int i = 0; i < n; i++) {
                    PromotionEventDTO e = event(random, today, month, township, villages, local);
                    if (e != null) {
                        events.create(e);
                        eventCount++;
                        reached += e.headCount;
                    }
                }
            }
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
        }
        request.progress(eventCount + " legal promotion events");
        int caseCount = new DemoCases(cases, random, today).write(Math.max(24, (int) Math.round(120 * request.scale())),
                townships, women, children);
        return eventCount + " promotion events (" + reached + " people reached), " + caseCount + " rights cases";
    }

    private static boolean festive(LocalDate month) {
        return month.getMonthValue() == 3 || month.getMonthValue() == 6 || month.getMonthValue() == 12;
    }

    private static PromotionEventDTO event(Random random, LocalDate today, LocalDate month, DivisionDTO township,
                                           List<DivisionDTO> villages, List<PersonDTO> women) {
        LocalDate day = month.plusDays(random.nextInt(month.lengthOfMonth()));
        if (day.isAfter(today)) {
            return null;
        }
        PromotionEventDTO e = new PromotionEventDTO();
        e.heldOn = day;
        e.kind = month.getMonthValue() == 6 ? EventKind.CHILD_SAFETY : KINDS[random.nextInt(KINDS.length)];
        e.townshipCode = township.code;
        if (!villages.isEmpty() && e.kind != EventKind.MARKET_FAIR) {
            e.villageCode = villages.get(random.nextInt(villages.size())).code;
        }
        e.place = e.kind == EventKind.SCHOOL || e.kind == EventKind.CHILD_SAFETY ? PLACES[3 + random.nextInt(2)]
                : e.kind == EventKind.MARKET_FAIR ? PLACES[2] : PLACES[random.nextInt(2)];
        e.topics = topics(random, e.kind, month);
        e.partners = new ArrayList<>(List.of(Department.JUSTICE));
        if (random.nextBoolean()) {
            e.partners.add(random.nextBoolean() ? Department.POLICE : Department.COURT);
        }
        if (e.kind == EventKind.SCHOOL || e.kind == EventKind.CHILD_SAFETY) {
            e.partners.add(Department.EDUCATION);
        }
        e.headCount = 30 + random.nextInt(e.kind == EventKind.MARKET_FAIR ? 400 : 150);
        e.materials = e.headCount / 2 + random.nextInt(100);
        if (e.villageCode != null) {
            for (PersonDTO w : women) {
                if (e.villageCode.equals(w.villageCode) && random.nextInt(3) == 0 && e.attendeePersonIds.size() < 8) {
                    e.attendeePersonIds.add(w.id);
                }
            }
        }
        return e;
    }

    private static List<Topic> topics(Random random, EventKind kind, LocalDate month) {
        if (kind == EventKind.SCHOOL || kind == EventKind.CHILD_SAFETY) {
            return new ArrayList<>(List.of(Topic.MINORS_PROTECTION, Topic.SAFETY));
        }
        List<Topic> t = new ArrayList<>(List.of(month.getMonthValue() == 3 ? Topic.WOMENS_RIGHTS : Topic.ANTI_DOMESTIC_VIOLENCE));
        if (random.nextBoolean()) {
            t.add(Topic.CIVIL_CODE_FAMILY);
        }
        return t;
    }

    private List<PersonDTO> active(CareCategory category, String township, int limit) {
        PersonQuery q = new PersonQuery();
        q.townshipCode = township;
        q.category = category;
        q.status = Status.ACTIVE;
        return new ArrayList<>(persons.list(q, PageRequest.first(limit)).items);
    }
}
