package org.guanai.registry.internal.operations;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.guanai.backup.DataHome;
import org.guanai.registry.api.ConflictException;
import org.guanai.testing.SourceKeys;
import org.junit.Test;

/** The operations bundle: every key in both languages, and a refusal in Chinese by default, English when asked. */
public class OperationsMessagesTest {

    @Test
    public void everyKeyIsInBothLanguages() {
        assertEquals(List.of(), OperationsMessages.TEXT.problems());
    }

    @Test
    public void everyKeyTheCodeNamesIsInTheBundle() {
        assertEquals(List.of(), SourceKeys.missing(OperationsMessages.TEXT,
                Path.of("src/main/java/org/guanai/registry/internal/operations"), "message"));
        assertEquals(List.of(), SourceKeys.missing(OperationsMessages.TEXT,
                Path.of("src/main/java/org/guanai/registry/internal"), "OperationsMessages\\.message"));
    }

    @Test
    public void backupsOnAnotherDatabaseRefuseNamingPgDumpInTheReadersLanguage() {
        DataHome data = new DataHome(Path.of("target", "data-home-" + UUID.randomUUID()).toAbsolutePath());
        BackupServiceImpl backups = new BackupServiceImpl(null, new DatabaseHome(data, null, null, "test"), null, "test",
                Clock.systemUTC());
        try {
            backups.backup();
            fail("backed up PostgreSQL");
        } catch (ConflictException e) {
            assertEquals("这些命令只适用于内置 Derby 数据库；PostgreSQL 请使用 pg_dump/pg_restore（见 README）", e.getMessage());
            assertEquals("backups here are for the embedded Derby database; on PostgreSQL use pg_dump and pg_restore"
                    + " (README: Backup and restore)", e.getMessage(Locale.ENGLISH));
        }
    }

    @Test
    public void aPartsDetailIsChineseByDefaultAndEnglishWhenAsked() {
        DataHome data = new DataHome(Path.of("target", "data-home-" + UUID.randomUUID()).toAbsolutePath());
        DatabaseHome home = new DatabaseHome(data, null, null, "test");
        assertEquals("正在打开数据主目录", home.state().detail);
        assertEquals("正在打开数据主目录", home.state().detail(Locale.CHINESE));
        assertEquals("opening the data home", home.state().detail(Locale.ENGLISH));
    }
}
