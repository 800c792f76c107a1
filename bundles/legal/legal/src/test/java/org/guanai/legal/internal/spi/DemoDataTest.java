package org.guanai.legal.internal.spi;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.guanai.legal.api.CaseQuery;
import org.guanai.legal.api.CaseStatus;
import org.guanai.legal.api.EventQuery;
import org.guanai.legal.api.OverdueReason;
import org.guanai.legal.api.RightsCaseDTO;
import org.guanai.legal.internal.rules.Deadlines;
import org.guanai.legal.internal.service.CaseServiceImpl;
import org.guanai.legal.internal.service.EventServiceImpl;
import org.guanai.legal.internal.service.LegalSchema;
import org.guanai.legal.internal.service.LegalSettings;
import org.guanai.legal.internal.service.Registry;
import org.guanai.registry.api.CareCategory;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.PersonDTO;
import org.guanai.registry.api.security.Caller;
import org.guanai.registry.api.security.CallerContext;
import org.guanai.registry.api.spi.DemoRequest;
import org.guanai.testing.LiquibaseTestMigrator;
import org.guanai.testing.TestDatabase;
import org.guanai.testing.fakes.FakeDivisions;
import org.guanai.testing.fakes.FakePersons;
import org.guanai.testing.fakes.FakeVisibility;
import org.junit.After;
import org.junit.Test;

/**
 * The module's year in a small demo county, written through the services (so every record passed their rules) even
 * when an admin, who reads no case, installed the module: events in every month, cases in every state, some overdue.
 */
public class DemoDataTest {
    private static final LocalDate TODAY = LocalDate.now();
    private final TestDatabase db = TestDatabase.create("guanai-legal", ds -> new LegalSchema(new LiquibaseTestMigrator(ds)));
    private final FakePersons persons = new FakePersons();
    private final FakeVisibility visibility = new FakeVisibility();
    private final Registry registry = new Registry(persons, new FakeDivisions());
    private final EventServiceImpl events = new EventServiceImpl(db.jpa, registry, visibility, null, null);
    private final CaseServiceImpl cases = new CaseServiceImpl(db.jpa, registry, visibility, null, null,
            LegalSettings.of(Deadlines.DEFAULT));

    @After
    public void close() {
        CallerContext.clear();
        db.close();
    }

    @Test
    public void aYearOfEventsAndCasesInEveryStateSomeOverdueOnce() throws Exception {
        for (long id = 1; id <= 6; id++) {
            PersonDTO w = FakePersons.person(id, "妇女" + id, null, "330726101201");
            w.categories.add(CareCategory.LEFT_BEHIND_WOMAN);
            persons.add(w);
        }
        LegalDemoData demo = new LegalDemoData(persons, new FakeDivisions(), events, cases);
        Caller admin = Caller.of("admin", Set.of("admin"), "console");
        String written = CallerContext.callAs(admin, () -> {
            try {
                assertFalse(demo.hasData());
                return demo.contribute(new DemoRequest(1, 0.05, TODAY, null));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        assertTrue(written, written.matches("\\d+ promotion events \\(\\d+ people reached\\), 24 rights cases"));
        assertTrue(CallerContext.callAs(admin, demo::hasData));
        CallerContext.bind(LegalDemoData.DEMO);
        assertTrue(events.list(new EventQuery(), PageRequest.first(1)).total >= 12);
        Set<CaseStatus> states = EnumSet.noneOf(CaseStatus.class);
        for (RightsCaseDTO c : cases.list(new CaseQuery(), PageRequest.first(100)).items) {
            states.add(c.status);
        }
        assertEquals(EnumSet.allOf(CaseStatus.class), states);
        Set<OverdueReason> why = EnumSet.noneOf(OverdueReason.class);
        cases.overdue(null, PageRequest.first(100)).items.forEach(o -> why.add(o.reason));
        assertEquals(EnumSet.allOf(OverdueReason.class), why);
    }
}
