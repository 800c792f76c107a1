package org.guanai.registry.console;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.guanai.registry.api.roster.ImportJobDTO;
import org.guanai.registry.api.roster.ImportOptions;
import org.guanai.registry.api.roster.ImportStatus;
import org.guanai.registry.api.roster.RosterService;
import org.guanai.shell.api.BadInputException;
import org.guanai.shell.api.Console;
import org.guanai.shell.api.ConsoleFiles;
import org.guanai.shell.api.FileNameCompleter;

@Service
@Command(scope = "registry", name = "import",
        description = "Imports a county roster (花名册, CSV or XLSX in the roster layout): every row checked, a report of the bad ones")
public class Import implements Action {

    /** How often progress is printed while rows are being written. */
    static final Duration PROGRESS_EVERY = Duration.ofSeconds(2);

    @Reference
    RosterService roster;

    @Reference
    ConsoleFiles files;

    @Argument(index = 0, name = "file", description = "The roster file (.csv or .xlsx): its name in the files folder"
            + " (registry:files lists them)", required = true)
    @Completion(FileNameCompleter.class)
    String file;

    @Option(name = "--dry-run", description = "Check every row and report; write nothing")
    boolean dryRun;

    @Option(name = "--confirm-duplicates",
            description = "Import rows reported as possible duplicates (after a person has checked them)")
    boolean confirmDuplicates;

    @Option(name = "--report", description = "Name of the report file in the files folder (default: FILE.report.csv,"
            + " numbered when that exists)")
    String report;

    @Override
    public Object execute() throws Exception {
        return Console.run("roster", () -> {
            Path path = files.toRead("FILE", file);
            // made now, so a bad --report is refused before any row is read; never over an earlier report
            Path reportFile = report != null ? files.create("--report", report) : files.createFree(file + ".report.csv");
            PrintStream out = System.out;
            ImportJobDTO job;
            try {
                job = roster.submit(path, false, new ImportOptions(dryRun, confirmDuplicates, file));
            } catch (RuntimeException e) {
                Files.deleteIfExists(reportFile);
                throw e;
            }
            out.println((dryRun ? "Checking " : "Importing ") + file + " (job " + job.id + ")");
            int printed = -1;
            try {
                while (job.status != ImportStatus.DONE && job.status != ImportStatus.FAILED) {
                    job = roster.awaitProgress(job.id, PROGRESS_EVERY);
                    if (job.status == ImportStatus.RUNNING && job.rowsTotal > 0 && job.rowsDone != printed) {
                        out.printf("  %d / %d rows · %.0f rows/s%n", job.rowsDone, job.rowsTotal, job.rowsPerSecond);
                        printed = job.rowsDone;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                out.println("The import goes on in the background (job " + job.id + "); its report is not written.");
                Files.deleteIfExists(reportFile);
                return;
            }
            writeReport(job.id, reportFile);
            if (job.status == ImportStatus.FAILED) {
                System.err.println("Import failed: " + job.message);
            } else {
                out.println((dryRun ? "Dry run, nothing written. " : "") + job.rowsTotal + " rows: "
                        + job.rowsImported + (dryRun ? " to import or update, " : " imported or updated, ")
                        + job.rowsUnchanged + " unchanged, " + job.rowsRejected + " rejected, "
                        + job.duplicatesSuspected + " possible duplicates (not imported), "
                        + job.rowsWithWarnings + " with warnings; " + job.rowsPerSecond + " rows/s.");
            }
            out.println("Report: " + reportFile + " (" + roster.report(job.id).size() + " lines)");
        });
    }

    private void writeReport(String id, Path target) {
        try (OutputStream o = Files.newOutputStream(target)) {
            roster.writeReport(id, o);
        } catch (IOException e) {
            throw new BadInputException(target.getFileName() + ": cannot write the report (" + e.getMessage() + ")");
        }
    }
}
