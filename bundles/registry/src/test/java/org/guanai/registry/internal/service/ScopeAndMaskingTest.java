package org.guanai.registry.internal.service;

import static org.guanai.registry.internal.service.GuardianshipServiceTest.guardianship;
import static org.guanai.registry.internal.service.Registry.TOWNSHIP_A;
import static org.guanai.registry.internal.service.Registry.TOWNSHIP_B;
import static org.guanai.registry.internal.service.Registry.VILLAGE_A1;
import static org.guanai.registry.internal.service.Registry.VILLAGE_A2;
import static org.guanai.registry.internal.service.Registry.VILLAGE_B1;
import static org.guanai.registry.internal.service.Registry.child;
import static org.guanai.registry.internal.service.Registry.elder;
import static org.guanai.registry.internal.service.Registry.only;
import static org.guanai.registry.internal.service.Registry.uniquePrefix;
import static org.guanai.registry.internal.service.Registry.woman;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.Locale;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.guanai.registry.api.GuardianCapacity;
import org.guanai.registry.api.GuardianshipQuery;
import org.guanai.registry.api.HouseholdDTO;
import org.guanai.registry.api.HouseholdQuery;
import org.guanai.registry.api.MigrantRelation;
import org.guanai.registry.api.NotFoundException;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.PersonDTO;
import org.guanai.registry.api.PersonQuery;
import org.guanai.registry.api.Roles;
import org.guanai.registry.api.ServiceKind;
import org.guanai.registry.api.ServiceRecordDTO;
import org.guanai.registry.api.TownshipStatsDTO;
import org.guanai.registry.api.ValidationException;
import org.guanai.registry.api.security.Caller;
import org.guanai.registry.api.security.CallerContext;
import org.guanai.registry.api.security.Scope;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** Township scoping and masking of what the registry's services return, per caller. */
public class ScopeAndMaskingTest {

    private Registry registry;
    private String prefix;
    private PersonDTO inA;
    private PersonDTO inA2;
    private PersonDTO inB;
    private HouseholdDTO householdB;

    @Before
    public void setUp() {
        registry = Registry.open();
        registry.roles.user("tina", Roles.TOWNSHIP).user("carl", Roles.COUNTY).user("hana", Roles.HEALTH)
                .user("vera", Roles.TOWNSHIP).user("root", Roles.ADMIN);
        prefix = uniquePrefix();
        PersonDTO a = woman(prefix + "甲", VILLAGE_A1);
        a.phone = "13912345678";
        inA = registry.persons.create(a);
        inA2 = registry.persons.create(woman(prefix + "乙", VILLAGE_A2));
        householdB = registry.households.create(HouseholdServiceTest.household(prefix + "丙户", VILLAGE_B1));
        PersonDTO b = woman(prefix + "丙", VILLAGE_B1);
        b.householdId = householdB.id;
        inB = registry.persons.create(b);
        registry.access.setDivisions("tina", List.of(TOWNSHIP_A));
        registry.access.setDivisions("vera", List.of(VILLAGE_A2));
    }

    @After
    public void tearDown() {
        CallerContext.clear();
        registry.close();
    }

    private static <T> T as(String user, Set<String> roles, Supplier<T> work) {
        return CallerContext.callAs(Caller.of(user, roles, "test"), work);
    }

    private static <T> T asTina(Supplier<T> work) {
        return as("tina", Set.of(Roles.TOWNSHIP), work);
    }

    private PersonQuery mine() {
        PersonQuery q = new PersonQuery();
        q.namePrefix = prefix;
        return q;
    }

    @Test
    public void scopeFollowsRolesAndAssignedDivisions() {
        assertEquals(Scope.all(), registry.access.scopeOf(null));
        assertEquals(Scope.all(), registry.access.scopeOf(Caller.of("root", Set.of(Roles.ADMIN), "t")));
        assertEquals(Scope.of(Set.of(TOWNSHIP_A), Set.of()), registry.access.scopeOf(Caller.of("tina", Set.of(Roles.TOWNSHIP), "t")));
        assertTrue("township staff without divisions see nothing",
                registry.access.scopeOf(Caller.of("nobody-assigned", Set.of(Roles.TOWNSHIP), "t")).isNothing());
        assertEquals("other staff are county-wide until divisions are assigned", Scope.all(),
                registry.access.scopeOf(Caller.of("carl", Set.of(Roles.COUNTY), "t")));
        registry.access.setDivisions("carl", List.of(VILLAGE_B1));
        assertEquals(Scope.of(Set.of(), Set.of(VILLAGE_B1)), registry.access.scopeOf(Caller.of("carl", Set.of(Roles.COUNTY), "t")));
    }

