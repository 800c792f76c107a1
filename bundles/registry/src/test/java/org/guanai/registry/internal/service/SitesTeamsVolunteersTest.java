package org.guanai.registry.internal.service;

import static org.guanai.registry.internal.service.PersonServiceTest.expectNotFound;
import static org.guanai.registry.internal.service.PersonServiceTest.expectStale;
import static org.guanai.registry.internal.service.PersonServiceTest.expectValidation;
import static org.guanai.registry.internal.service.Registry.TOWNSHIP_A;
import static org.guanai.registry.internal.service.Registry.TOWNSHIP_B;
import static org.guanai.registry.internal.service.Registry.VILLAGE_A1;
import static org.guanai.registry.internal.service.Registry.VILLAGE_A2;
import static org.guanai.registry.internal.service.Registry.VILLAGE_B1;
import static org.guanai.registry.internal.service.Registry.fields;
import static org.guanai.registry.internal.service.Registry.message;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.guanai.registry.api.EndRequest;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.ServiceSiteDTO;
import org.guanai.registry.api.ServiceTeamDTO;
import org.guanai.registry.api.SiteKind;
import org.guanai.registry.api.SiteQuery;
import org.guanai.registry.api.Status;
import org.guanai.registry.api.TeamQuery;
import org.guanai.registry.api.ValidationException;
import org.guanai.registry.api.VolunteerDTO;
import org.guanai.registry.api.VolunteerKind;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

public class SitesTeamsVolunteersTest {

    private static Registry registry;

    @BeforeClass
    public static void open() {
        registry = Registry.open();
    }

    @AfterClass
    public static void close() {
        registry.close();
    }

    @Test
    public void siteRoundTrip() {
        ServiceSiteDTO in = site("青山村留守儿童之家", SiteKind.CHILDRENS_HOME, VILLAGE_A1);
        in.openedOn = LocalDate.of(2019, 6, 1);
        in.remoteEducationStation = true;
        in.contactName = "王老师";
        in.contactPhone = "(0730) 7654321";
        ServiceSiteDTO created = registry.sites.create(in);
        assertEquals(TOWNSHIP_A, created.townshipCode);
        assertEquals("0730-7654321", created.contactPhone);
        assertTrue(created.remoteEducationStation);

        ServiceSiteDTO change = registry.sites.get(created.id);
        change.kind = SiteKind.COMBINED;
        change.parentsSchool = true;
        ServiceSiteDTO updated = registry.sites.update(created.id, created.version, change);
        assertEquals(SiteKind.COMBINED, updated.kind);
        assertTrue(updated.parentsSchool);
        expectStale(() -> registry.sites.update(created.id, created.version, change));

        ValidationException e = expectValidation(() -> registry.sites.end(created.id, updated.version,
                new EndRequest(LocalDate.of(2019, 5, 31), null, null)));
        assertEquals(List.of("date"), fields(e));
        ServiceSiteDTO closed = registry.sites.end(created.id, updated.version, new EndRequest());
        assertEquals(Status.ENDED, closed.status);
        expectNotFound(() -> registry.sites.get(424242));
    }

    @Test
    public void siteValidationListsEveryField() {
        long before = registry.count("ServiceSite");
        ServiceSiteDTO in = new ServiceSiteDTO();
        in.villageCode = "430622100201";
        in.openedOn = LocalDate.now().plusDays(1);
        in.contactPhone = "1";
        ValidationException e = expectValidation(() -> registry.sites.create(in));
        assertEquals(List.of("kind", "name", "villageCode", "openedOn", "contactPhone"), fields(e));
        assertEquals("430622100201 is not a village of this county", message(e, "villageCode"));
        assertEquals(before, registry.count("ServiceSite"));
    }

    @Test
    public void siteListsFilter() {
        String prefix = Registry.uniquePrefix();
        ServiceSiteDTO a = registry.sites.create(site(prefix + "甲", SiteKind.CHILDRENS_HOME, VILLAGE_A1));
        ServiceSiteDTO b = registry.sites.create(site(prefix + "乙", SiteKind.WOMENS_HOME, VILLAGE_A2));
        ServiceSiteDTO c = registry.sites.create(site(prefix + "丙", SiteKind.WOMENS_HOME, VILLAGE_B1));
        registry.sites.end(c.id, c.version, null);

        SiteQuery q = siteQuery(prefix);
        assertEquals(3, registry.sites.list(q, null).total);
        q.kind = SiteKind.WOMENS_HOME;
        assertEquals(List.of(b.id, c.id), ids(registry.sites.list(q, null)));
        q.status = Status.ACTIVE;
        assertEquals(List.of(b.id), ids(registry.sites.list(q, null)));
        q = siteQuery(prefix);
        q.townshipCode = TOWNSHIP_A;
        assertEquals(List.of(a.id, b.id), ids(registry.sites.list(q, null)));
        q.villageCode = VILLAGE_A1;
        assertEquals(List.of(a.id), ids(registry.sites.list(q, null)));
    }

