package org.guanai.registry.internal.service;

import static org.guanai.registry.internal.service.PersonServiceTest.expectStale;
import static org.guanai.registry.internal.service.PersonServiceTest.expectValidation;
import static org.guanai.registry.internal.service.Registry.TOWNSHIP_A;
import static org.guanai.registry.internal.service.Registry.VILLAGE_A1;
import static org.guanai.registry.internal.service.Registry.VILLAGE_A2;
import static org.guanai.registry.internal.service.Registry.VILLAGE_B1;
import static org.guanai.registry.internal.service.Registry.fields;
import static org.guanai.registry.internal.service.Registry.message;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.fail;

import java.util.Locale;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.guanai.registry.api.ConflictException;
import org.guanai.registry.api.EndRequest;
import org.guanai.registry.api.HomeFrequency;
import org.guanai.registry.api.HouseholdDTO;
import org.guanai.registry.api.HouseholdQuery;
import org.guanai.registry.api.MigrantMemberDTO;
import org.guanai.registry.api.MigrantRelation;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.Status;
import org.guanai.registry.api.ValidationException;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

public class HouseholdServiceTest {

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
    public void createWithMigrantMembersAndReadBack() {
        HouseholdDTO in = household("张建国", VILLAGE_A1);
        in.address = "青山村3组12号";
        in.contactPhone = "0730-1234567";
        in.hardship = true;
        in.migrantMembers.add(migrant("张伟", MigrantRelation.HUSBAND, "+86 139-0000-1111"));
        in.migrantMembers.add(migrant("张丽", MigrantRelation.DAUGHTER, null));

        HouseholdDTO created = registry.households.create(in);

        assertEquals(TOWNSHIP_A, created.townshipCode);
        assertEquals(Status.ACTIVE, created.status);
        assertEquals(1, created.version);
        assertEquals(2, created.migrantMembers.size());
        assertEquals("13900001111", created.migrantMembers.get(0).phone);
        assertEquals("广东", created.migrantMembers.get(0).workProvince);
        assertEquals(HomeFrequency.YEARLY, created.migrantMembers.get(0).homeFrequency);

        HouseholdDTO read = registry.households.get(created.id);
        assertEquals(List.of("张伟", "张丽"), names(read));
        assertEquals("0730-1234567", read.contactPhone);
    }

    @Test
    public void nestedMigrantErrorsAreNamedByIndexAndNothingIsWritten() {
        long households = registry.count("Household");
        long migrants = registry.count("MigrantMember");
        HouseholdDTO in = new HouseholdDTO();
        in.villageCode = "430621100";
        in.migrantMembers.add(migrant("", MigrantRelation.HUSBAND, null));
        MigrantMemberDTO bad = migrant("李四", null, "phone?");
        bad.workCity = "城".repeat(51);
        bad.awaySince = LocalDate.now().plusMonths(2);
        in.migrantMembers.add(bad);

        ValidationException e = expectValidation(() -> registry.households.create(in));

        assertEquals(List.of("villageCode", "headName", "migrantMembers[0].name", "migrantMembers[1].relation",
                "migrantMembers[1].workCity", "migrantMembers[1].phone", "migrantMembers[1].awaySince"), fields(e));
        assertEquals("430621100 is not a village of this county", message(e, "villageCode"));
        assertEquals(households, registry.count("Household"));
        assertEquals(migrants, registry.count("MigrantMember"));
    }

    @Test
    public void updateReplacesTheMigrantMembersAndMovesTheVersion() {
        HouseholdDTO in = household("王五", VILLAGE_A1);
        in.migrantMembers.add(migrant("王大", MigrantRelation.FATHER, null));
        in.migrantMembers.add(migrant("王二", MigrantRelation.MOTHER, null));
        HouseholdDTO created = registry.households.create(in);
        long migrants = registry.count("MigrantMember");

        HouseholdDTO change = registry.households.get(created.id);
        change.migrantMembers.remove(0);
        change.migrantMembers.add(migrant("王三", MigrantRelation.SON, null));
        change.villageCode = VILLAGE_B1;
        HouseholdDTO updated = registry.households.update(created.id, created.version, change);

        assertEquals(List.of("王二", "王三"), names(updated));
        assertEquals(List.of("王二", "王三"), names(registry.households.get(created.id)));
        assertEquals(migrants, registry.count("MigrantMember"));
        assertEquals(created.version + 1, updated.version);
        assertNotEquals(created.townshipCode, updated.townshipCode);

        // Only the members change: the version still moves, so an ETag tells the two apart.
        updated.migrantMembers.clear();
        HouseholdDTO emptied = registry.households.update(created.id, updated.version, updated);
        assertEquals(updated.version + 1, emptied.version);
        assertEquals(migrants - 2, registry.count("MigrantMember"));

        expectStale(() -> registry.households.update(created.id, created.version, change));
    }

