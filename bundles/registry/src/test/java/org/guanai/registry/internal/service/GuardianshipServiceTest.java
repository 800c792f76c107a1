package org.guanai.registry.internal.service;

import static org.guanai.registry.internal.service.PersonServiceTest.expectStale;
import static org.guanai.registry.internal.service.PersonServiceTest.expectValidation;
import static org.guanai.registry.internal.service.PersonServiceTest.ids;
import static org.guanai.registry.internal.service.Registry.TOWNSHIP_A;
import static org.guanai.registry.internal.service.Registry.TOWNSHIP_B;
import static org.guanai.registry.internal.service.Registry.VILLAGE_A1;
import static org.guanai.registry.internal.service.Registry.VILLAGE_B1;
import static org.guanai.registry.internal.service.Registry.child;
import static org.guanai.registry.internal.service.Registry.elder;
import static org.guanai.registry.internal.service.Registry.fields;
import static org.guanai.registry.internal.service.Registry.message;
import static org.guanai.registry.internal.service.Registry.woman;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.guanai.registry.api.ConflictException;
import org.guanai.registry.api.EndReason;
import org.guanai.registry.api.EndRequest;
import org.guanai.registry.api.GuardianCapacity;
import org.guanai.registry.api.GuardianRelation;
import org.guanai.registry.api.GuardianshipDTO;
import org.guanai.registry.api.GuardianshipQuery;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.PersonDTO;
import org.guanai.registry.api.Status;
import org.guanai.registry.api.ValidationException;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

public class GuardianshipServiceTest {

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
    public void createReadUpdateAndEnd() {
        PersonDTO kid = registry.persons.create(child("刘小明", 8, VILLAGE_A1));
        PersonDTO grandma = registry.persons.create(elder("刘奶奶", VILLAGE_A1));

        GuardianshipDTO in = guardianship(kid.id, grandma.id, GuardianCapacity.WEAK);
        in.contactPhone = "13700001111";
        in.since = LocalDate.of(2021, 9, 1);
        GuardianshipDTO created = registry.guardianships.create(in);
        assertEquals("刘小明", created.childName);
        assertEquals("刘奶奶", created.guardianName);
        assertEquals(Status.ACTIVE, created.status);

        GuardianshipDTO change = registry.guardianships.get(created.id);
        change.capacity = GuardianCapacity.GOOD;
        GuardianshipDTO updated = registry.guardianships.update(created.id, created.version, change);
        assertEquals(GuardianCapacity.GOOD, updated.capacity);
        expectStale(() -> registry.guardianships.update(created.id, created.version, change));

        ValidationException e = expectValidation(() -> registry.guardianships.end(created.id, updated.version,
                new EndRequest(LocalDate.of(2021, 8, 31), null, null)));
        assertEquals("must not be before 2021-09-01, when the guardianship record begins", message(e, "date"));
        GuardianshipDTO ended = registry.guardianships.end(created.id, updated.version,
                new EndRequest(null, null, "parents returned"));
        assertEquals(Status.ENDED, ended.status);
        assertEquals("parents returned", ended.endNote);
    }

    @Test
    public void theChildGuardianAndTheirRolesAreChecked() {
        long before = registry.count("Guardianship");
        PersonDTO mother = registry.persons.create(woman("何丽", VILLAGE_A1));
        PersonDTO teen = registry.persons.create(child("何小", 12, VILLAGE_A1));

        ValidationException e = expectValidation(() -> registry.guardianships.create(new GuardianshipDTO()));
        assertEquals(List.of("childId", "guardianId", "relation", "capacity"), fields(e));

        e = expectValidation(() -> registry.guardianships.create(
                guardianship(88888L, 99999L, GuardianCapacity.GOOD)));
        assertEquals("person 88888 does not exist", message(e, "childId"));
        assertEquals("person 99999 does not exist", message(e, "guardianId"));

        e = expectValidation(() -> registry.guardianships.create(
                guardianship(mother.id, teen.id, GuardianCapacity.GOOD)));
        assertEquals(List.of("childId", "guardianId"), fields(e));
        assertTrue(message(e, "childId").contains("not registered as a left-behind child"));
        assertTrue(message(e, "guardianId").contains("must be an adult"));

        e = expectValidation(() -> registry.guardianships.create(
                guardianship(teen.id, teen.id, GuardianCapacity.GOOD)));
        assertTrue(fields(e).contains("guardianId"));
        assertEquals(before, registry.count("Guardianship"));
    }

