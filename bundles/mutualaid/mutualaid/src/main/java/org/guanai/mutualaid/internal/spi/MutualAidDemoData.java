package org.guanai.mutualaid.internal.spi;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.guanai.mutualaid.api.ActivityDTO;
import org.guanai.mutualaid.api.ActivityKind;
import org.guanai.mutualaid.api.ActivityService;
import org.guanai.mutualaid.api.GroupDTO;
import org.guanai.mutualaid.api.GroupKind;
import org.guanai.mutualaid.api.GroupQuery;
import org.guanai.mutualaid.api.GroupService;
import org.guanai.mutualaid.api.MemberRole;
import org.guanai.mutualaid.api.MembershipDTO;
import org.guanai.mutualaid.api.MembershipService;
import org.guanai.mutualaid.api.PairingDTO;
import org.guanai.mutualaid.api.PairingService;
import org.guanai.mutualaid.api.UnpairedCaseDTO;
import org.guanai.mutualaid.api.VisitDTO;
import org.guanai.mutualaid.api.VisitKind;
import org.guanai.mutualaid.api.VisitService;
import org.guanai.mutualaid.api.MutualAidReports;
import org.guanai.registry.api.CareCategory;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.PersonDTO;
import org.guanai.registry.api.PersonQuery;
import org.guanai.registry.api.PersonService;
import org.guanai.registry.api.ServiceSiteDTO;
import org.guanai.registry.api.ServiceSiteService;
import org.guanai.registry.api.SiteQuery;
import org.guanai.registry.api.Status;
import org.guanai.registry.api.TeamQuery;
import org.guanai.registry.api.VolunteerDTO;
import org.guanai.registry.api.VolunteerService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The module's year in the demo county, as the county report tells it: at some women's homes, groups of the five
 * kinds with the village's left-behind women as members (the first as leader); a year of activities for most groups,
 * while about one in six has gone quiet; 1+1 pairings of volunteers with about three in five of the vulnerable cases,
 * visited most months, some not for months. Written through the module's services, each record validated.
 */
@Component(service = org.guanai.registry.api.spi.DemoDataContributor.class)
public class MutualAidDemoData implements org.guanai.registry.api.spi.DemoDataContributor {

    private static final GroupKind[] FIVE = {GroupKind.SECURITY, GroupKind.SANITATION, GroupKind.RIGHTS,
            GroupKind.PRODUCTION, GroupKind.CULTURE_SPORTS};
    private static final ActivityKind[][] ACTIVITIES = {
            {ActivityKind.SAFETY_PATROL, ActivityKind.HEART_TALK},
            {ActivityKind.CLEAN_UP},
            {ActivityKind.HEART_TALK, ActivityKind.TUTORING},
            {ActivityKind.FARM_HELP, ActivityKind.FARM_HELP, ActivityKind.TUTORING},
            {ActivityKind.CULTURAL_EVENT, ActivityKind.TUTORING}};
    private static final String[] GROUP_NAMES = {"治安", "环卫", "维权", "生产", "文体"};

    private final PersonService persons;
    private final ServiceSiteService sites;
    private final VolunteerService volunteers;
    private final GroupService groups;
    private final MembershipService members;
    private final ActivityService activities;
    private final PairingService pairings;
    private final VisitService visits;
    private final MutualAidReports reports;

    @Activate
    public MutualAidDemoData(@Reference(name = "persons") PersonService persons,
                             @Reference(name = "sites") ServiceSiteService sites,
                             @Reference(name = "volunteers") VolunteerService volunteers,
                             @Reference(name = "groups") GroupService groups,
                             @Reference(name = "members") MembershipService members,
                             @Reference(name = "activities") ActivityService activities,
                             @Reference(name = "pairings") PairingService pairings,
                             @Reference(name = "visits") VisitService visits,
                             @Reference(name = "reports") MutualAidReports reports) {
        this.persons = persons;
        this.sites = sites;
        this.volunteers = volunteers;
        this.groups = groups;
        this.members = members;
        this.activities = activities;
        this.pairings = pairings;
        this.visits = visits;
        this.reports = reports;
    }

    @Override
    public String moduleId() {
        return MutualAidModule.ID;
    }

    @Override
    public boolean hasData() {
        return groups.list(new GroupQuery(), PageRequest.first(1)).total > 0;
    }

    @Override
    public String contribute(org.guanai.registry.api.spi.DemoRequest request) throws InterruptedException {
        Random random = new Random(request.seed() * 31 + 12);
        LocalDate today = request.today();
        int[] counts = new int[4];
        int homes = Math.max(3, (int) Math.round(12 * request.scale()));
        for (ServiceSiteDTO site : womensHomes(homes)) {
            groupsAt(site, random, today, counts);
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
        }
        request.progress(counts[0] + " groups, " + counts[1] + " members, " + counts[2] + " activities");
        List<VolunteerDTO> helpers = activeVolunteers();
        if (!helpers.isEmpty()) {
            List<UnpairedCaseDTO> cases = new ArrayList<>(reports.unpairedVulnerable(null, null,
                    PageRequest.first(PageRequest.MAX_LIMIT)).items);
            Collections.shuffle(cases, random);
            long most = Math.round(200 * Math.max(0.2, request.scale()));
            int paired = (int) Math.min(Math.round(cases.size() * 0.6), most);
            for (UnpairedCaseDTO c : cases.subList(0, paired)) {
                pair(c, helpers.get(random.nextInt(helpers.size())), random, today, counts);
            }
        }
        return counts[0] + " groups, " + counts[1] + " members, " + counts[2] + " activities, " + counts[3]
                + " pairings";
    }

