package org.guanai.health.internal.service;

import java.util.Set;
import java.util.function.Supplier;

import org.guanai.health.internal.spi.HealthModule;
import org.guanai.registry.api.Roles;
import org.guanai.registry.api.security.Caller;
import org.guanai.registry.api.security.CallerContext;
import org.guanai.registry.api.security.Scope;
import org.guanai.testing.fakes.FakeVisibility;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;

import org.guanai.health.api.CampaignDTO;
import org.guanai.health.api.CampaignKind;
import org.guanai.health.api.CampaignService;
import org.guanai.health.api.CheckRecordDTO;
import org.guanai.health.api.CheckResult;
import org.guanai.health.api.CheckService;
import org.guanai.health.api.ScreeningReports;
import org.guanai.health.api.TalkService;
import org.guanai.health.internal.schema.HealthSchema;
import org.guanai.health.internal.testing.FakeRegistry;
import org.guanai.registry.api.FieldError;
import org.guanai.registry.api.Message;
import org.guanai.registry.api.ValidationException;
import org.guanai.testing.LiquibaseTestMigrator;
import org.guanai.testing.TestDatabase;

/**
 * The health module's services over one fresh test database, the registry faked in memory, and
 * "today" pinned to {@link #TODAY}. Public, with the services as their API types, for the SPI tests.
 */
public final class Health implements AutoCloseable {

    public static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    public static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay(ZoneId.systemDefault()).toInstant(),
            ZoneId.systemDefault());

    public final TestDatabase db;
    public final FakeRegistry registry = new FakeRegistry();
    /** Who sees what: health staff and admin read results; scopes as a test sets them. */
    public final FakeVisibility visibility = new FakeVisibility().readers(HealthModule.RESULTS, Roles.HEALTH);
    public final CampaignService campaigns;
    public final CheckService checks;
    public final TalkService talks;
    public final ScreeningReports reports;

    private Health() {
        db = TestDatabase.create("guanai-health", ds -> new HealthSchema(new LiquibaseTestMigrator(ds)));
        FakeRegistry.scope = visibility::scope;
        RegistryLookups lookups = new RegistryLookups(registry.persons, registry.persons, registry.divisions,
                registry.sites);
        CampaignServiceImpl c = new CampaignServiceImpl(db.jpa, lookups);
        c.setClock(CLOCK);
        CheckServiceImpl k = new CheckServiceImpl(db.jpa, lookups, visibility);
        k.setClock(CLOCK);
        TalkServiceImpl t = new TalkServiceImpl(db.jpa, lookups, visibility);
        t.setClock(CLOCK);
        ScreeningReportsImpl r = new ScreeningReportsImpl(db.jpa, lookups, visibility);
        r.setClock(CLOCK);
        campaigns = c;
        checks = k;
        talks = t;
        reports = r;
    }

    public static Health open() {
        return new Health();
    }

    @Override
    public void close() {
        CallerContext.clear();
        FakeRegistry.scope = Scope::all;
        db.close();
    }

    /** Runs {@code work} as user {@code user} holding {@code roles}, as a REST request or console command would. */
    public static <T> T as(String user, Supplier<T> work, String... roles) {
        return CallerContext.callAs(Caller.of(user, Set.of(roles), "test"), work);
    }

    /** Runs {@code work} as county staff, who see the whole county but not health results. */
    public static <T> T asCountyStaff(Supplier<T> work) {
        return as("carla", work, Roles.COUNTY);
    }

    public static CampaignDTO campaign(CampaignKind kind, int year, String provider) {
        CampaignDTO c = new CampaignDTO();
        c.kind = kind;
        c.year = year;
        c.providerName = provider;
        return c;
    }

    public static CheckRecordDTO check(long personId, LocalDate on, CheckResult result) {
        CheckRecordDTO c = new CheckRecordDTO();
        c.personId = personId;
        c.checkedOn = on;
        c.providerName = "县妇幼保健院";
        c.result = result;
        if (result == CheckResult.REFERRED) {
            c.referralTarget = "市中心医院妇科";
        }
        return c;
    }

    /** Records a check and returns it. */
    public CheckRecordDTO record(long personId, LocalDate on, CheckResult result) {
        return checks.record(check(personId, on, result));
    }

    /** Rows in a table of this unit, straight from the database. */
    public long count(String entity) {
        return db.jpa.txExpr(em -> em.createQuery("SELECT COUNT(e) FROM " + entity + " e", Long.class)
                .getSingleResult());
    }

    public static List<String> fields(ValidationException e) {
        return e.errors().stream().map(f -> f.field).collect(Collectors.toList());
    }

    /** The reason for {@code field}, in English (the tests were written in it; {@code HealthTextTest} reads the Chinese). */
    public static String message(ValidationException e, String field) {
        return e.errors().stream().filter(f -> f.field.equals(field)).map(f -> f.text().render(Message.ENGLISH))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no error on " + field + " in " + e.errors()));
    }

    /** The one error, its reason in English (see {@link #message}). */
    public static FieldError only(ValidationException e) {
        if (e.errors().size() != 1) {
            throw new AssertionError("expected one error, got " + e.errors());
        }
        return e.errors().get(0).in(Message.ENGLISH);
    }
}
