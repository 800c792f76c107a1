package org.guanai.registry.internal.audit;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.StringWriter;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.persistence.Column;

import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.audit.AuditEntryDTO;
import org.guanai.registry.api.audit.AuditEvent;
import org.guanai.registry.api.audit.AuditOutcome;
import org.guanai.registry.api.audit.AuditQuery;
import org.guanai.registry.api.audit.AuditService;
import org.guanai.registry.api.audit.FieldChangeDTO;
import org.guanai.registry.api.security.Caller;
import org.guanai.registry.api.security.CallerContext;
import org.guanai.registry.internal.jpa.AuditEntryEntity;
import org.guanai.registry.internal.schema.LiquibaseSchemaMigrator;
import org.guanai.registry.internal.schema.RegistrySchema;
import org.guanai.testing.TestDatabase;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

public class AuditServiceTest {
    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    private static TestDatabase db;

    @BeforeClass
    public static void open() {
        db = TestDatabase.create("guanai-registry", ds -> RegistrySchema.migrate(LiquibaseSchemaMigrator.on(ds)));
    }

    @AfterClass
    public static void close() {
        db.close();
    }

    private static AuditServiceImpl at(Instant now, int retentionDays) {
        return AuditServiceImpl.withClock(db.jpa, Clock.fixed(now, ZoneOffset.UTC), retentionDays);
    }

    private static String unique() {
        return "u-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Page<AuditEntryDTO> byUser(AuditService audit, String user) {
        AuditQuery q = new AuditQuery();
        q.user = user;
        return audit.query(q, PageRequest.first(100));
    }

    @Test
    public void aRowKeepsWhoWhatWhenWhereAndTheChanges() {
        AuditServiceImpl audit = at(NOW, 1095);
        String user = unique();
        CallerContext.runAs(Caller.of(user, Set.of("county", "township"), "10.0.0.7"), () ->
                audit.record(AuditEvent.of("person.update").record("person", 42)
                        .change("phone", "138****5678", "139****1111")
                        .change("notes", "a\tb\nc\\d", null)
                        .detail("via REST").build()));

        AuditEntryDTO row = byUser(audit, user).items.get(0);
        assertEquals(NOW, row.at);
        assertEquals(List.of("county", "township"), row.roles);
        assertEquals("10.0.0.7", row.origin);
        assertEquals("person.update", row.operation);
        assertEquals("person", row.recordType);
        assertEquals("42", row.recordId);
        assertEquals(AuditOutcome.OK, row.outcome);
        assertEquals("via REST", row.detail);
        assertEquals(List.of(new FieldChangeDTO("phone", "138****5678", "139****1111"),
                new FieldChangeDTO("notes", "a\tb\nc\\d", null)), row.changes);
    }

    @Test
    public void aFailedLoginNamesTheUserTriedWithoutACaller() {
        AuditServiceImpl audit = at(NOW, 1095);
        String tried = unique();
        audit.record(AuditEvent.of("login.failed").by(tried, Set.of(), "192.0.2.9").outcome(AuditOutcome.FAILED).build());

        AuditEntryDTO row = byUser(audit, tried).items.get(0);
        assertEquals("192.0.2.9", row.origin);
        assertEquals(AuditOutcome.FAILED, row.outcome);
        assertTrue(row.roles.isEmpty());
    }

    @Test
    public void internalWorkIsRecordedAsSystem() {
        AuditEvent event = AuditEvent.of("import").build();
        assertEquals(AuditEvent.SYSTEM_USER, event.user());
        assertEquals(AuditEvent.INTERNAL_ORIGIN, event.origin());
    }

