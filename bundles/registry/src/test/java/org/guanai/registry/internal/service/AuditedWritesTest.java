package org.guanai.registry.internal.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.guanai.registry.api.EndReason;
import org.guanai.registry.api.EndRequest;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.PersonDTO;
import org.guanai.registry.api.audit.AuditEntryDTO;
import org.guanai.registry.api.audit.AuditEvent;
import org.guanai.registry.api.audit.AuditQuery;
import org.guanai.registry.api.audit.AuditService;
import org.guanai.registry.api.audit.FieldChangeDTO;
import org.guanai.registry.api.security.Caller;
import org.guanai.registry.api.security.CallerContext;
import org.guanai.registry.internal.audit.AuditServiceImpl;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/** Registry writes leave their audit row, masked, in the write's own transaction; single-person reads leave one too. */
public class AuditedWritesTest {
    private static Registry registry;
    private static AuditServiceImpl audit;
    private static PersonServiceImpl persons;

    @BeforeClass
    public static void open() {
        registry = Registry.open();
        audit = AuditServiceImpl.withClock(registry.db.jpa, Clock.systemUTC(), 1095);
        persons = new PersonServiceImpl(registry.db.jpa, registry.divisions, null, null, audit);
    }

    @AfterClass
    public static void close() {
        registry.close();
    }

    private static List<AuditEntryDTO> rowsOf(long personId) {
        AuditQuery q = new AuditQuery();
        q.recordType = "person";
        q.recordId = String.valueOf(personId);
        return audit.query(q, PageRequest.first(50)).items;
    }

    @Test
    public void createUpdateAndEndLeaveRowsWithMaskedBeforeAndAfter() {
        Caller clerk = Caller.of("clerk-" + Registry.uniquePrefix(), Set.of("county"), "10.1.2.3");
        PersonDTO p = Registry.woman(Registry.uniquePrefix() + "李", Registry.VILLAGE_A1);
        p.phone = "13812345678";
        PersonDTO created = CallerContext.callAs(clerk, () -> persons.create(p));
        created.phone = "13900001111";
        PersonDTO updated = CallerContext.callAs(clerk, () -> persons.update(created.id, created.version, created));
        EndRequest end = new EndRequest();
        end.reason = EndReason.MOVED_AWAY;
        CallerContext.callAs(clerk, () -> persons.end(updated.id, updated.version, end));

        List<AuditEntryDTO> rows = rowsOf(created.id);
        assertEquals(List.of("person.end", "person.update", "person.create"), rows.stream().map(r -> r.operation).toList());
        AuditEntryDTO update = rows.get(1);
        assertEquals(clerk.user(), update.user);
        assertEquals("10.1.2.3", update.origin);
        assertEquals(List.of(new FieldChangeDTO("phone", "138****5678", "139****1111")), update.changes);
        String id = created.idNumber;
        assertTrue(rows.get(2).changes.contains(
                new FieldChangeDTO("idNumber", null, id.substring(0, 6) + "********" + id.substring(14))));
        assertTrue(rows.get(0).changes.contains(new FieldChangeDTO("status", "ACTIVE", "ENDED")));
    }

    @Test
    public void aWriteWhoseRowCannotBeWrittenIsNotCommitted() {
        AuditService broken = new AuditService() {
            @Override
            public void record(AuditEvent event) {
                audit.record(event);
                throw new IllegalStateException("audit down");
            }

            @Override
            public org.guanai.registry.api.Page<AuditEntryDTO> query(AuditQuery query, PageRequest page) {
                throw new UnsupportedOperationException();
            }

            @Override
            public long export(AuditQuery query, java.io.Writer out) {
                throw new UnsupportedOperationException();
            }

            @Override
            public long purgeExpired() {
                throw new UnsupportedOperationException();
            }

            @Override
            public int retentionDays() {
                return 1;
            }
        };
        PersonServiceImpl unaudited = new PersonServiceImpl(registry.db.jpa, registry.divisions, null, null, broken);
        String name = Registry.uniquePrefix() + "王";
        long before = registry.count("Person");
        long rowsBefore = registry.count("AuditEntry");
        try {
            unaudited.create(Registry.woman(name, Registry.VILLAGE_A1));
            fail("created without its audit row");
        } catch (IllegalStateException expected) {
            // the write and its row roll back together
        }
        assertEquals(before, registry.count("Person"));
        assertEquals(rowsBefore, registry.count("AuditEntry"));
    }

    @Test
    public void aUserReadingOnePersonLeavesAReadRowAndInternalReadsDoNot() {
        PersonDTO p = persons.create(Registry.child(Registry.uniquePrefix() + "张", 9, Registry.VILLAGE_A2));
        persons.get(p.id); // internal: no caller
        Caller reader = Caller.of("reader-" + Registry.uniquePrefix(), Set.of("health"), "console");
        CallerContext.runAs(reader, () -> {
            persons.get(p.id);
            persons.findByIdNumber(p.idNumber);
        });

        List<AuditEntryDTO> reads = rowsOf(p.id).stream().filter(r -> r.operation.equals("person.read")).toList();
        assertEquals(2, reads.size());
        assertTrue(reads.stream().allMatch(r -> r.user.equals(reader.user())));
    }
}