    @Test
    public void aTeamTakesItsTownshipFromItsSite() {
        ServiceSiteDTO site = registry.sites.create(site("石桥妇女之家", SiteKind.WOMENS_HOME, VILLAGE_B1));
        ServiceTeamDTO in = team("石桥服务队", site.id, null);
        ServiceTeamDTO created = registry.teams.create(in);
        assertEquals(TOWNSHIP_B, created.townshipCode);

        ValidationException e = expectValidation(() -> registry.teams.create(team("错", site.id, TOWNSHIP_A)));
        assertEquals(List.of("townshipCode"), fields(e));
        e = expectValidation(() -> registry.teams.create(team(" ", 777777L, "430621")));
        assertEquals(List.of("name", "siteId", "townshipCode"), fields(e));
        assertEquals("service site 777777 does not exist", message(e, "siteId"));

        ServiceTeamDTO townshipWide = registry.teams.create(team("东塘镇巾帼志愿队", null, TOWNSHIP_A));
        ServiceTeamDTO change = registry.teams.get(townshipWide.id);
        change.description = "周末走访";
        ServiceTeamDTO updated = registry.teams.update(townshipWide.id, townshipWide.version, change);
        assertEquals("周末走访", updated.description);
        assertEquals(Status.ENDED, registry.teams.end(updated.id, updated.version, null).status);
    }

    @Test
    public void teamAndVolunteerListsFilter() {
        String prefix = Registry.uniquePrefix();
        ServiceSiteDTO site = registry.sites.create(site(prefix + "站", SiteKind.COMBINED, VILLAGE_A1));
        ServiceTeamDTO atSite = registry.teams.create(team(prefix + "甲队", site.id, null));
        ServiceTeamDTO inB = registry.teams.create(team(prefix + "乙队", null, TOWNSHIP_B));

        TeamQuery q = teamQuery(prefix);
        assertEquals(2, registry.teams.list(q, null).total);
        q.siteId = site.id;
        assertEquals(List.of(atSite.id), teamIds(registry.teams.list(q, null)));
        q = teamQuery(prefix);
        q.townshipCode = TOWNSHIP_B;
        assertEquals(List.of(inB.id), teamIds(registry.teams.list(q, null)));

        VolunteerDTO teacher = registry.volunteers.create(volunteer(prefix + "老师", VolunteerKind.PROFESSIONAL_VOLUNTEER,
                atSite.id));
        VolunteerDTO cadre = registry.volunteers.create(volunteer(prefix + "村干部", VolunteerKind.PART_TIME_STAFF,
                inB.id));
        VolunteerDTO loner = registry.volunteers.create(volunteer(prefix + "志愿者", VolunteerKind.SOCIAL_VOLUNTEER,
                null));

        q = teamQuery(prefix);
        assertEquals(List.of(teacher.id, cadre.id, loner.id), volunteerIds(registry.volunteers.list(q, null)));
        q.townshipCode = TOWNSHIP_A;
        assertEquals(List.of(teacher.id), volunteerIds(registry.volunteers.list(q, null)));
        q = teamQuery(prefix);
        q.siteId = site.id;
        assertEquals(List.of(teacher.id), volunteerIds(registry.volunteers.list(q, null)));
        q = teamQuery(prefix);
        q.teamId = inB.id;
        assertEquals(List.of(cadre.id), volunteerIds(registry.volunteers.list(q, null)));
        q = teamQuery(prefix);
        q.kind = VolunteerKind.SOCIAL_VOLUNTEER;
        assertEquals(List.of(loner.id), volunteerIds(registry.volunteers.list(q, null)));
    }

    @Test
    public void volunteerRoundTripAndValidation() {
        VolunteerDTO in = volunteer("林医生", VolunteerKind.PROFESSIONAL_VOLUNTEER, null);
        in.profession = "乡村医生";
        in.phone = "15911112222";
        VolunteerDTO created = registry.volunteers.create(in);
        assertEquals("乡村医生", registry.volunteers.get(created.id).profession);

        VolunteerDTO change = registry.volunteers.get(created.id);
        change.teamId = 55555L;
        change.kind = null;
        ValidationException e = expectValidation(() -> registry.volunteers.update(created.id, created.version,
                change));
        assertEquals(List.of("kind", "teamId"), fields(e));

        VolunteerDTO ended = registry.volunteers.end(created.id, created.version, new EndRequest(null, null, "moved"));
        assertEquals(Status.ENDED, ended.status);
        assertEquals(Status.ENDED, registry.volunteers.get(created.id).status);
    }

    static ServiceSiteDTO site(String name, SiteKind kind, String village) {
        ServiceSiteDTO s = new ServiceSiteDTO();
        s.name = name;
        s.kind = kind;
        s.villageCode = village;
        return s;
    }

    private static ServiceTeamDTO team(String name, Long site, String township) {
        ServiceTeamDTO t = new ServiceTeamDTO();
        t.name = name;
        t.siteId = site;
        t.townshipCode = township;
        return t;
    }

    private static VolunteerDTO volunteer(String name, VolunteerKind kind, Long team) {
        VolunteerDTO v = new VolunteerDTO();
        v.name = name;
        v.kind = kind;
        v.teamId = team;
        return v;
    }

    private static SiteQuery siteQuery(String prefix) {
        SiteQuery q = new SiteQuery();
        q.namePrefix = prefix;
        return q;
    }

    private static TeamQuery teamQuery(String prefix) {
        TeamQuery q = new TeamQuery();
        q.namePrefix = prefix;
        return q;
    }

    private static List<Long> ids(Page<ServiceSiteDTO> page) {
        return page.items.stream().map(s -> s.id).collect(Collectors.toList());
    }

    private static List<Long> teamIds(Page<ServiceTeamDTO> page) {
        return page.items.stream().map(t -> t.id).collect(Collectors.toList());
    }

    private static List<Long> volunteerIds(Page<VolunteerDTO> page) {
        return page.items.stream().map(v -> v.id).collect(Collectors.toList());
    }
}