    @Test
    public void queriesFilterByRecordOperationOutcomeAndTimeNewestFirst() {
        String user = unique();
        Instant t0 = NOW.minus(3, ChronoUnit.DAYS);
        Instant t1 = NOW.minus(2, ChronoUnit.DAYS);
        Instant t2 = NOW.minus(1, ChronoUnit.DAYS);
        for (Instant t : List.of(t0, t1, t2)) {
            at(t, 1095).record(AuditEvent.of("household.update").by(user, Set.of(), "x").record("household", t.getEpochSecond())
                    .build());
        }
        at(t2, 1095).record(AuditEvent.of("access.refused").by(user, Set.of(), "x").outcome(AuditOutcome.REFUSED).build());
        AuditService audit = at(NOW, 1095);

        AuditQuery q = new AuditQuery();
        q.user = user;
        q.operation = "household.update";
        q.from = t1;
        q.to = t2;
        assertEquals(List.of(String.valueOf(t1.getEpochSecond())),
                audit.query(q, PageRequest.first(10)).items.stream().map(e -> e.recordId).toList());

        q = new AuditQuery();
        q.user = user;
        List<AuditEntryDTO> all = audit.query(q, PageRequest.first(10)).items;
        assertEquals(4, all.size());
        assertEquals("access.refused", all.get(0).operation);

        q.outcome = AuditOutcome.REFUSED;
        assertEquals(1, audit.query(q, PageRequest.first(10)).total);

        q = new AuditQuery();
        q.recordType = "household";
        q.recordId = String.valueOf(t0.getEpochSecond());
        q.user = user;
        assertEquals(1, audit.query(q, PageRequest.first(10)).total);
    }

    @Test
    public void thePurgeDeletesExactlyTheRowsOlderThanTheRetentionAndRecordsItself() {
        // a database of its own: the purge is the one operation that touches every row
        try (TestDatabase own = TestDatabase.create("guanai-registry",
                ds -> RegistrySchema.migrate(LiquibaseSchemaMigrator.on(ds)))) {
            Instant now = Instant.parse("2026-06-01T00:00:00Z");
            Instant cutoff = now.minus(10, ChronoUnit.DAYS);
            AuditServiceImpl.withClock(own.jpa, Clock.fixed(cutoff.minusMillis(1), ZoneOffset.UTC), 10)
                    .record(AuditEvent.of("expired").build());
            AuditServiceImpl.withClock(own.jpa, Clock.fixed(cutoff, ZoneOffset.UTC), 10)
                    .record(AuditEvent.of("kept.at.boundary").build());
            AuditServiceImpl audit = AuditServiceImpl.withClock(own.jpa, Clock.fixed(now, ZoneOffset.UTC), 10);

            assertEquals(1, audit.purgeExpired());

            List<AuditEntryDTO> left = audit.query(new AuditQuery(), PageRequest.first(10)).items;
            assertEquals(List.of("audit.purge", "kept.at.boundary"), left.stream().map(e -> e.operation).toList());
            assertTrue(left.get(0).detail, left.get(0).detail.startsWith("1 rows before 2026-05-22T00:00:00Z"));
            assertEquals(0, audit.purgeExpired());
        }
    }

    @Test
    public void theDailyPurgeRunsOnOneNodeADayWhicheverTakesTheLeaseFirst() {
        try (TestDatabase own = TestDatabase.create("guanai-registry",
                ds -> RegistrySchema.migrate(LiquibaseSchemaMigrator.on(ds)))) {
            Instant day1 = Instant.parse("2026-06-01T00:01:00Z");
            AuditServiceImpl a = AuditServiceImpl.withClock(own.jpa, Clock.fixed(day1, ZoneOffset.UTC), 10);
            AuditServiceImpl b = AuditServiceImpl.withClock(own.jpa, Clock.fixed(day1.plusSeconds(240), ZoneOffset.UTC), 10);
            AuditQuery purges = new AuditQuery();
            purges.operation = "audit.purge";
            assertTrue(a.scheduledPurge("a#1"));
            assertFalse(b.scheduledPurge("b#1"));
            assertEquals(1, a.query(purges, PageRequest.first(10)).total);
            // the next day node a is gone: its lease has run out, and b purges
            Instant day2 = day1.plus(1, ChronoUnit.DAYS);
            assertTrue(AuditServiceImpl.withClock(own.jpa, Clock.fixed(day2.plusSeconds(240), ZoneOffset.UTC), 10)
                    .scheduledPurge("b#1"));
            assertEquals(2, a.query(purges, PageRequest.first(10)).total);
        }
    }

