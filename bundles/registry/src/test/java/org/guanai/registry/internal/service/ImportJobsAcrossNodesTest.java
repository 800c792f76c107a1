package org.guanai.registry.internal.service;

import static org.guanai.registry.internal.service.Registry.bornYearsAgo;
import static org.guanai.registry.internal.service.Registry.idNumber;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.guanai.registry.api.Gender;
import org.guanai.registry.api.Message;
import org.guanai.registry.api.audit.AuditEvent;
import org.guanai.registry.api.audit.AuditOutcome;
import org.guanai.registry.api.roster.ImportJobDTO;
import org.guanai.registry.api.roster.ImportOptions;
import org.guanai.registry.api.roster.ImportProblemDTO;
import org.guanai.registry.api.roster.ImportStatus;
import org.guanai.registry.api.security.Caller;
import org.guanai.registry.api.security.CallerContext;
import org.guanai.registry.internal.roster.CountyRosterFile;
import org.guanai.registry.internal.roster.ReportText;
import org.guanai.testing.fakes.RecordedAudit;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Import jobs in the database: a job run by one node is listed, followed and its report read through another;
 * a job whose node stopped saying it is alive is marked failed, once, by the node that notices.
 */
public class ImportJobsAcrossNodesTest {

    private static Registry registry;
    private static RosterServiceImpl nodeA;

    @BeforeClass
    public static void open() {
        registry = Registry.open();
        nodeA = new RosterServiceImpl(registry.db.jpa, registry.divisions, Clock.systemDefaultZone());
    }

    @AfterClass
    public static void close() throws Exception {
        nodeA.deactivate();
        registry.close();
    }

    /** Another node on the same database: it runs nothing, it only reads the table. */
    private static ImportJobs nodeB(Clock clock, RecordedAudit audit) {
        return new ImportJobs(null, audit, new ImportJobStore(registry.db.jpa, clock, "node-b#1", audit));
    }