    @Test
    public void aTownshipUserListsCountsAndReadsOnlyTheirTownship() {
        var page = asTina(() -> registry.persons.list(mine(), PageRequest.first(50)));
        assertEquals(2, page.total);
        assertEquals(Set.of(inA.id, inA2.id), page.items.stream().map(p -> p.id).collect(Collectors.toSet()));
        assertEquals(3, registry.persons.list(mine(), PageRequest.first(50)).total);

        assertEquals(inA.name, asTina(() -> registry.persons.get(inA.id)).name);
        assertThrows(NotFoundException.class, () -> asTina(() -> registry.persons.get(inB.id)));
        assertTrue(asTina(() -> registry.persons.findByIdNumber(inB.idNumber)).isEmpty());
        assertThrows(NotFoundException.class, () -> asTina(() -> registry.timeline.timeline(inB.id)));
        assertThrows(NotFoundException.class, () -> asTina(() -> registry.households.get(householdB.id)));
        HouseholdQuery hq = new HouseholdQuery();
        hq.namePrefix = prefix;
        assertEquals(0, asTina(() -> registry.households.list(hq, PageRequest.first(10))).total);

        var villageOnly = as("vera", Set.of(Roles.TOWNSHIP), () -> registry.persons.list(mine(), PageRequest.first(50)));
        assertEquals(List.of(inA2.id), villageOnly.items.stream().map(p -> p.id).collect(Collectors.toList()));
        assertEquals(0, as("new", Set.of(Roles.TOWNSHIP), () -> registry.persons.list(mine(), PageRequest.first(5))).total);
    }

    @Test
    public void statisticsCountOnlyWhatTheCallerSees() {
        List<TownshipStatsDTO> rows = asTina(() -> registry.stats.byTownship());
        assertEquals(List.of(TOWNSHIP_A), rows.stream().map(r -> r.townshipCode).collect(Collectors.toList()));
        TownshipStatsDTO county = asTina(() -> registry.stats.county());
        TownshipStatsDTO all = registry.stats.county();
        assertEquals(rows.get(0).women, county.women);
        assertEquals(all.women - 1, county.women); // the one woman of township B is not counted
        TownshipStatsDTO vera = as("vera", Set.of(Roles.TOWNSHIP), () -> registry.stats.county());
        assertEquals(1, vera.women);
    }

