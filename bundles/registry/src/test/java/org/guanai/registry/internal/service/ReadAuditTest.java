package org.guanai.registry.internal.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.PersonDTO;
import org.guanai.registry.api.audit.AuditOperations;
import org.guanai.registry.api.audit.AuditQuery;
import org.guanai.registry.api.security.Caller;
import org.guanai.registry.api.security.CallerContext;
import org.guanai.registry.internal.audit.AuditServiceImpl;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Reads of a person are audited without the reader waiting for the row's commit (issue #15), and still every user
 * read is in the trail: for anyone who queries it at once, and after the service stops.
 */
public class ReadAuditTest {
    private static Registry registry;

    @BeforeClass
    public static void open() {
        registry = Registry.open();
    }

    @AfterClass
    public static void close() {
        registry.close();
    }

    private static long reads(AuditServiceImpl audit, String user, long personId) {
        AuditQuery q = new AuditQuery();
        q.operation = AuditOperations.PERSON_READ;
        q.user = user;
        q.recordType = "person";
        q.recordId = String.valueOf(personId);
        return audit.query(q, PageRequest.first(1)).total;
    }

    @Test
    public void everyConcurrentReadIsInTheTrailOnceTheServiceHasStopped() throws Exception {
        AuditServiceImpl audit = AuditServiceImpl.deferring(registry.db.jpa, Clock.systemUTC(), 1095);
        PersonServiceImpl persons = new PersonServiceImpl(registry.db.jpa, registry.divisions, null, null, audit);
        PersonDTO p = persons.create(Registry.woman(Registry.uniquePrefix() + "周", Registry.VILLAGE_A1));
        Caller reader = Caller.of("reader-" + Registry.uniquePrefix(), Set.of("county"), "rest 10.0.0.9");
        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            done.add(clients.submit(() -> CallerContext.runAs(reader, () -> persons.get(p.id))));
        }
        for (Future<?> f : done) {
            f.get();
        }
        clients.shutdown();
        audit.deactivate();

        AuditServiceImpl afterwards = AuditServiceImpl.withClock(registry.db.jpa, Clock.systemUTC(), 1095);
        assertEquals(400, reads(afterwards, reader.user(), p.id));
        // a read after the stop is written at once, not lost
        CallerContext.runAs(reader, () -> persons.get(p.id));
        assertEquals(401, reads(afterwards, reader.user(), p.id));
    }

    @Test
    public void theTrailShowsEveryReadToWhoeverQueriesItRightAfter() {
        AuditServiceImpl audit = AuditServiceImpl.deferring(registry.db.jpa, Clock.systemUTC(), 1095);
        try {
            PersonServiceImpl persons = new PersonServiceImpl(registry.db.jpa, registry.divisions, null, null, audit);
            PersonDTO p = persons.create(Registry.child(Registry.uniquePrefix() + "吴", 8, Registry.VILLAGE_B1));
            Caller reader = Caller.of("reader-" + Registry.uniquePrefix(), Set.of("health"), "console");
            for (int i = 1; i <= 20; i++) {
                CallerContext.runAs(reader, () -> persons.get(p.id));
                assertEquals(i, reads(audit, reader.user(), p.id));
            }
            CallerContext.runAs(reader, () -> persons.findByIdNumber(p.idNumber));
            assertTrue(audit.query(new AuditQuery(), PageRequest.first(1)).items.get(0).detail.contains("ID number"));
        } finally {
            audit.deactivate();
        }
    }
}