    @Test
    public void retentionOutOfRangeFallsBackToTheDefault() {
        assertEquals(AuditService.DEFAULT_RETENTION_DAYS, AuditServiceImpl.retention(config(0)));
        assertEquals(30, AuditServiceImpl.retention(config(30)));
    }

    private static AuditServiceImpl.Config config(int days) {
        return new AuditServiceImpl.Config() {
            @Override
            public int audit_retention_days() {
                return days;
            }

            @Override
            public int audit_purge_delay_seconds() {
                return 60;
            }

            @Override
            public Class<? extends java.lang.annotation.Annotation> annotationType() {
                return AuditServiceImpl.Config.class;
            }
        };
    }

    @Test
    public void theTrailIsAppendOnly() {
        // no way to change a stored row: no setter on the entity, every column not updatable
        for (Method m : AuditEntryEntity.class.getDeclaredMethods()) {
            assertFalse(m.getName(), m.getName().startsWith("set") && Modifier.isPublic(m.getModifiers()));
        }
        for (var f : AuditEntryEntity.class.getDeclaredFields()) {
            Column column = f.getAnnotation(Column.class);
            if (column != null && !f.getName().equals("id")) {
                assertFalse(f.getName(), column.updatable());
            }
        }
        // and the service has no update or delete but the retention purge
        for (Method m : AuditService.class.getMethods()) {
            String name = m.getName().toLowerCase();
            assertFalse(name, name.contains("update") || name.contains("delete") || name.contains("remove"));
        }
    }

    @Test
    public void anExportIsCsvWithAHeaderAndEscapedCellsAndIsAuditedItself() throws Exception {
        AuditServiceImpl audit = at(NOW, 1095);
        String user = unique();
        audit.record(AuditEvent.of("person.update").by(user, Set.of("county"), "x").record("person", 5)
                .change("notes", "said \"no\", twice", "=cmd()").detail("line1\nline2").build());
        AuditQuery q = new AuditQuery();
        q.user = user;
        StringWriter out = new StringWriter();

        long rows = CallerContext.callAs(Caller.of("admin-" + user, Set.of("admin"), "console"), () -> {
            try {
                return audit.export(q, out);
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        });

        assertEquals(1, rows);
        String[] lines = out.toString().split("\r\n", 2);
        assertEquals(AuditCsv.HEADER, lines[0]);
        assertTrue(lines[1], lines[1].endsWith(",person.update,person,5,OK,\"line1\nline2\","
                + "\"notes: said \"\"no\"\", twice -> =cmd()\"\r\n"));
        AuditEntryDTO exported = byUser(audit, "admin-" + user).items.get(0);
        assertEquals("audit.export", exported.operation);
        assertEquals("1 rows; user=" + user, exported.detail);
    }

    @Test
    public void aCellThatASpreadsheetWouldRunIsDefused() {
        assertEquals("'=1+2", AuditCsv.cell("=1+2"));
        assertEquals("\"'-1,2\"", AuditCsv.cell("-1,2"));
        assertEquals("", AuditCsv.cell(null));
        assertEquals("plain", AuditCsv.cell("plain"));
    }

    @Test
    public void changesSurviveTheirTextColumn() {
        List<FieldChangeDTO> changes = List.of(new FieldChangeDTO("a", null, "x\ty"),
                new FieldChangeDTO("b\\", "\\0", "\r\n"), new FieldChangeDTO("c", "", null));
        assertEquals(changes, ChangeCodec.decode(ChangeCodec.encode(changes)));
        assertEquals(null, ChangeCodec.encode(List.of()));
    }

    @Test
    public void datesAndInstantsAreReadAsPeopleWriteThem() {
        assertEquals(Instant.parse("2026-01-31T00:00:00Z"), AuditQuery.start("2026-01-31"));
        assertEquals(Instant.parse("2026-02-01T00:00:00Z"), AuditQuery.end("2026-01-31"));
        assertEquals(Instant.parse("2026-01-31T08:00:00Z"), AuditQuery.end("2026-01-31T08:00:00Z"));
        try {
            AuditQuery.start("31.01.2026");
            throw new AssertionError("accepted");
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage().startsWith("31.01.2026 is not a date like"));
        }
    }
}
