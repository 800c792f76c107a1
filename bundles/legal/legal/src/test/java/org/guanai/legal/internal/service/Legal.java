package org.guanai.legal.internal.service;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.guanai.legal.api.CaseCategory;
import org.guanai.legal.api.CaseChannel;
import org.guanai.legal.api.RightsCaseDTO;
import org.guanai.legal.api.RiskLevel;
import org.guanai.legal.api.SubjectKind;
import org.guanai.legal.internal.rules.Deadlines;
import org.guanai.registry.api.CareCategory;
import org.guanai.registry.api.PersonDTO;
import org.guanai.registry.api.ValidationException;
import org.guanai.registry.api.security.Caller;
import org.guanai.registry.api.security.CallerContext;
import org.guanai.testing.LiquibaseTestMigrator;
import org.guanai.testing.TestDatabase;
import org.guanai.testing.fakes.FakeDivisions;
import org.guanai.testing.fakes.FakePersons;
import org.guanai.testing.fakes.FakeVisibility;
import org.guanai.testing.fakes.RecordedAudit;

/** The module's services over a fresh Derby in target/, with the registry faked; close it after each test. */
final class Legal implements AutoCloseable {
    static final String VILLAGE = "330726101201";
    static final String TOWNSHIP = "330726101";
    static final String OTHER_TOWNSHIP = "330726001";
    static final LocalDate TODAY = LocalDate.now();

    static final Caller LEGAL = Caller.of("legal", Set.of("legal"), "test");
    static final Caller COUNTY = Caller.of("county", Set.of("county"), "test");
    static final Caller ADMIN = Caller.of("admin", Set.of("admin"), "test");
    static final Caller STATS = Caller.of("stats", Set.of("stats"), "test");

    final TestDatabase db = TestDatabase.create("guanai-legal", ds -> new LegalSchema(new LiquibaseTestMigrator(ds)));
    final FakeVisibility visibility = new FakeVisibility().readers("legal.cases", "legal");
    final FakePersons persons = new FakePersons();
    final RecordedAudit audit = new RecordedAudit();
    final Registry registry = new Registry(persons, new FakeDivisions());
    final LegalSettings settings = LegalSettings.of(Deadlines.DEFAULT);
    final EventServiceImpl events = new EventServiceImpl(db.jpa, registry, visibility, null, audit);
    final CaseServiceImpl cases = new CaseServiceImpl(db.jpa, registry, visibility, null, audit, settings);
    final ReportsImpl reports = new ReportsImpl(db.jpa, registry, visibility, null, settings);

    Legal() {
        PersonDTO woman = FakePersons.person(1, "王秀英", null, VILLAGE);
        woman.categories.add(CareCategory.LEFT_BEHIND_WOMAN);
        persons.add(woman);
    }

    @Override
    public void close() {
        CallerContext.clear();
        db.close();
    }

    static <T> T as(Caller caller, Supplier<T> work) {
        return CallerContext.callAs(caller, work);
    }

    static RightsCaseDTO intake(LocalDate received, RiskLevel risk) {
        RightsCaseDTO c = new RightsCaseDTO();
        c.receivedOn = received;
        c.channel = CaseChannel.HOTLINE_12338;
        c.subjectKind = SubjectKind.REGISTERED;
        c.personId = 1L;
        c.category = CaseCategory.DOMESTIC_VIOLENCE;
        c.riskLevel = risk;
        c.reporter = "本人";
        c.description = "丈夫酒后殴打";
        return c;
    }

    RightsCaseDTO take(LocalDate received, RiskLevel risk) {
        return as(LEGAL, () -> cases.intake(intake(received, risk)));
    }

    static Set<String> fields(ValidationException e) {
        Set<String> fields = new LinkedHashSet<>();
        e.errors().forEach(f -> fields.add(f.field));
        return fields;
    }

    List<String> operations() {
        return audit.events.stream().map(e -> e.operation() + " " + e.recordId() + " " + e.user()).toList();
    }
}
