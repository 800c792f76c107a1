package org.guanai.registry.internal.service;

import static org.guanai.registry.internal.service.Registry.TOWNSHIP_A;
import static org.guanai.registry.internal.service.Registry.TOWNSHIP_B;
import static org.guanai.registry.internal.service.Registry.VILLAGE_A1;
import static org.guanai.registry.internal.service.Registry.VILLAGE_A2;
import static org.guanai.registry.internal.service.Registry.VILLAGE_B1;
import static org.guanai.registry.internal.service.Registry.child;
import static org.guanai.registry.internal.service.Registry.elder;
import static org.guanai.registry.internal.service.Registry.fields;
import static org.guanai.registry.internal.service.Registry.message;
import static org.guanai.registry.internal.service.Registry.woman;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.Locale;
import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import org.apache.aries.jpa.template.TransactionType;
import org.guanai.registry.api.CareCategory;
import org.guanai.registry.api.ConflictException;
import org.guanai.registry.api.DivisionService;
import org.guanai.registry.api.EndReason;
import org.guanai.registry.api.EndRequest;
import org.guanai.registry.api.Gender;
import org.guanai.registry.api.HouseholdDTO;
import org.guanai.registry.api.MigrantMemberDTO;
import org.guanai.registry.api.MigrantRelation;
import org.guanai.registry.api.NotFoundException;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.PersonDTO;
import org.guanai.registry.api.PersonQuery;
import org.guanai.registry.api.SchoolStage;
import org.guanai.registry.api.StaleVersionException;
import org.guanai.registry.api.Status;
import org.guanai.registry.api.ValidationException;
import org.guanai.registry.internal.jpa.PersonEntity;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

public class PersonServiceTest {

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
    public void createDerivesFromTheIdNumberAndVillageAndReadsBack() {
        PersonDTO in = woman("  李秀英 ", VILLAGE_A1);
        in.phone = "138 1234 5678";

        PersonDTO created = registry.persons.create(in);

        assertTrue(created.id != null && created.id > 0);
        assertEquals(1, created.version);
        assertEquals("李秀英", created.name);
        assertEquals(Gender.FEMALE, created.gender);
        assertEquals(Registry.bornYearsAgo(35), created.birthDate);
        assertEquals("13812345678", created.phone);
        assertEquals(TOWNSHIP_A, created.townshipCode);
        assertEquals(Status.ACTIVE, created.status);
        assertEquals(EnumSet.of(CareCategory.LEFT_BEHIND_WOMAN), created.categories);

        PersonDTO read = registry.persons.get(created.id);
        assertEquals(created.idNumber, read.idNumber);
        assertEquals(created.version, read.version);
        assertEquals(created.id, registry.persons.findByIdNumber(created.idNumber.toLowerCase()).get().id);
        assertFalse(registry.persons.findByIdNumber(Registry.idNumber(LocalDate.of(1990, 1, 1), Gender.MALE))
                .isPresent());
    }

    @Test
    public void anUnknownIdIsNotFound() {
        try {
            registry.persons.get(987654);
            fail();
        } catch (NotFoundException e) {
            assertEquals("person", e.recordType());
            assertEquals("987654", e.key());
        }
    }

    @Test
    public void validationListsEveryBadFieldAndWritesNothing() {
        long before = registry.count("Person");
        PersonDTO in = new PersonDTO();
        in.name = " ";
        in.idNumber = "43062119800101123";
        in.phone = "12345";
        in.villageCode = "430621999201";
        in.notes = "x".repeat(2001);
        try {
            registry.persons.create(in);
            fail();
        } catch (ValidationException e) {
            assertEquals(List.of("name", "idNumber", "phone", "villageCode", "notes", "categories"), fields(e));
            assertEquals("430621999201 is not a village of this county", message(e, "villageCode"));
        }
        assertEquals(before, registry.count("Person"));
    }

    @Test
    public void birthDateAndGenderMustMatchTheIdNumber() {
        PersonDTO in = woman("王芳", VILLAGE_A1);
        in.birthDate = LocalDate.of(1980, 1, 2);
        in.gender = Gender.MALE;
        try {
            registry.persons.create(in);
            fail();
        } catch (ValidationException e) {
            assertEquals("does not match the ID number (" + Registry.bornYearsAgo(35) + ")", message(e, "birthDate"));
            assertTrue(message(e, "gender").startsWith("does not match the ID number"));
            assertTrue(fields(e).contains("categories")); // a male left-behind woman
        }
    }

