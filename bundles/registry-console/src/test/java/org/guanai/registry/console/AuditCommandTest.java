package org.guanai.registry.console;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.audit.AuditEntryDTO;
import org.guanai.registry.api.audit.AuditEvent;
import org.guanai.registry.api.audit.AuditOutcome;
import org.guanai.registry.api.audit.AuditQuery;
import org.guanai.registry.api.audit.AuditService;
import org.guanai.registry.api.audit.FieldChangeDTO;
import org.guanai.shell.api.ConfinedFolder;
import org.guanai.testing.Captured;
import org.junit.Rule;
import org.guanai.registry.api.Message;
import org.guanai.shell.api.Console;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class AuditCommandTest {

    @Rule
    public final Captured console = new Captured();

    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    /** Keeps the queries it is asked and answers one row. */
    private static final class Trail implements AuditService {
        final List<AuditQuery> queries = new ArrayList<>();

        @Override
        public void record(AuditEvent event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Page<AuditEntryDTO> query(AuditQuery query, PageRequest page) {
            queries.add(query);
            AuditEntryDTO e = new AuditEntryDTO();
            e.id = 153L;
            e.at = Instant.parse("2026-03-02T08:14:55Z");
            e.user = "wangli";
            e.origin = "10.0.0.23";
            e.operation = "person.update";
            e.recordType = "person";
            e.recordId = "12";
            e.outcome = AuditOutcome.OK;
            e.changes.add(new FieldChangeDTO("phone", "139****5678", "137****1111"));
            e.changes.add(new FieldChangeDTO("endReason", null, "PARENT_RETURNED"));
            e.changes.add(new FieldChangeDTO("categories", "[LEFT_BEHIND_WOMAN]", "[LEFT_BEHIND_WOMAN, LEFT_BEHIND_ELDERLY]"));
            e.changes.add(new FieldChangeDTO("moduleField", "KEEP_ME", "OK"));
            e.changes.add(new FieldChangeDTO("notes", null, "VISIT ACTIVE"));
            return new Page<>(List.of(e), 1, page.offset, page.limit);
        }

        @Override
        public long export(AuditQuery query, Writer out) throws IOException {
            queries.add(query);
            out.write("id,at_utc\r\n1,2026-03-02T08:14:55Z\r\n");
            return 1;
        }

        @Override
        public long purgeExpired() {
            throw new UnsupportedOperationException();
        }

        @Override
        public int retentionDays() {
            return 1095;
        }
    }

    private AuditList command(Trail trail) {
        AuditList command = new AuditList();
        command.audit = trail;
        command.files = new ConfinedFolder(folder.getRoot().toPath().resolve("files"));
        return command;
    }

    @Test
    public void listsTheMatchingRowsWithTheirChanges() throws Exception {
        Trail trail = new Trail();
        AuditList command = command(trail);
        command.type = "person";
        command.record = "12";
        command.from = "2026-03-01";
        command.to = "2026-03-02";
        command.execute();

        AuditQuery q = trail.queries.get(0);
        assertEquals("person", q.recordType);
        assertEquals("12", q.recordId);
        assertEquals(Instant.parse("2026-03-01T00:00:00Z"), q.from);
        assertEquals(Instant.parse("2026-03-03T00:00:00Z"), q.to);
        List<String> lines = console.out().lines().toList();
        // the record type, the outcome, field names and the registry's values as people read them
        assertTrue(console.out(), lines.get(2).contains("2026-03-02 08:14:55 | wangli | 10.0.0.23 | person.update | 人员 12"
                + " | 成功 | 电话: 139****5678 -> 137****1111; 结束原因:  -> 父母返乡; 类别: [妇女] -> [妇女, 老人];"
                + " moduleField: KEEP_ME -> OK; 备注:  -> VISIT ACTIVE"));
        assertEquals("第 1–1 条，共 1 条审计记录", lines.get(3));
    }

    @Test
    public void listsInEnglishWhenAsked() throws Exception {
        Trail trail = new Trail();
        Console.speaking(Message.ENGLISH, () -> command(trail).execute());
        String out = console.out();
        assertTrue(out, out.contains("| person 12 |"));
        assertTrue(out, java.util.regex.Pattern.compile("\\| ok +\\| Phone: 139\\*\\*\\*\\*5678 -> 137\\*\\*\\*\\*1111;"
                + " End reason:  -> a parent returned;").matcher(out).find());
    }

    @Test
    public void badOptionsAreNamedAndNothingIsRead() throws Exception {
        Trail trail = new Trail();
        AuditList command = command(trail);
        command.from = "2026-02-30";
        command.execute();
        command.from = null;
        command.outcome = "MAYBE";
        command.execute();
        command.outcome = null;
        command.from = "2026-03-05";
        command.to = "2026-03-01";
        command.execute();

        assertTrue(trail.queries.isEmpty());
        String[] errors = console.err().split("\n");
        assertTrue(errors[0], errors[0].startsWith("--from：“2026-02-30”不是日期（如 2026-01-31）"));
        assertTrue(errors[1], errors[1].startsWith("--outcome："));
        assertEquals("--to：须晚于 --from", errors[2].trim());
    }

    @Test
    public void exportsToAFile() throws Exception {
        Trail trail = new Trail();
        AuditList command = command(trail);
        Path file = command.files.folder().resolve("audit.csv");
        command.user = "wangli";
        command.export = "audit.csv";
        command.execute();

        assertEquals("wangli", trail.queries.get(0).user);
        assertEquals("id,at_utc\r\n1,2026-03-02T08:14:55Z\r\n", Files.readString(file, StandardCharsets.UTF_8));
        assertEquals("已写出 1 条审计记录：" + file, console.out().trim());

        // a path anywhere (issue 9: an export over etc/users.properties), or over an earlier export: refused
        Path users = folder.newFile("users.properties").toPath();
        for (String target : List.of(users.toString(), "../users.properties", "audit.csv")) {
            command.export = target;
            command.execute();
        }
        assertEquals(1, trail.queries.size());
        assertEquals("", Files.readString(users));
        assertEquals("id,at_utc\r\n1,2026-03-02T08:14:55Z\r\n", Files.readString(file, StandardCharsets.UTF_8));
        String[] errors = console.err().split("\n");
        assertTrue(errors[0], errors[0].startsWith("--export: \"" + users + "\": 只接受文件名"));
        assertTrue(errors[1], errors[1].startsWith("--export: \"../users.properties\": 只接受文件名"));
        assertTrue(errors[2], errors[2].contains("已存在，文件从不覆盖"));
    }
}