    @Test
    public void aChildMayHaveSeveralGuardiansButNotTheSameActiveOneTwice() {
        PersonDTO kid = registry.persons.create(child("马小", 6, VILLAGE_A1));
        PersonDTO grandma = registry.persons.create(elder("马奶奶", VILLAGE_A1));
        PersonDTO aunt = registry.persons.create(woman("马姨", VILLAGE_A1));

        GuardianshipDTO first = registry.guardianships.create(guardianship(kid.id, grandma.id, GuardianCapacity.WEAK));
        registry.guardianships.create(guardianship(kid.id, aunt.id, GuardianCapacity.GOOD));
        try {
            registry.guardianships.create(guardianship(kid.id, grandma.id, GuardianCapacity.GOOD));
            fail();
        } catch (ConflictException e) {
            assertEquals("guardianId", e.field());
        }
        registry.guardianships.end(first.id, first.version, null);
        GuardianshipDTO again = registry.guardianships.create(guardianship(kid.id, grandma.id, GuardianCapacity.GOOD));
        assertEquals(Status.ACTIVE, again.status);

        GuardianshipQuery q = new GuardianshipQuery();
        q.childId = kid.id;
        assertEquals(3, registry.guardianships.list(q, null).total);
        q.status = Status.ACTIVE;
        assertEquals(2, registry.guardianships.list(q, null).total);
        q.guardianId = grandma.id;
        assertEquals(List.of(again.id), gids(registry.guardianships.list(q, null)));
        q = new GuardianshipQuery();
        q.childId = kid.id;
        q.capacity = GuardianCapacity.WEAK;
        assertEquals(List.of(first.id), gids(registry.guardianships.list(q, null)));
    }

    @Test
    public void theAlertListShowsActiveChildrenWithoutAnActiveCapableGuardian() {
        PersonDTO covered = registry.persons.create(child("杨甲", 7, VILLAGE_B1));
        PersonDTO weakOnly = registry.persons.create(child("杨乙", 7, VILLAGE_B1));
        PersonDTO endedGood = registry.persons.create(child("杨丙", 7, VILLAGE_B1));
        PersonDTO alone = registry.persons.create(child("杨丁", 7, VILLAGE_B1));
        PersonDTO gone = registry.persons.create(child("杨戊", 7, VILLAGE_B1));
        registry.persons.end(gone.id, gone.version, new EndRequest(null, EndReason.MOVED_AWAY, null));
        PersonDTO grandpa = registry.persons.create(elder("杨爷爷", VILLAGE_B1));

        registry.guardianships.create(guardianship(covered.id, grandpa.id, GuardianCapacity.GOOD));
        registry.guardianships.create(guardianship(weakOnly.id, grandpa.id, GuardianCapacity.WEAK));
        GuardianshipDTO g = registry.guardianships.create(guardianship(endedGood.id, grandpa.id,
                GuardianCapacity.GOOD));
        registry.guardianships.end(g.id, g.version, null);

        Page<PersonDTO> alerts = registry.guardianships.childrenWithoutCapableGuardian(TOWNSHIP_B,
                PageRequest.first(50));
        List<Long> listed = ids(alerts);
        assertTrue(listed.containsAll(List.of(weakOnly.id, endedGood.id, alone.id)));
        assertFalse(listed.contains(covered.id));
        assertFalse(listed.contains(gone.id));
        assertEquals(listed.size(), alerts.total);
        assertFalse(alerts.items.get(0).warnings.isEmpty());

        assertFalse(ids(registry.guardianships.childrenWithoutCapableGuardian(TOWNSHIP_A, null)).contains(alone.id));

        GuardianshipQuery byTownship = new GuardianshipQuery();
        byTownship.townshipCode = TOWNSHIP_B;
        byTownship.guardianId = grandpa.id;
        assertEquals(3, registry.guardianships.list(byTownship, null).total);
        byTownship.townshipCode = TOWNSHIP_A;
        assertEquals(0, registry.guardianships.list(byTownship, null).total);
    }

    static GuardianshipDTO guardianship(Long child, Long guardian, GuardianCapacity capacity) {
        GuardianshipDTO g = new GuardianshipDTO();
        g.childId = child;
        g.guardianId = guardian;
        g.relation = GuardianRelation.GRANDPARENT;
        g.capacity = capacity;
        return g;
    }

    private static List<Long> gids(Page<GuardianshipDTO> page) {
        return page.items.stream().map(g -> g.id).collect(Collectors.toList());
    }
}