    @Test
    public void theVillageComesFromTheHouseholdAndMustMatchIt() {
        long household = household(VILLAGE_B1, MigrantRelation.HUSBAND).id;
        PersonDTO in = woman("赵敏", null);
        in.householdId = household;
        PersonDTO created = registry.persons.create(in);
        assertEquals(VILLAGE_B1, created.villageCode);
        assertEquals(TOWNSHIP_B, created.townshipCode);

        PersonDTO elsewhere = woman("钱红", VILLAGE_A1);
        elsewhere.householdId = household;
        ValidationException e = expectValidation(() -> registry.persons.create(elsewhere));
        assertEquals(List.of("villageCode"), fields(e));

        PersonDTO missing = woman("孙丽", null);
        missing.householdId = 99999L;
        e = expectValidation(() -> registry.persons.create(missing));
        assertEquals(List.of("householdId"), fields(e));
        assertEquals("household 99999 does not exist", message(e, "householdId"));
    }

    @Test
    public void aDuplicateIdNumberIsAConflictNamingTheHolderWithTheNumberMasked() {
        PersonDTO first = registry.persons.create(woman("周梅", VILLAGE_A1));
        PersonDTO again = woman("周梅", VILLAGE_A2);
        again.idNumber = first.idNumber;
        try {
            registry.persons.create(again);
            fail();
        } catch (ConflictException e) {
            assertEquals("idNumber", e.field());
            String masked = first.idNumber.substring(0, 6) + "********" + first.idNumber.substring(14);
            assertEquals(masked + " is already registered (person " + first.id + ")", e.getMessage(Locale.ENGLISH));
        }
        PersonDTO other = registry.persons.create(woman("吴兰", VILLAGE_A1));
        other.idNumber = first.idNumber;
        try {
            registry.persons.update(other.id, other.version, other);
            fail();
        } catch (ConflictException e) {
            assertEquals("idNumber", e.field());
        }
    }

    @Test
    public void updateReplacesFieldsButNotStatusAndChecksTheVersion() {
        PersonDTO created = registry.persons.create(child("郑小军", 9, VILLAGE_A1));
        PersonDTO change = registry.persons.get(created.id);
        change.name = "郑晓军";
        change.schoolStage = SchoolStage.PRIMARY;
        change.villageCode = VILLAGE_B1;
        change.status = Status.ENDED;
        change.endedOn = LocalDate.now();

        PersonDTO updated = registry.persons.update(created.id, created.version, change);

        assertEquals("郑晓军", updated.name);
        assertEquals(SchoolStage.PRIMARY, updated.schoolStage);
        assertEquals(TOWNSHIP_B, updated.townshipCode);
        assertEquals(Status.ACTIVE, updated.status);
        assertNull(updated.endedOn);
        assertEquals(created.version + 1, updated.version);

        try {
            registry.persons.update(created.id, created.version, change);
            fail();
        } catch (StaleVersionException e) {
            assertEquals(updated.version, e.currentVersion());
        }
        expectNotFound(() -> registry.persons.update(999999, 1, change));
    }

    @Test
    public void aWriteThatSlipsInBetweenTheVersionCheckAndTheFlushIsStaleToo() {
        PersonDTO created = registry.persons.create(woman("许静", VILLAGE_A1));
        AtomicBoolean raced = new AtomicBoolean();
        // The village check runs after the version check: another writer commits right then.
        DivisionService racing = (DivisionService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {DivisionService.class}, (proxy, method, args) -> {
                    if (!raced.getAndSet(true)) {
                        registry.db.jpa.tx(TransactionType.RequiresNew,
                                em -> em.find(PersonEntity.class, created.id).setNotes("changed meanwhile"));
                    }
                    return method.invoke(registry.divisions, args);
                });
        PersonServiceImpl persons = new PersonServiceImpl(registry.db.jpa, racing, null, null, null);
        try {
            persons.update(created.id, created.version, created);
            fail();
        } catch (StaleVersionException e) {
            assertEquals(created.version + 1, e.currentVersion());
        }
        assertEquals("changed meanwhile", registry.persons.get(created.id).notes);
    }

