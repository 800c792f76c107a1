package org.guanai.operations.console;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.guanai.registry.api.ConflictException;
import org.guanai.registry.api.operations.MigrationLockDTO;
import org.guanai.registry.api.operations.PartState;
import org.guanai.registry.api.operations.PartStatusDTO;
import org.guanai.registry.api.operations.StatusDTO;
import org.guanai.registry.api.operations.StatusService;
import org.guanai.shell.api.Console;
import org.junit.Test;

/** registry:schema shows each part's detail in the session's language. */
public class SchemaTest {

    @Test
    public void aPartsDetailIsChineseByDefaultAndEnglishWhenTheSessionAsks() throws Exception {
        Schema schema = new Schema();
        schema.status = status(PartStatusDTO.of("registry", PartState.MIGRATING, OperationsText.TEXT.message("noLock"),
                Instant.parse("2026-12-02T08:00:00Z")));
        String chinese = printed(schema);
        assertTrue(chinese, chinese.contains("没有被占用的迁移锁。"));
        String[] english = new String[1];
        Console.speaking(Locale.ENGLISH, () -> english[0] = printed(schema));
        assertTrue(english[0], english[0].contains("No migration lock is held."));
        assertTrue(english[0], !english[0].contains("没有被占用的迁移锁"));
    }

    @Test
    public void anUnlockRefusalIsInTheSessionsLanguage() throws Exception {
        SchemaUnlock unlock = new SchemaUnlock();
        unlock.status = new StatusService() {
            @Override
            public StatusDTO status() {
                return new StatusDTO();
            }

            @Override
            public Optional<MigrationLockDTO> migrationLock() {
                return Optional.empty();
            }

            @Override
            public Optional<MigrationLockDTO> releaseMigrationLock() {
                throw new ConflictException(null, OperationsText.TEXT.message("noLock"));
            }
        };
        assertEquals("未释放：没有被占用的迁移锁。", errors(unlock).strip());
        String[] english = new String[1];
        Console.speaking(Locale.ENGLISH, () -> english[0] = errors(unlock));
        assertEquals("Not released: No migration lock is held.", english[0].strip());
    }

    private static String errors(SchemaUnlock unlock) throws Exception {
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            unlock.execute();
        } finally {
            System.setErr(saved);
        }
        return err.toString(StandardCharsets.UTF_8);
    }

    private static String printed(Schema schema) throws Exception {
        PrintStream saved = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            schema.execute();
        } finally {
            System.setOut(saved);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static StatusService status(PartStatusDTO part) {
        StatusDTO s = new StatusDTO();
        s.parts.add(part);
        s.dataHome = "/var/lib/guanai";
        return new StatusService() {
            @Override
            public StatusDTO status() {
                return s;
            }

            @Override
            public Optional<MigrationLockDTO> migrationLock() {
                return Optional.empty();
            }

            @Override
            public Optional<MigrationLockDTO> releaseMigrationLock() {
                return Optional.empty();
            }
        };
    }
}
