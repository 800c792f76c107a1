package org.guanai.registry.console;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.guanai.registry.api.roster.ImportJobDTO;
import org.guanai.registry.api.roster.ImportOptions;
import org.guanai.registry.api.roster.ImportProblemDTO;
import org.guanai.registry.api.roster.ImportStatus;
import org.guanai.registry.api.roster.RosterExportQuery;
import org.guanai.registry.api.roster.RosterService;
import org.guanai.shell.api.ConfinedFolder;
import org.guanai.testing.Captured;
import org.guanai.testing.fakes.FakeDivisions;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * registry:export and registry:import as the township user of issue 9 tried them: an export over
 * etc/users.properties (which made them admin), an import of /etc/hostname. Only names in the files folder.
 */
public class FileCommandsTest {

    @Rule
    public final Captured console = new Captured();

    @Rule
    public final TemporaryFolder tmp = new TemporaryFolder();

    private Path etc;
    private ConfinedFolder files;
    private final Roster roster = new Roster();

    /** Writes one line per export; an import job that is done at once. */
    private static final class Roster implements RosterService {
        final List<Path> submitted = new ArrayList<>();

        @Override
        public ImportJobDTO submit(Path file, boolean deleteWhenDone, ImportOptions options) {
            submitted.add(file);
            ImportJobDTO job = new ImportJobDTO();
            job.id = "j1";
            job.status = ImportStatus.DONE;
            job.fileName = options.fileName;
            return job;
        }

        @Override
        public ImportJobDTO submit(InputStream upload, ImportOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<ImportJobDTO> job(String id) {
            return Optional.empty();
        }

        @Override
        public List<ImportJobDTO> jobs() {
            return List.of();
        }

        @Override
        public ImportJobDTO awaitProgress(String id, Duration timeout) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<ImportProblemDTO> report(String id) {
            return List.of();
        }

        @Override
        public void writeReport(String id, OutputStream out) throws IOException {
            out.write("line,column\r\n".getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public int export(RosterExportQuery query, OutputStream out) throws IOException {
            out.write("户编号,姓名\r\npwn = x,admin\r\n".getBytes(StandardCharsets.UTF_8));
            return 1;
        }

        @Override
        public List<String> layouts() {
            return List.of();
        }
    }

    @Before
    public void installation() throws Exception {
        Path karaf = tmp.newFolder("karaf").toPath();
        etc = Files.createDirectories(karaf.resolve("etc"));
        Files.writeString(etc.resolve("users.properties"), "admin = {CRYPT}x{CRYPT},admin\n");
        files = new ConfinedFolder(karaf.resolve("data/guanai/files"));
        files.list(); // makes the folder
    }

    private Export export(String file) {
        Export command = new Export();
        command.divisions = new FakeDivisions();
        command.roster = roster;
        command.files = files;
        command.file = file;
        return command;
    }

    @Test
    public void anExportCannotWriteOutsideTheFilesFolderNorOverAnotherFile() throws Exception {
        for (String target : List.of(etc.resolve("users.properties").toString(), "../../../etc/users.properties",
                "../../etc/users.properties")) {
            export(target).execute();
        }
        assertEquals("admin = {CRYPT}x{CRYPT},admin\n", Files.readString(etc.resolve("users.properties")));
        assertEquals(3, console.err().lines().filter(l -> l.startsWith("FILE: ") && l.contains("只接受文件名")).count());

        export("荣家湾镇.csv").execute();
        Path written = files.folder().resolve("荣家湾镇.csv");
        assertTrue(console.out(), console.out().startsWith("已写出 1 名人员：" + written + "（csv）"));
        if (written.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(written)));
        }
        String first = Files.readString(written);
        export("荣家湾镇.csv").execute();
        assertTrue(console.err(), console.err().contains("荣家湾镇.csv 已存在"));
        assertEquals(first, Files.readString(written));
    }

    @Test
    public void anImportReadsOnlyTheFilesFolderAndItsReportNeverReplacesAnother() throws Exception {
        Import command = new Import();
        command.roster = roster;
        command.files = files;
        command.file = "/etc/hostname";
        command.execute();
        command.file = "../../etc/users.properties";
        command.execute();
        assertTrue(roster.submitted.isEmpty());
        assertEquals(2, console.err().lines().filter(l -> l.startsWith("FILE: ") && l.contains("只接受文件名")).count());

        Files.writeString(files.folder().resolve("花名册.csv"), "户编号,姓名\n");
        command.file = "花名册.csv";
        command.execute();
        command.execute();
        assertEquals(List.of(files.folder().resolve("花名册.csv"), files.folder().resolve("花名册.csv")), roster.submitted);
        assertTrue(Files.exists(files.folder().resolve("花名册.csv.report.csv")));
        assertTrue(Files.exists(files.folder().resolve("花名册.csv.report-2.csv")));

        command.report = "../../etc/users.properties";
        command.execute();
        assertEquals(2, roster.submitted.size());
        assertFalse(console.err().isEmpty());
    }

    @Test
    public void filesListsTheFolder() throws Exception {
        Files.writeString(files.folder().resolve("花名册.csv"), "户编号\n");
        FileList command = new FileList();
        command.files = files;
        command.execute();
        assertTrue(console.out(), console.out().startsWith("文件夹：" + files.folder()));
        assertTrue(console.out(), console.out().contains("花名册.csv"));
        assertTrue(console.out(), console.out().trim().endsWith("共 1 个文件"));
    }
}