    @Test
    public void endingKeepsThePersonListedAsEnded() {
        String prefix = Registry.uniquePrefix();
        PersonDTO created = registry.persons.create(child(prefix + "冯", 16, VILLAGE_A1));

        ValidationException e = expectValidation(() -> registry.persons.end(created.id, created.version,
                new EndRequest(LocalDate.now().plusDays(1), null, null)));
        assertEquals(List.of("date", "reason"), fields(e));

        LocalDate day = LocalDate.now().minusDays(3);
        PersonDTO ended = registry.persons.end(created.id, created.version,
                new EndRequest(day, EndReason.TURNED_16, " turned 16 "));
        assertEquals(Status.ENDED, ended.status);
        assertEquals(day, ended.endedOn);
        assertEquals(EndReason.TURNED_16, ended.endReason);
        assertEquals("turned 16", ended.endNote);

        try {
            registry.persons.end(created.id, ended.version, new EndRequest(null, EndReason.OTHER, null));
            fail();
        } catch (ConflictException c) {
            assertEquals("status", c.field());
            assertEquals("person " + created.id + " already ended on " + day, c.getMessage(Locale.ENGLISH));
        }
        expectStale(() -> registry.persons.end(created.id, created.version, new EndRequest(null, EndReason.OTHER,
                null)));

        PersonQuery ended1 = query(prefix);
        ended1.status = Status.ENDED;
        assertEquals(List.of(created.id), ids(registry.persons.list(ended1, PageRequest.first(10))));
        PersonQuery active = query(prefix);
        active.status = Status.ACTIVE;
        assertEquals(0, registry.persons.list(active, PageRequest.first(10)).total);
        assertEquals(1, registry.persons.list(query(prefix), PageRequest.first(10)).total);
    }

    @Test
    public void anEndDateBeforeBirthIsRefused() {
        PersonDTO created = registry.persons.create(child("陈", 5, VILLAGE_A1));
        ValidationException e = expectValidation(() -> registry.persons.end(created.id, created.version,
                new EndRequest(created.birthDate.minusDays(1), EndReason.MOVED_AWAY, null)));
        assertEquals(List.of("date"), fields(e));
    }

    @Test
    public void listsFilterCountAndPage() {
        String prefix = Registry.uniquePrefix();
        PersonDTO w1 = registry.persons.create(woman(prefix + "甲", VILLAGE_A1));
        PersonDTO c1 = child(prefix + "乙", 10, VILLAGE_A2);
        c1.schoolStage = SchoolStage.PRIMARY;
        c1 = registry.persons.create(c1);
        PersonDTO c2 = child(prefix + "丙", 14, VILLAGE_B1);
        c2.schoolStage = SchoolStage.MIDDLE_SCHOOL;
        c2 = registry.persons.create(c2);
        PersonDTO e1 = registry.persons.create(elder(prefix + "丁", VILLAGE_B1));

        assertEquals(List.of(w1.id, c1.id, c2.id, e1.id), ids(registry.persons.list(query(prefix), null)));

        PersonQuery q = query(prefix);
        q.townshipCode = TOWNSHIP_A;
        assertEquals(List.of(w1.id, c1.id), ids(registry.persons.list(q, PageRequest.first(10))));
        q = query(prefix);
        q.villageCode = VILLAGE_B1;
        assertEquals(List.of(c2.id, e1.id), ids(registry.persons.list(q, PageRequest.first(10))));
        q = query(prefix);
        q.category = CareCategory.LEFT_BEHIND_CHILD;
        assertEquals(List.of(c1.id, c2.id), ids(registry.persons.list(q, PageRequest.first(10))));
        q.schoolStage = SchoolStage.MIDDLE_SCHOOL;
        assertEquals(List.of(c2.id), ids(registry.persons.list(q, PageRequest.first(10))));
        q = query(prefix);
        q.gender = Gender.FEMALE;
        assertEquals(List.of(w1.id, e1.id), ids(registry.persons.list(q, PageRequest.first(10))));

        Page<PersonDTO> second = registry.persons.list(query(prefix), PageRequest.of(1, 2));
        assertEquals(4, second.total);
        assertEquals(1, second.offset);
        assertEquals(2, second.limit);
        assertEquals(List.of(c1.id, c2.id), ids(second));
        Page<PersonDTO> beyond = registry.persons.list(query(prefix), PageRequest.of(10, 2));
        assertEquals(4, beyond.total);
        assertTrue(beyond.items.isEmpty());
        // the last page (fewer items than asked) gives its total without a count, and the same total
        Page<PersonDTO> last = registry.persons.list(query(prefix), PageRequest.of(3, 2));
        assertEquals(4, last.total);
        assertEquals(List.of(e1.id), ids(last));
        assertEquals(4, registry.persons.list(query(prefix), PageRequest.first(10)).total);
        assertEquals(4, registry.persons.list(query(prefix), PageRequest.of(2, 2)).total);
        assertEquals(0, registry.persons.list(query(prefix + "无此人"), PageRequest.first(10)).total);
    }