    @Test
    public void aJobRunOnOneNodeIsListedFollowedAndItsReportReadOnAnother() throws Exception {
        String s = "跨" + UUID.randomUUID().toString().substring(0, 4);
        CountyRosterFile f = CountyRosterFile.children();
        String a = idNumber(bornYearsAgo(8), Gender.MALE);
        f.row(s + "小明", "男", a, "", "东塘镇", "青山村", "青山小学", "三年级", s + "建国", "广东省东莞市", "", s + "桂英",
                "在家", "", "", "", "", "", "", "");
        f.row("", "男", idNumber(bornYearsAgo(9), Gender.MALE), "", "东塘镇", "青山村", "", "", "", "", "", "", "", "", "",
                "", "", "", "", "");
        Path path = Files.createTempFile(Path.of("target"), "roster", ".upload");
        Files.write(path, f.csv(StandardCharsets.UTF_8));
        Caller clerk = Caller.of("clerk-" + s, Set.of("county"), "test");
        ImportJobDTO queued = CallerContext.callAs(clerk, () -> nodeA.submit(path, true, new ImportOptions(false, false, "花名册")));

        ImportJobs b = nodeB(Clock.systemUTC(), null);
        ImportJobDTO followed = CallerContext.callAs(clerk, () -> {
            ImportJobDTO j = b.job(queued.id).orElseThrow();
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (!ImportJob.finished(j) && System.nanoTime() < deadline) {
                try {
                    j = b.awaitProgress(j.id, Duration.ofSeconds(5));
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }
            return j;
        });
        assertEquals(followed.toString(), ImportStatus.DONE, followed.status);
        assertEquals(2, followed.rowsTotal);
        assertEquals(1, followed.rowsImported);
        assertEquals(1, followed.rowsRejected);
        assertEquals("the job's summary, kept in both languages, read on another node in either",
                nodeA.job(queued.id).orElseThrow().message, ReportText.render(followed.message, Message.CHINESE));
        assertEquals(nodeA.job(queued.id, Message.ENGLISH).orElseThrow().message,
                ReportText.render(followed.message, Message.ENGLISH));
        assertTrue(nodeA.job(queued.id, Message.ENGLISH).orElseThrow().message, nodeA.job(queued.id, Message.ENGLISH)
                .orElseThrow().message.startsWith("2 data rows: 1 imported or updated"));
        assertEquals("clerk-" + s, followed.user);

        List<ImportProblemDTO> report = CallerContext.callAs(clerk, () -> b.report(queued.id));
        assertEquals(nodeA.report(queued.id).toString(), ImportJobs.in(report, Message.CHINESE).toString());
        assertEquals(nodeA.report(queued.id, Message.ENGLISH).toString(),
                ImportJobs.in(report, Message.ENGLISH).toString());
        assertTrue(nodeA.report(queued.id, Message.ENGLISH).toString(), nodeA.report(queued.id, Message.ENGLISH)
                .stream().anyMatch(p -> p.line == 6 && p.problem.contains("but no name; not imported")
                        && p.expected.equals("the person's name")));
        assertTrue(report.toString(), report.stream().anyMatch(p -> p.line == 6 && p.severity == ImportProblemDTO.Severity.ERROR));
        assertTrue(CallerContext.callAs(clerk, () -> b.jobs().stream().anyMatch(j -> j.id.equals(queued.id))));
        // another clerk sees neither the job nor its report, on any node
        Caller other = Caller.of("other-" + s, Set.of("county"), "test");
        assertTrue(CallerContext.callAs(other, () -> b.job(queued.id)).isEmpty());
        assertFalse(CallerContext.callAs(other, () -> b.jobs().stream().anyMatch(j -> j.id.equals(queued.id))));
    }

    @Test
    public void aJobWhoseNodeStoppedIsMarkedFailedOnceByTheNodeThatNotices() {
        Instant t0 = Instant.parse("2026-12-02T08:00:00Z");
        RecordedAudit audit = new RecordedAudit();
        ImportJobStore dead = new ImportJobStore(registry.db.jpa, Clock.fixed(t0, ZoneOffset.UTC), "node-dead#1", null);
        ImportJobDTO job = running("stopped.csv");
        dead.insert(job, Caller.of("clerk", Set.of("county"), "test"), ImportJobs.KEPT_JOBS);

        ImportJobStore b = new ImportJobStore(registry.db.jpa, Clock.fixed(t0.plusSeconds(30), ZoneOffset.UTC), "node-b#1", audit);
        assertEquals("its node said it was alive 30 s ago", 0, b.interruptDead());
        ImportJobStore later = new ImportJobStore(registry.db.jpa,
                Clock.fixed(t0.plus(ImportJobStore.STALE).plusSeconds(1), ZoneOffset.UTC), "node-b#1", audit);
        assertEquals(1, later.interruptDead());
        assertEquals(0, later.interruptDead());
        ImportJobDTO failed = later.find(job.id).orElseThrow().dto();
        assertEquals(ImportStatus.FAILED, failed.status);
        // kept in both languages (ReportText), each from the import's bundle
        assertEquals("导入中断：运行中节点 node-dead#1 停止响应；之前的批次已完整保存，再次导入同一文件即可补全",
                ReportText.render(failed.message, Message.CHINESE));
        assertTrue(failed.message, ReportText.render(failed.message, Message.ENGLISH)
                .startsWith("interrupted: its node node-dead#1 stopped answering while it ran"));
        AuditEvent row = audit.events.stream().filter(e -> job.id.equals(e.recordId())).findFirst().orElseThrow();
        assertEquals(AuditOutcome.FAILED, row.outcome());
        assertEquals("clerk", row.user());
        assertTrue(row.detail(), row.detail().startsWith("stopped.csv: interrupted"));
    }

    @Test
    public void aNodeThatStartsAgainMarksTheJobsItRanBeforeAtOnce() {
        Instant t0 = Instant.parse("2026-12-02T09:00:00Z");
        ImportJobStore before = new ImportJobStore(registry.db.jpa, Clock.fixed(t0, ZoneOffset.UTC), "node-c#1", null);
        ImportJobDTO job = running("killed.csv");
        before.insert(job, null, ImportJobs.KEPT_JOBS);
        ImportJobStore other = new ImportJobStore(registry.db.jpa, Clock.fixed(t0.plusSeconds(5), ZoneOffset.UTC), "node-d#1", null);
        other.interruptDead();
        assertEquals("another node leaves a live job alone", ImportStatus.RUNNING, other.find(job.id).orElseThrow().dto().status);
        ImportJobStore again = new ImportJobStore(registry.db.jpa, Clock.fixed(t0.plusSeconds(5), ZoneOffset.UTC), "node-c#2", null);
        assertEquals(1, again.interruptDead());
        assertEquals(ImportStatus.FAILED, again.find(job.id).orElseThrow().dto().status);
    }

    @Test
    public void theReportSurvivesTabsLineBreaksAndAbsentFields() {
        List<ImportProblemDTO> problems = List.of(
                new ImportProblemDTO("表1", 3, "身份证号", ImportProblemDTO.Severity.ERROR, "a\tb\nc\\d", null),
                new ImportProblemDTO(null, 4, null, ImportProblemDTO.Severity.WARNING, "\\0", ""));
        assertEquals(problems.toString(), ImportReportCodec.decode(ImportReportCodec.encode(problems)).toString());
    }

    private static ImportJobDTO running(String file) {
        ImportJobDTO d = new ImportJobDTO();
        d.id = UUID.randomUUID().toString();
        d.status = ImportStatus.RUNNING;
        d.fileName = file;
        d.user = "clerk";
        d.startedAt = Instant.parse("2026-12-02T07:59:00Z");
        return d;
    }
}