    @Test
    public void writingIntoAnotherDivisionIsRefusedNamingTheField() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> asTina(() -> registry.persons.create(woman(prefix + "丁", VILLAGE_B1))));
        assertEquals("villageCode", only(e).field);
        e = assertThrows(ValidationException.class, () -> asTina(() -> registry.households.create(
                HouseholdServiceTest.household(prefix + "戊户", VILLAGE_B1))));
        assertEquals("villageCode", only(e).field);
        assertThrows("ending someone out of scope", NotFoundException.class,
                () -> asTina(() -> registry.persons.end(inB.id, inB.version, null)));

        PersonDTO kid = registry.persons.create(child(prefix + "小", 8, VILLAGE_A1));
        PersonDTO grandpaB = registry.persons.create(elder(prefix + "爷", VILLAGE_B1));
        e = assertThrows(ValidationException.class, () -> asTina(() -> registry.guardianships.create(
                guardianship(kid.id, grandpaB.id, GuardianCapacity.GOOD))));
        assertEquals("guardianId", only(e).field);
        assertTrue(e.getMessage(), e.getMessage(Locale.ENGLISH).contains("does not exist"));

        ServiceRecordDTO r = new ServiceRecordDTO();
        r.kind = ServiceKind.VISIT;
        r.date = LocalDate.now();
        r.personIds = List.of(inA.id, inB.id);
        e = assertThrows(ValidationException.class, () -> asTina(() -> registry.records.create(r)));
        assertEquals("personIds[1]", only(e).field);
        ServiceRecordDTO ok = new ServiceRecordDTO();
        ok.kind = ServiceKind.VISIT;
        ok.date = LocalDate.now();
        ok.personIds = List.of(inB.id);
        ServiceRecordDTO stored = registry.records.create(ok);
        assertThrows(NotFoundException.class, () -> asTina(() -> registry.records.get(stored.id)));

        GuardianshipQuery gq = new GuardianshipQuery();
        gq.guardianId = grandpaB.id;
        registry.guardianships.create(guardianship(kid.id, grandpaB.id, GuardianCapacity.GOOD));
        assertEquals("the guardianship follows the child, who is in A", 1,
                asTina(() -> registry.guardianships.list(gq, PageRequest.first(5))).total);
    }

    @Test
    public void idNumbersAndPhonesAreMaskedUnlessAFullViewRoleAsksWithAReason() {
        Caller carl = Caller.of("carl", Set.of(Roles.COUNTY), "test");
        PersonDTO masked = CallerContext.callAs(carl, () -> registry.persons.get(inA.id));
        assertEquals(inA.idNumber.substring(0, 6) + "********" + inA.idNumber.substring(14), masked.idNumber);
        assertEquals("139****5678", masked.phone);
        PersonDTO full = CallerContext.callAs(carl.unmasking("家访"), () -> registry.persons.get(inA.id));
        assertEquals(inA.idNumber, full.idNumber);
        assertEquals("13912345678", full.phone);
        PersonDTO health = CallerContext.callAs(Caller.of("hana", Set.of(Roles.HEALTH), "t").unmasking("why"),
                () -> registry.persons.get(inA.id));
        assertTrue("health is no full-view role", health.idNumber.contains("*"));
        assertEquals("no caller: trusted code sees everything", inA.idNumber, registry.persons.get(inA.id).idNumber);

        registry.visibility.setFullViewRoles(Set.of(Roles.ADMIN));
        assertTrue(CallerContext.callAs(carl.unmasking("家访"), () -> registry.persons.get(inA.id)).idNumber.contains("*"));
    }

    @Test
    public void sendingBackMaskedValuesKeepsTheStoredOnes() {
        Caller carl = Caller.of("carl", Set.of(Roles.COUNTY), "test");
        PersonDTO shown = CallerContext.callAs(carl, () -> registry.persons.get(inA.id));
        shown.notes = "核对过";
        PersonDTO updated = CallerContext.callAs(carl, () -> registry.persons.update(inA.id, shown.version, shown));
        assertEquals("核对过", updated.notes);
        PersonDTO stored = registry.persons.get(inA.id);
        assertEquals(inA.idNumber, stored.idNumber);
        assertEquals("13912345678", stored.phone);

        HouseholdDTO h = HouseholdServiceTest.household(prefix + "己户", VILLAGE_A1);
        h.contactPhone = "13800001111";
        h.migrantMembers.add(HouseholdServiceTest.migrant("老公", MigrantRelation.HUSBAND, "13700002222"));
        HouseholdDTO created = registry.households.create(h);
        HouseholdDTO seen = CallerContext.callAs(carl, () -> registry.households.get(created.id));
        assertEquals("138****1111", seen.contactPhone);
        assertEquals("137****2222", seen.migrantMembers.get(0).phone);
        CallerContext.callAs(carl, () -> registry.households.update(created.id, seen.version, seen));
        HouseholdDTO after = registry.households.get(created.id);
        assertEquals("13800001111", after.contactPhone);
        assertEquals("13700002222", after.migrantMembers.get(0).phone);
    }

    @Test
    public void administratorsAssignOnlyRealDivisionsAndKnownRoles() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> registry.access.setDivisions("tina", List.of(TOWNSHIP_B, "430621999", "12")));
        assertEquals(List.of("divisions[1]", "divisions[2]"), Registry.fields(e));
        assertEquals(List.of(TOWNSHIP_A), registry.access.user("tina").divisions); // unchanged
        assertThrows(NotFoundException.class, () -> registry.access.setDivisions("ghost", List.of(TOWNSHIP_A)));

        e = assertThrows(ValidationException.class, () -> registry.access.setRoles("tina", List.of("county", "boss")));
        assertEquals("roles[1]", only(e).field);
        registry.roles.own.get("tina").add("ssh");
        registry.access.setRoles("tina", List.of(Roles.COUNTY, Roles.HEALTH));
        assertEquals(List.of("county", "health", "ssh"), registry.access.user("tina").roles);
        assertEquals("assigned", registry.access.user("tina").scope);

        registry.access.setDivisions("tina", List.of());
        assertTrue(registry.access.user("tina").divisions.isEmpty());
        assertFalse(registry.access.users().isEmpty());
    }
}