    @Test
    public void aNamePrefixMatchesLikeCharactersLiterally() {
        String prefix = Registry.uniquePrefix();
        PersonDTO percent = registry.persons.create(woman(prefix + "%_!a", VILLAGE_A1));
        registry.persons.create(woman(prefix + "xyz", VILLAGE_A1));
        assertEquals(List.of(percent.id), ids(registry.persons.list(query(prefix + "%_!"), null)));
        assertEquals(0, registry.persons.list(query(prefix + "_"), null).total);
    }

    @Test
    public void aSixteenYearOldChildCarriesWarningsOnEveryRead() {
        String prefix = Registry.uniquePrefix();
        PersonDTO in = child(prefix + "褚", 16, VILLAGE_A1);
        in.householdId = household(VILLAGE_A1, MigrantRelation.FATHER).id;

        PersonDTO created = registry.persons.create(in);
        List<String> expected = List.of("留守儿童一般未满16岁，此人 16 岁");
        assertEquals(expected, created.warnings);
        assertEquals(expected, registry.persons.get(created.id).warnings);
        assertEquals(expected, registry.persons.list(query(prefix), null).items.get(0).warnings);
        assertEquals(expected, registry.persons.update(created.id, created.version, created).warnings);

        PersonDTO orphaned = registry.persons.create(child(prefix + "卫", 8, VILLAGE_A1));
        assertEquals(List.of("未登记此儿童的父母外出务工"), orphaned.warnings);
    }

    @Test
    public void aHusbandAwayIsTheChildrensParentButASonAwayIsNot() {
        String prefix = Registry.uniquePrefix();
        PersonDTO withFatherAway = child(prefix + "沈", 8, VILLAGE_A1);
        withFatherAway.householdId = household(VILLAGE_A1, MigrantRelation.HUSBAND).id;
        assertEquals(List.of(), registry.persons.create(withFatherAway).warnings);

        PersonDTO withUncleAway = child(prefix + "韩", 8, VILLAGE_A1);
        withUncleAway.householdId = household(VILLAGE_A1, MigrantRelation.SON).id;
        assertEquals(List.of("未登记此儿童的父母外出务工"),
                registry.persons.create(withUncleAway).warnings);
    }

    @Test
    public void aChildOfEighteenIsRefused() {
        ValidationException e = expectValidation(() -> registry.persons.create(child("蒋", 18, VILLAGE_A1)));
        assertEquals(List.of("categories"), fields(e));
    }

    static HouseholdDTO household(String village, MigrantRelation relation) {
        HouseholdDTO h = new HouseholdDTO();
        h.villageCode = village;
        h.headName = "户主";
        MigrantMemberDTO m = new MigrantMemberDTO();
        m.name = "外出者";
        m.relation = relation;
        h.migrantMembers.add(m);
        return registry.households.create(h);
    }

    private static PersonQuery query(String prefix) {
        PersonQuery q = new PersonQuery();
        q.namePrefix = prefix;
        return q;
    }

    static List<Long> ids(Page<PersonDTO> page) {
        return page.items.stream().map(p -> p.id).collect(Collectors.toList());
    }

    static ValidationException expectValidation(Runnable r) {
        try {
            r.run();
        } catch (ValidationException e) {
            return e;
        }
        throw new AssertionError("expected a ValidationException");
    }

    static void expectNotFound(Runnable r) {
        try {
            r.run();
            fail("expected NotFoundException");
        } catch (NotFoundException expected) {
            // as expected
        }
    }

    static void expectStale(Runnable r) {
        try {
            r.run();
            fail("expected StaleVersionException");
        } catch (StaleVersionException expected) {
            // as expected
        }
    }
}
