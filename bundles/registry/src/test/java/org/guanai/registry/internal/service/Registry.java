package org.guanai.registry.internal.service;

import java.util.Locale;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.guanai.registry.api.CareCategory;
import org.guanai.registry.api.FieldError;
import org.guanai.registry.api.Gender;
import org.guanai.registry.api.PersonDTO;
import org.guanai.registry.api.Roles;
import org.guanai.registry.api.ValidationException;
import org.guanai.registry.internal.schema.LiquibaseSchemaMigrator;
import org.guanai.registry.internal.schema.RegistrySchema;
import org.guanai.registry.internal.security.InstalledModules;
import org.guanai.registry.internal.security.UserAccessServiceImpl;
import org.guanai.registry.internal.security.VisibilityImpl;
import org.guanai.registry.internal.validation.ResidentIdNumber;
import org.guanai.testing.TestDatabase;

/** All registry services over one fresh test database, a small county, and builders for unique test data. */
final class Registry implements AutoCloseable {

    /** A fresh database migrated with the registry's changelog, the way the container does, and its unit open. */
    static TestDatabase database() {
        return TestDatabase.create("guanai-registry", ds -> RegistrySchema.migrate(LiquibaseSchemaMigrator.on(ds)));
    }

    static final String COUNTY = "430621";
    static final String TOWNSHIP_A = "430621100";
    static final String TOWNSHIP_B = "430621101";
    /** A township without any records. */
    static final String TOWNSHIP_C = "430621102";
    static final String VILLAGE_A1 = "430621100201";
    static final String VILLAGE_A2 = "430621100202";
    static final String VILLAGE_B1 = "430621101201";
    static final String DIVISIONS_CSV = String.join("\n",
            "code,name,parent_code",
            TOWNSHIP_A + ",东塘镇,",
            TOWNSHIP_B + ",西林乡," + COUNTY,
            TOWNSHIP_C + ",南湖街道",
            VILLAGE_A1 + ",青山村," + TOWNSHIP_A,
            VILLAGE_A2 + ",白水村",
            VILLAGE_B1 + ",石桥社区," + TOWNSHIP_B);

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

    final TestDatabase db;
    final DivisionServiceImpl divisions;
    final HouseholdServiceImpl households;
    final PersonServiceImpl persons;
    final GuardianshipServiceImpl guardianships;
    final ServiceSiteServiceImpl sites;
    final ServiceTeamServiceImpl teams;
    final VolunteerServiceImpl volunteers;
    final ServiceRecordServiceImpl records;
    final StatsServiceImpl stats;
    final TimelineServiceImpl timeline;
    /** Users' divisions in the database; roles in {@link #roles}, a map instead of the JAAS realm. */
    final FakeRoles roles = new FakeRoles();
    final UserAccessServiceImpl access;
    final InstalledModules modules = new InstalledModules();
    /** Who sees what, with the shipped full-view roles and minimum cell. */
    final VisibilityImpl visibility;

    private Registry(TestDatabase db) {
        this.db = db;
        divisions = new DivisionServiceImpl(db.jpa, COUNTY, "湘阴县");
        divisions.importCsv(new StringReader(DIVISIONS_CSV));
        access = new UserAccessServiceImpl(db.jpa, divisions, roles, modules);
        visibility = new VisibilityImpl(access, modules, Set.of(Roles.ADMIN, Roles.COUNTY, Roles.TOWNSHIP), 5);
        households = new HouseholdServiceImpl(db.jpa, divisions, visibility, null, null);
        persons = new PersonServiceImpl(db.jpa, divisions, visibility, null, null);
        guardianships = new GuardianshipServiceImpl(db.jpa, visibility, null, null);
        sites = new ServiceSiteServiceImpl(db.jpa, divisions, visibility, null, null);
        teams = new ServiceTeamServiceImpl(db.jpa, divisions, visibility, null, null);
        volunteers = new VolunteerServiceImpl(db.jpa, visibility, null, null);
        records = new ServiceRecordServiceImpl(db.jpa, visibility, null, null);
        stats = new StatsServiceImpl(db.jpa, divisions, visibility, null);
        timeline = new TimelineServiceImpl(db.jpa, visibility, null, null);
    }

    static Registry open() {
        return new Registry(database());
    }

    /** The services over {@code db}, a registry database (the county's divisions loaded into it again). */
    static Registry open(TestDatabase db) {
        return new Registry(db);
    }

    @Override
    public void close() {
        db.close();
    }

    /** A valid, never-used resident ID number for that birth date and gender. */
    static String idNumber(LocalDate birth, Gender gender) {
        int n = SEQUENCE.incrementAndGet();
        String region = "43" + String.format("%04d", n / 400 % 10000);
        int sequence = (n % 400) * 2 + (gender == Gender.MALE ? 1 : 0) + 100;
        String first17 = region + BASIC.format(birth) + String.format("%03d", sequence);
        return first17 + ResidentIdNumber.checkDigit(first17);
    }

    /** A unique name prefix, so that one test's lists are not disturbed by another's data. */
    static String uniquePrefix() {
        return "T" + SEQUENCE.incrementAndGet() + "-";
    }

    static LocalDate bornYearsAgo(int years) {
        return LocalDate.now().minusYears(years).minusDays(10);
    }

    static PersonDTO person(String name, int age, Gender gender, String village, CareCategory... categories) {
        PersonDTO p = new PersonDTO();
        p.name = name;
        p.idNumber = idNumber(bornYearsAgo(age), gender);
        p.villageCode = village;
        p.categories = categories.length == 0 ? EnumSet.noneOf(CareCategory.class) : EnumSet.of(categories[0],
                categories);
        return p;
    }

    static PersonDTO woman(String name, String village) {
        return person(name, 35, Gender.FEMALE, village, CareCategory.LEFT_BEHIND_WOMAN);
    }

    static PersonDTO child(String name, int age, String village) {
        return person(name, age, Gender.MALE, village, CareCategory.LEFT_BEHIND_CHILD);
    }

    static PersonDTO elder(String name, String village) {
        return person(name, 70, Gender.FEMALE, village, CareCategory.LEFT_BEHIND_ELDERLY);
    }

    /** Rows in a table, straight from the database. */
    long count(String entity) {
        return db.jpa.txExpr(em -> em.createQuery("SELECT COUNT(e) FROM " + entity + " e", Long.class)
                .getSingleResult());
    }

    static List<String> fields(ValidationException e) {
        return e.errors().stream().map(f -> f.field).collect(Collectors.toList());
    }

    static String message(ValidationException e, String field) {
        return e.errors().stream().filter(f -> f.field.equals(field)).map(f -> f.in(Locale.ENGLISH).message).findFirst()
                .orElseThrow(() -> new AssertionError("no error on " + field + " in " + e.errors()));
    }

    static FieldError only(ValidationException e) {
        if (e.errors().size() != 1) {
            throw new AssertionError("expected one error, got " + e.errors());
        }
        return e.errors().get(0);
    }
}