    @Test
    public void endingDefaultsToTodayAndCannotPredateTheRecord() {
        HouseholdDTO created = registry.households.create(household("赵六", VILLAGE_A2));
        ValidationException e = expectValidation(() -> registry.households.end(created.id, created.version,
                new EndRequest(LocalDate.now().minusYears(1), null, "x".repeat(501))));
        assertEquals(List.of("date", "note"), fields(e));

        HouseholdDTO ended = registry.households.end(created.id, created.version, null);
        assertEquals(Status.ENDED, ended.status);
        assertEquals(LocalDate.now(), ended.endedOn);
        assertEquals(created.version + 1, ended.version);
    }

    @Test
    public void anEndedHouseholdCannotBeEndedAgain() {
        HouseholdDTO created = registry.households.create(household("钱七", VILLAGE_A2));
        HouseholdDTO ended = registry.households.end(created.id, created.version, new EndRequest());
        try {
            registry.households.end(created.id, ended.version, new EndRequest());
            fail();
        } catch (ConflictException e) {
            assertEquals("household " + created.id + " already ended on " + LocalDate.now(), e.getMessage(Locale.ENGLISH));
        }
    }

    @Test
    public void listsFilterOnPlaceHardshipStatusAndHeadName() {
        String prefix = Registry.uniquePrefix();
        HouseholdDTO a = household(prefix + "甲", VILLAGE_A1);
        a.hardship = true;
        a = registry.households.create(a);
        HouseholdDTO b = registry.households.create(household(prefix + "乙", VILLAGE_A2));
        HouseholdDTO c = registry.households.create(household(prefix + "丙", VILLAGE_B1));
        registry.households.end(c.id, c.version, null);

        assertEquals(List.of(a.id, b.id, c.id), ids(registry.households.list(query(prefix), null)));
        HouseholdQuery q = query(prefix);
        q.townshipCode = TOWNSHIP_A;
        assertEquals(List.of(a.id, b.id), ids(registry.households.list(q, null)));
        q.villageCode = VILLAGE_A2;
        assertEquals(List.of(b.id), ids(registry.households.list(q, null)));
        q = query(prefix);
        q.hardship = true;
        assertEquals(List.of(a.id), ids(registry.households.list(q, null)));
        q = query(prefix);
        q.status = Status.ENDED;
        Page<HouseholdDTO> ended = registry.households.list(q, null);
        assertEquals(1, ended.total);
        assertEquals(c.id, ended.items.get(0).id);
    }

    static HouseholdDTO household(String head, String village) {
        HouseholdDTO h = new HouseholdDTO();
        h.headName = head;
        h.villageCode = village;
        return h;
    }

    static MigrantMemberDTO migrant(String name, MigrantRelation relation, String phone) {
        MigrantMemberDTO m = new MigrantMemberDTO();
        m.name = name;
        m.relation = relation;
        m.phone = phone;
        m.workProvince = "广东";
        m.workCity = "东莞";
        m.homeFrequency = HomeFrequency.YEARLY;
        m.awaySince = LocalDate.of(2020, 3, 1);
        return m;
    }

    private static HouseholdQuery query(String prefix) {
        HouseholdQuery q = new HouseholdQuery();
        q.namePrefix = prefix;
        return q;
    }

    private static List<String> names(HouseholdDTO h) {
        return h.migrantMembers.stream().map(m -> m.name).collect(Collectors.toList());
    }

    private static List<Long> ids(Page<HouseholdDTO> page) {
        return page.items.stream().map(h -> h.id).collect(Collectors.toList());
    }
}