    private void groupsAt(ServiceSiteDTO site, Random random, LocalDate today, int[] counts) {
        // the home's village first; a small demo county has few women per village, so the township's join them
        List<PersonDTO> women = womenOf(site.villageCode, null);
        if (women.size() < 6) {
            for (PersonDTO w : womenOf(null, site.townshipCode)) {
                if (women.stream().noneMatch(x -> x.id.equals(w.id))) {
                    women.add(w);
                }
            }
        }
        if (women.size() < 3) {
            return;
        }
        // two to five different kinds at each home
        int kinds = 2 + random.nextInt(4);
        int firstKind = random.nextInt(FIVE.length);
        for (int k = 0; k < kinds; k++) {
            int kind = (firstKind + k) % FIVE.length;
            GroupDTO g = new GroupDTO();
            g.name = site.name.replace("妇女之家", "").replace("留守妇女儿童之家", "") + GROUP_NAMES[kind] + "互助组";
            g.kind = FIVE[kind];
            g.siteId = site.id;
            g.villageCode = site.villageCode;
            g.foundedOn = today.minusDays(400 + random.nextInt(700));
            GroupDTO group;
            try {
                group = groups.create(g);
            } catch (RuntimeException e) {
                continue; // e.g. a site whose village is not the county's: no group there
            }
            counts[0]++;
            List<Long> memberships = new ArrayList<>();
            Collections.shuffle(women, random);
            int size = Math.min(women.size(), 4 + random.nextInt(8));
            for (int i = 0; i < size; i++) {
                MembershipDTO m = new MembershipDTO();
                m.groupId = group.id;
                m.personId = women.get(i).id;
                m.role = i == 0 ? MemberRole.LEADER : MemberRole.MEMBER;
                m.joinedOn = g.foundedOn.plusDays(random.nextInt(60));
                memberships.add(members.join(m).id);
                counts[1]++;
            }
            // about one group in six has gone quiet: its last activity more than 90 days ago, or none at all
            boolean quiet = random.nextInt(6) == 0;
            LocalDate first = today.minusDays(360);
            LocalDate day = first.isAfter(g.foundedOn.plusDays(60)) ? first : g.foundedOn.plusDays(60);
            LocalDate until = quiet ? today.minusDays(100 + random.nextInt(200)) : today;
            while (day.isBefore(until)) {
                ActivityDTO a = new ActivityDTO();
                a.groupId = group.id;
                a.heldOn = day;
                ActivityKind[] options = ACTIVITIES[kind];
                a.kind = options[random.nextInt(options.length)];
                a.hours = java.math.BigDecimal.valueOf(1 + random.nextInt(6));
                Collections.shuffle(memberships, random);
                a.participantIds = new ArrayList<>(memberships.subList(0, 1 + random.nextInt(memberships.size())));
                activities.create(a);
                counts[2]++;
                day = day.plusDays(20 + random.nextInt(30));
            }
        }
    }

    private void pair(UnpairedCaseDTO c, VolunteerDTO helper, Random random, LocalDate today, int[] counts) {
        PairingDTO p = new PairingDTO();
        p.helperVolunteerId = helper.id;
        p.personId = c.personId;
        p.householdId = c.personId == null ? c.householdId : null;
        p.startsOn = today.minusDays(60 + random.nextInt(300));
        PairingDTO saved;
        try {
            saved = pairings.create(p);
        } catch (RuntimeException e) {
            return; // e.g. the case's village is not the county's
        }
        counts[3]++;
        // most pairings are visited about monthly; one in five not for the last 100 days or more
        LocalDate until = random.nextInt(5) == 0 ? today.minusDays(100) : today;
        for (LocalDate day = p.startsOn.plusDays(random.nextInt(20)); !day.isAfter(until);
             day = day.plusDays(25 + random.nextInt(20))) {
            VisitDTO v = new VisitDTO();
            v.pairingId = saved.id;
            v.visitedOn = day;
            v.kind = day.getMonthValue() == 1 || day.getMonthValue() == 2 ? VisitKind.WARMTH_VISIT
                    : VisitKind.values()[random.nextInt(VisitKind.values().length - 1)];
            visits.create(v);
        }
    }

    private List<ServiceSiteDTO> womensHomes(int max) {
        List<ServiceSiteDTO> homes = new ArrayList<>();
        for (org.guanai.registry.api.SiteKind kind : List.of(org.guanai.registry.api.SiteKind.WOMENS_HOME,
                org.guanai.registry.api.SiteKind.COMBINED)) {
            SiteQuery q = new SiteQuery();
            q.kind = kind;
            q.status = Status.ACTIVE;
            homes.addAll(sites.list(q, PageRequest.first(max)).items);
        }
        homes.removeIf(s -> s.villageCode == null);
        Set<Long> seen = new HashSet<>();
        homes.removeIf(s -> !seen.add(s.id));
        return homes.subList(0, Math.min(max, homes.size()));
    }

    private List<PersonDTO> womenOf(String village, String township) {
        PersonQuery q = new PersonQuery();
        q.villageCode = village;
        q.townshipCode = township;
        q.category = CareCategory.LEFT_BEHIND_WOMAN;
        q.status = Status.ACTIVE;
        return new ArrayList<>(persons.list(q, PageRequest.first(40)).items);
    }

    private List<VolunteerDTO> activeVolunteers() {
        TeamQuery q = new TeamQuery();
        q.status = Status.ACTIVE;
        return volunteers.list(q, PageRequest.first(PageRequest.MAX_LIMIT)).items;
    }
}
