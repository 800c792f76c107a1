package org.guanai.registry.internal.service;

import static org.guanai.registry.internal.service.PersonServiceTest.expectNotFound;
import static org.guanai.registry.internal.service.PersonServiceTest.expectStale;
import static org.guanai.registry.internal.service.PersonServiceTest.expectValidation;
import static org.guanai.registry.internal.service.Registry.VILLAGE_A1;
import static org.guanai.registry.internal.service.Registry.child;
import static org.guanai.registry.internal.service.Registry.fields;
import static org.guanai.registry.internal.service.Registry.message;
import static org.guanai.registry.internal.service.Registry.woman;
import static org.junit.Assert.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.guanai.registry.api.Page;
import org.guanai.registry.api.PersonDTO;
import org.guanai.registry.api.ServiceKind;
import org.guanai.registry.api.ServiceRecordDTO;
import org.guanai.registry.api.ServiceRecordQuery;
import org.guanai.registry.api.ServiceSiteDTO;
import org.guanai.registry.api.SiteKind;
import org.guanai.registry.api.ValidationException;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

public class ServiceRecordServiceTest {

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
    public void createReadAndCorrectARecord() {
        PersonDTO kid = registry.persons.create(child("宋小", 9, VILLAGE_A1));
        PersonDTO mum = registry.persons.create(woman("宋妈", VILLAGE_A1));
        ServiceRecordDTO in = record(ServiceKind.VISIT, LocalDate.now().minusDays(2), kid.id, mum.id, kid.id);
        in.summary = "  入户走访 ";

        ServiceRecordDTO created = registry.records.create(in);
        assertEquals(List.of(kid.id, mum.id), created.personIds);
        assertEquals("入户走访", created.summary);
        assertEquals(1, created.version);

        ServiceRecordDTO change = registry.records.get(created.id);
        change.personIds = new ArrayList<>(List.of(mum.id));
        change.kind = ServiceKind.COUNSELLING;
        ServiceRecordDTO updated = registry.records.update(created.id, created.version, change);
        assertEquals(List.of(mum.id), updated.personIds);
        assertEquals(List.of(mum.id), registry.records.get(created.id).personIds);
        assertEquals(ServiceKind.COUNSELLING, updated.kind);
        assertEquals(created.version + 1, updated.version);
        expectStale(() -> registry.records.update(created.id, created.version, change));
        expectNotFound(() -> registry.records.get(31337));
    }

    @Test
    public void aRecordNeedsPeopleUnlessItHasASite() {
        long before = registry.count("ServiceRecord");
        ValidationException e = expectValidation(() -> registry.records.create(new ServiceRecordDTO()));
        assertEquals(List.of("kind", "date", "personIds"), fields(e));

        PersonDTO kid = registry.persons.create(child("韩小", 9, VILLAGE_A1));
        ServiceRecordDTO bad = record(ServiceKind.TUTORING, LocalDate.now().plusDays(1), kid.id, 123456L, null);
        bad.siteId = 98765L;
        bad.teamId = 98766L;
        e = expectValidation(() -> registry.records.create(bad));
        assertEquals(List.of("date", "siteId", "teamId", "personIds[1]", "personIds[2]"), fields(e));
        assertEquals("person 123456 does not exist", message(e, "personIds[1]"));
        assertEquals(before, registry.count("ServiceRecord"));

        ServiceSiteDTO site = registry.sites.create(SitesTeamsVolunteersTest.site("家长学校", SiteKind.COMBINED,
                VILLAGE_A1));
        ServiceRecordDTO session = record(ServiceKind.PARENTS_SCHOOL, LocalDate.now());
        session.siteId = site.id;
        assertEquals(site.id, registry.records.create(session).siteId);
    }

    @Test
    public void listsFilterOnPersonSiteKindAndDates() {
        PersonDTO a = registry.persons.create(child("曹甲", 9, VILLAGE_A1));
        PersonDTO b = registry.persons.create(child("曹乙", 9, VILLAGE_A1));
        ServiceSiteDTO site = registry.sites.create(SitesTeamsVolunteersTest.site("曹家站", SiteKind.COMBINED,
                VILLAGE_A1));
        ServiceRecordDTO r1 = registry.records.create(record(ServiceKind.VISIT, LocalDate.of(2024, 1, 10), a.id));
        ServiceRecordDTO r2 = record(ServiceKind.TUTORING, LocalDate.of(2024, 3, 5), a.id, b.id);
        r2.siteId = site.id;
        r2 = registry.records.create(r2);
        ServiceRecordDTO r3 = registry.records.create(record(ServiceKind.VISIT, LocalDate.of(2024, 6, 1), b.id));

        ServiceRecordQuery q = new ServiceRecordQuery();
        q.personId = a.id;
        assertEquals(List.of(r1.id, r2.id), ids(registry.records.list(q, null)));
        q.personId = b.id;
        assertEquals(List.of(r2.id, r3.id), ids(registry.records.list(q, null)));
        q.kind = ServiceKind.VISIT;
        assertEquals(List.of(r3.id), ids(registry.records.list(q, null)));
        q = new ServiceRecordQuery();
        q.siteId = site.id;
        assertEquals(List.of(r2.id), ids(registry.records.list(q, null)));
        q = new ServiceRecordQuery();
        q.from = LocalDate.of(2024, 3, 5);
        q.to = LocalDate.of(2024, 6, 1);
        q.personId = b.id;
        Page<ServiceRecordDTO> page = registry.records.list(q, null);
        assertEquals(2, page.total);
        assertEquals(List.of(r2.id, r3.id), ids(page));
    }

    static ServiceRecordDTO record(ServiceKind kind, LocalDate date, Long... persons) {
        ServiceRecordDTO r = new ServiceRecordDTO();
        r.kind = kind;
        r.date = date;
        r.personIds = new ArrayList<>(Arrays.asList(persons));
        return r;
    }

    private static List<Long> ids(Page<ServiceRecordDTO> page) {
        return page.items.stream().map(r -> r.id).collect(Collectors.toList());
    }
}
