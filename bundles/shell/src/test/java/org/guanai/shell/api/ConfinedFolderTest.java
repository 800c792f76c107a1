package org.guanai.shell.api;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;

import org.guanai.shell.internal.FileNames;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The console's files folder: the attack of issue 9 (an export over etc/users.properties) and its neighbours. */
public class ConfinedFolderTest {

    @Rule
    public final TemporaryFolder tmp = new TemporaryFolder();

    private Path karaf;
    private Path etc;
    private ConfinedFolder files;

    @Before
    public void installation() throws Exception {
        karaf = tmp.newFolder("karaf").toPath();
        etc = Files.createDirectories(karaf.resolve("etc"));
        Files.writeString(etc.resolve("users.properties"), "admin = secret,admin\n");
        files = new ConfinedFolder(karaf.resolve("data/guanai/files"));
    }

    @Test
    public void pathsAreRefusedWhateverTheirShape() {
        for (String name : List.of("../../etc/users.properties", "/etc/hostname", etc.resolve("users.properties").toString(),
                "..", ".", "sub/x.csv", "..\\etc\\users.properties", "C:x.csv", "./x.csv", "", "  ", ".hidden",
                " x.csv", "x.csv ", "a\u0000b", "a\nb", "a\u202Eb.csv", "x\uD800.csv")) {
            for (Runnable attempt : List.<Runnable>of(() -> files.toRead("FILE", name), () -> files.create("FILE", name))) {
                try {
                    attempt.run();
                    fail("accepted " + name);
                } catch (BadInputException e) {
                    assertTrue(e.getMessage(), e.getMessage().startsWith("FILE: "));
                }
            }
        }
        assertEquals("admin = secret,admin\n", read(etc.resolve("users.properties")));
    }

    @Test
    public void namesWithChineseAndPunctuationAreFine() {
        for (String name : List.of("荣家湾镇-完整(2026).xlsx", "花名册.csv", "audit 2026-03.csv", "a..b.csv", "report_1.CSV")) {
            assertNull(name, FileNames.problem(name));
        }
    }

    @Test
    public void createMakesAnOwnerOnlyFileAndNeverOverwrites() throws Exception {
        Path made = files.create("FILE", "荣家湾镇.csv");
        assertEquals(files.folder().resolve("荣家湾镇.csv"), made);
        assertEquals(0, Files.size(made));
        if (made.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(made)));
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(files.folder())));
        }
        Files.writeString(made, "kept");
        try {
            files.create("FILE", "荣家湾镇.csv");
            fail("overwrote");
        } catch (BadInputException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("已存在，文件从不覆盖"));
        }
        assertEquals("kept", read(made));
    }

    @Test
    public void aLinkInTheFolderIsNeitherReadNorWrittenThrough() throws Exception {
        Path folder = files.folder();
        files.list(); // makes the folder
        Files.createSymbolicLink(folder.resolve("users.csv"), etc.resolve("users.properties"));
        try {
            files.toRead("FILE", "users.csv");
            fail("read through a link");
        } catch (BadInputException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("不是普通文件"));
        }
        try {
            files.create("FILE", "users.csv");
            fail("wrote through a link");
        } catch (BadInputException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("已存在，文件从不覆盖"));
        }
        assertEquals("admin = secret,admin\n", read(etc.resolve("users.properties")));
        assertFalse(files.list().contains(folder.resolve("users.csv")));
    }

    @Test
    public void refusalsAreChineseByDefaultAndEnglishWhenAsked() throws Exception {
        files.create("FILE", "乡镇.csv");
        try {
            files.create("FILE", "乡镇.csv");
            fail("overwrote");
        } catch (BadInputException e) {
            assertEquals("FILE: 乡镇.csv 已存在，文件从不覆盖，请换一个名字", e.getMessage());
            assertEquals("FILE: 乡镇.csv already exists; files are never overwritten: choose another name",
                    e.getMessage(Locale.ENGLISH));
        }
        try {
            files.toRead("--export", "../../etc/users.properties");
            fail("accepted a path");
        } catch (BadInputException e) {
            assertEquals("--export: \"../../etc/users.properties\": 只接受文件名，不接受路径：文件只从控制台的文件夹读取、写入该文件夹 ("
                    + files.folder() + ")", e.getMessage());
            assertEquals("--export: \"../../etc/users.properties\": a file name only, not a path: files are read from and"
                    + " written to the console's files folder (" + files.folder() + ")", e.getMessage(Locale.ENGLISH));
        }
        assertEquals("a file name has at most 200 characters", FileNames.problem("x".repeat(201)).render(Locale.ENGLISH));
        assertEquals("需要文件名", FileNames.problem(" ").toString());
    }

    @Test
    public void aMissingFileIsNamedWithTheFolder() {
        try {
            files.toRead("FILE", "花名册.csv");
            fail();
        } catch (BadInputException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("花名册.csv") && e.getMessage().contains(files.folder().toString()));
        }
    }

    @Test
    public void derivedFilesTakeTheNextFreeName() throws Exception {
        assertEquals("r.csv.report.csv", files.createFree("r.csv.report.csv").getFileName().toString());
        assertEquals("r.csv.report-2.csv", files.createFree("r.csv.report.csv").getFileName().toString());
        assertEquals("r.csv.report-3.csv", files.createFree("r.csv.report.csv").getFileName().toString());
        assertEquals("noext-2", FileNames.numbered("noext", 2));
        assertEquals(List.of("r.csv.report-2.csv", "r.csv.report-3.csv", "r.csv.report.csv"),
                files.list().stream().map(p -> p.getFileName().toString()).toList());
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
