package org.guanai.registry.internal.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

import org.guanai.registry.api.LimitExceededException;
import org.guanai.registry.api.Message;
import org.guanai.registry.api.ValidationException;
import org.guanai.registry.api.roster.ImportJobDTO;
import org.guanai.registry.api.roster.ImportOptions;
import org.guanai.registry.api.roster.ImportStatus;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * How an import enters (issue 9, finding 3): a file that is no roster is refused before it is queued, an
 * upload larger than allowed or beyond the imports allowed at once is refused, and every refusal or end gives
 * its slot back and deletes the uploaded copy.
 */
public class RosterSubmitTest {

    private static Registry registry;
    private static RosterServiceImpl roster;

    @Rule
    public final TemporaryFolder tmp = new TemporaryFolder();

    @BeforeClass
    public static void open() {
        registry = Registry.open();
        roster = new RosterServiceImpl(registry.db.jpa, registry.divisions, Clock.systemDefaultZone());
    }

    @AfterClass
    public static void close() throws Exception {
        roster.deactivate();
        registry.close();
    }

    @Test
    public void aFileThatIsNoRosterIsRefusedAndItsCopyDeleted() throws Exception {
        Path upload = tmp.newFile("upload.csv").toPath();
        Files.writeString(upload, "a,b\n1,2\n");
        try {
            roster.submit(upload, true, new ImportOptions(true, false, "upload.csv"));
            fail();
        } catch (ValidationException e) {
            assertEquals("file", e.errors().get(0).field);
            assertTrue(e.getMessage(), e.getMessage().contains("没有找到花名册表头"));
            assertTrue(e.getMessage(Locale.ENGLISH), e.getMessage(Locale.ENGLISH).contains("no sheet has a header row with roster columns"));
        }
        assertFalse(Files.exists(upload));
        assertEquals(0, roster.limits().pending());
    }

    @Test
    public void anUploadLargerThanAllowedIsRefusedWithoutKeepingIt() throws Exception {
        ImportLimits.Settings before = roster.limits().settings();
        roster.limits().configure(ImportLimits.Settings.of(1, 3, 1000));
        try {
            roster.submit(new ByteArrayInputStream(new byte[1024 * 1024 + 1]), new ImportOptions());
            fail();
        } catch (LimitExceededException e) {
            assertEquals(LimitExceededException.Limit.SIZE, e.limit());
            assertEquals("文件太大：花名册最大 1 MB（etc/org.guanai.registry.cfg 中的 import.max.megabytes），请拆分后再导入",
                    e.getMessage());
            assertTrue(e.getMessage(Locale.ENGLISH), e.getMessage(Locale.ENGLISH).startsWith("the file is larger than 1 MB"));
        } finally {
            roster.limits().configure(before);
        }
        assertEquals(0, roster.limits().pending());
    }

    @Test
    public void aBusyServerRefusesWithoutKeepingTheUpload() throws Exception {
        ImportLimits.Settings before = roster.limits().settings();
        roster.limits().configure(ImportLimits.Settings.of(1, 1, 1000));
        ImportLimits.Slot taken = roster.limits().take();
        int[] read = new int[1];
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                read[0]++;
                return 'x';
            }
        };
        try {
            roster.submit(endless, new ImportOptions());
            fail();
        } catch (LimitExceededException e) {
            assertEquals(LimitExceededException.Limit.BUSY, e.limit());
            assertEquals(60, e.retryAfterSeconds());
            assertEquals("导入任务已满：已有 1 个导入在等待，请一分钟后再试", e.getMessage());
            assertEquals("1 imports are already waiting; try again in a minute", e.getMessage(Locale.ENGLISH));
            // read and dropped, so a client still sending gets the answer; never more than twice the limit
            assertEquals(2 * 1024 * 1024, read[0]);
        } finally {
            taken.release();
            taken.release(); // twice is harmless
            roster.limits().configure(before);
        }
        assertEquals(0, roster.limits().pending());
    }

    @Test
    public void anEmptyUploadIsRefusedNamingTheBody() throws Exception {
        try {
            roster.submit(new ByteArrayInputStream(new byte[0]), new ImportOptions());
            fail();
        } catch (ValidationException e) {
            assertEquals("body", e.errors().get(0).field);
        }
        assertEquals(0, roster.limits().pending());
    }

    @Test
    public void anUploadedRosterRunsFromItsFileAndGivesItsSlotBack() throws Exception {
        String csv = "户编号,村(社区),姓名\nH-submit-1," + Registry.VILLAGE_A1 + ",\n";
        ImportJobDTO job = roster.submit(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                new ImportOptions(true, false, "花名册.csv"));
        assertEquals("花名册.csv", job.fileName);
        while (job.status != ImportStatus.DONE && job.status != ImportStatus.FAILED) {
            job = roster.awaitProgress(job.id, Duration.ofSeconds(30));
        }
        assertEquals(job.message, ImportStatus.DONE, job.status);
        assertEquals(0, roster.limits().pending());
    }

    @Test
    public void aRosterWithMoreRowsThanAllowedFailsItsJobNotTheServer() throws Exception {
        ImportLimits.Settings before = roster.limits().settings();
        roster.limits().configure(ImportLimits.Settings.of(64, 3, 2));
        ImportJobDTO job;
        try {
            job = roster.submit(new ByteArrayInputStream(("户编号,姓名\nH1,甲\nH2,乙\nH3,丙\n")
                    .getBytes(StandardCharsets.UTF_8)), new ImportOptions(true, false, "big.csv"));
        } finally {
            roster.limits().configure(before);
        }
        while (job.status != ImportStatus.DONE && job.status != ImportStatus.FAILED) {
            job = roster.awaitProgress(job.id, Duration.ofSeconds(30));
        }
        assertEquals(ImportStatus.FAILED, job.status);
        assertTrue(job.message, job.message.startsWith("未导入，未写入任何数据："));
        assertTrue(job.message, job.message.contains("超过 2 行（第 4 行）"));
        String english = roster.awaitProgress(job.id, Duration.ofSeconds(30), Message.ENGLISH).message;
        assertTrue(english, english.startsWith("not imported, nothing written: more than 2 rows (line 4)"));
        assertEquals(0, roster.limits().pending());
    }
}
