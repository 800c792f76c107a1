package org.guanai.registry.internal.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.guanai.registry.api.CareCategory;
import org.guanai.registry.api.EndReason;
import org.guanai.registry.api.EndRequest;
import org.guanai.registry.api.Gender;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.PersonDTO;
import org.guanai.registry.api.PersonQuery;
import org.guanai.registry.api.PersonSummaryDTO;
import org.guanai.registry.api.Roles;
import org.guanai.registry.api.Status;
import org.guanai.registry.api.security.Caller;
import org.guanai.registry.api.security.CallerContext;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * {@link PersonDirectoryImpl#summaries}, the one query behind the modules' county-wide reports (issue #15), lists
 * exactly what reading every page of {@link PersonServiceImpl#list} gave them: the same persons in the same order,
 * scoped and masked the same way, on generated data over several townships, categories and statuses.
 */
public class PersonSummariesTest {
    private static Registry registry;
    private static PersonDirectoryImpl directory;
    private static String prefix;

    @BeforeClass
    public static void generate() {
        registry = Registry.open();
        registry.roles.user("tina", Roles.TOWNSHIP).user("vera", Roles.TOWNSHIP).user("carl", Roles.COUNTY)
                .user("hana", Roles.HEALTH);
        registry.access.setDivisions("tina", List.of(Registry.TOWNSHIP_A));
        registry.access.setDivisions("vera", List.of(Registry.VILLAGE_A2));
        registry.access.setDivisions("hana", List.of(Registry.TOWNSHIP_B));
        directory = new PersonDirectoryImpl(registry.db.jpa, registry.visibility, null);
        prefix = Registry.uniquePrefix();
        Random random = new Random(15);
        String[] villages = {Registry.VILLAGE_A1, Registry.VILLAGE_A2, Registry.VILLAGE_B1};
        CareCategory[] categories = CareCategory.values();
        for (int i = 0; i < 60; i++) {
            CareCategory category = categories[random.nextInt(categories.length)];
            int age = category == CareCategory.LEFT_BEHIND_CHILD ? 5 + random.nextInt(10)
                    : category == CareCategory.LEFT_BEHIND_ELDERLY ? 66 + random.nextInt(20) : 25 + random.nextInt(20);
            Gender gender = category == CareCategory.LEFT_BEHIND_WOMAN || random.nextBoolean() ? Gender.FEMALE : Gender.MALE;
            PersonDTO p = Registry.person(prefix + (char) ('甲' + random.nextInt(40)) + i, age, gender,
                    villages[random.nextInt(villages.length)], category);
            p.phone = random.nextInt(4) == 0 ? null : "139" + String.format("%08d", i);
            PersonDTO created = registry.persons.create(p);
            if (random.nextInt(6) == 0) {
                EndRequest end = new EndRequest();
                end.reason = EndReason.MOVED_AWAY;
                registry.persons.end(created.id, created.version, end);
            }
        }
    }

    @AfterClass
    public static void close() {
        registry.close();
    }

    /** The old way: every page of the person list, 9 at a time to cross many page boundaries. */
    private static List<String> byPages(PersonQuery q) {
        List<String> rows = new ArrayList<>();
        int offset = 0;
        while (true) {
            Page<PersonDTO> page = registry.persons.list(q, PageRequest.of(offset, 9));
            page.items.forEach(p -> rows.add(p.id + " " + p.name + " " + p.townshipCode + " " + p.villageCode + " " + p.phone));
            offset += 9;
            if (page.items.isEmpty() || offset >= page.total) {
                return rows;
            }
        }
    }

    private static List<String> inShort(PersonQuery q) {
        List<String> rows = new ArrayList<>();
        for (PersonSummaryDTO p : directory.summaries(q)) {
            rows.add(p.id + " " + p.name + " " + p.townshipCode + " " + p.villageCode + " " + p.phone);
        }
        return rows;
    }

    private static PersonQuery query(String township, String village, CareCategory category, Status status) {
        PersonQuery q = new PersonQuery();
        q.townshipCode = township;
        q.villageCode = village;
        q.category = category;
        q.status = status;
        q.namePrefix = prefix;
        return q;
    }

    @Test
    public void theSameRowsAsEveryPageOfTheListForEveryCallerAndQuery() {
        List<PersonQuery> queries = new ArrayList<>();
        for (CareCategory category : new CareCategory[] {null, CareCategory.LEFT_BEHIND_WOMAN}) {
            for (Status status : new Status[] {null, Status.ACTIVE}) {
                queries.add(query(null, null, category, status));
                queries.add(query(Registry.TOWNSHIP_A, null, category, status));
                queries.add(query(Registry.TOWNSHIP_B, null, category, status));
                queries.add(query(null, Registry.VILLAGE_A2, category, status));
            }
        }
        Caller[] callers = {null, caller("tina", Roles.TOWNSHIP), caller("vera", Roles.TOWNSHIP),
                caller("carl", Roles.COUNTY), caller("hana", Roles.HEALTH)};
        int nonEmpty = 0;
        for (Caller caller : callers) {
            for (PersonQuery q : queries) {
                List<String> expected = caller == null ? byPages(q) : CallerContext.callAs(caller, () -> byPages(q));
                List<String> actual = caller == null ? inShort(q) : CallerContext.callAs(caller, () -> inShort(q));
                assertEquals((caller == null ? "internal" : caller.user()) + " " + describe(q), expected, actual);
                nonEmpty += expected.isEmpty() ? 0 : 1;
            }
        }
        assertFalse("the generated county gave every query nothing", nonEmpty < queries.size());
        // a caller who does not see phones in full gets them masked, as in the list
        List<String> masked = CallerContext.callAs(caller("hana", Roles.HEALTH), () -> inShort(query(null, null, null, null)));
        assertFalse(masked.isEmpty());
        assertFalse(String.join("\n", masked).matches("(?s).*139\\d{8}.*"));
    }

    private static Caller caller(String user, String role) {
        return Caller.of(user, Set.of(role), "test");
    }

    private static String describe(PersonQuery q) {
        return q.townshipCode + "/" + q.villageCode + "/" + q.category + "/" + q.status;
    }
}
