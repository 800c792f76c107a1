package org.guanai.registry.console;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.guanai.registry.api.CareCategory;
import org.guanai.registry.api.roster.ImportJobDTO;
import org.guanai.registry.api.roster.ImportOptions;
import org.guanai.registry.api.roster.ImportStatus;
import org.guanai.registry.api.roster.RosterService;
import org.guanai.shell.api.BadInputException;
import org.guanai.registry.console.support.Labels;
import org.guanai.shell.api.Console;
import org.guanai.shell.api.ConsoleFiles;
import org.guanai.shell.api.FileNameCompleter;

@Service
@Command(scope = "registry", name = "import",
        description = "Imports a county roster (花名册, CSV or XLSX: the template, or a county's children's, women's, elderly "
                + "roster, guardian register, migrant-worker family archive): every row checked and accounted for")
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

    @Option(name = "--category", description = "The care category of every person when no 类别 column says it: "
            + "LEFT_BEHIND_WOMAN, LEFT_BEHIND_CHILD or LEFT_BEHIND_ELDERLY (a children's roster is LEFT_BEHIND_CHILD by itself)")
    @Completion(value = StringsCompleter.class, values = {"LEFT_BEHIND_WOMAN", "LEFT_BEHIND_CHILD", "LEFT_BEHIND_ELDERLY"})
    String category;

    @Option(name = "--layout", description = "Read the file as this layout: children, women, elderly, guardians, "
            + "households, template, or one saved with --save-layout (default: recognised from the headers)")
    String layout;

    @Option(name = "--map", multiValued = true, description = "A header the import does not know, and its column: "
            + "--map 联系方式=phone (repeat it; =- ignores a column). registry:import --dry-run shows the mapping")
    List<String> map;

    @Option(name = "--save-layout", description = "Save the mapping this import uses under a name, for --layout next time")
    String saveLayout;

    @Override
    public Object execute() throws Exception {
        return Console.run("roster", () -> {
            Path path = files.toRead("FILE", file);
            // made now, so a bad --report is refused before any row is read; never over an earlier report
            Path reportFile = report != null ? files.create("--report", report) : files.createFree(file + ".report.csv");
            PrintStream out = System.out;
            ImportOptions options = new ImportOptions(dryRun, confirmDuplicates, file);
            options.category = Labels.parse("--category", category, CareCategory.class);
            options.layout = Console.text(layout);
            options.saveLayout = Console.text(saveLayout);
            for (String m : map == null ? List.<String>of() : map) {
                int eq = m.lastIndexOf('=');
                if (eq <= 0) {
                    throw new BadInputException(Labels.text("bad.map", m));
                }
                options.mapping.put(m.substring(0, eq), m.substring(eq + 1));
            }
            ImportJobDTO job;
            try {
                job = roster.submit(path, false, options);
            } catch (RuntimeException e) {
                Files.deleteIfExists(reportFile);
                throw e;
            }
            out.println(Labels.say(dryRun ? "import.checking" : "import.importing", file, job.id, job.layout));
            if (dryRun || saveLayout != null) {
                out.println(Labels.say("import.mapping"));
                // how each header was read, in the session's language
                String id = job.id;
                roster.job(id, Console.language()).orElse(job).mapping.forEach(m -> out.println("  " + m));
            }
            if (saveLayout != null) {
                out.println(Labels.say("import.layoutSaved", saveLayout));
            }
            int printed = -1;
            try {
                while (job.status != ImportStatus.DONE && job.status != ImportStatus.FAILED) {
                    job = roster.awaitProgress(job.id, PROGRESS_EVERY, Console.language());
                    if (job.status == ImportStatus.RUNNING && job.rowsTotal > 0 && job.rowsDone != printed) {
                        out.println("  " + Labels.say("import.progress", job.rowsDone, job.rowsTotal, Math.round(job.rowsPerSecond)));
                        printed = job.rowsDone;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                out.println(Labels.say("import.background", job.id));
                Files.deleteIfExists(reportFile);
                return;
            }
            writeReport(job.id, reportFile);
            if (job.status == ImportStatus.FAILED) {
                System.err.println(Labels.say("import.failed", job.message));
            } else {
                out.println(job.message);
                out.println(Labels.say("import.warnings", job.rowsWithWarnings, Math.round(job.rowsPerSecond)));
            }
            out.println(Labels.say("import.report", reportFile, roster.report(job.id).size()));
        });
    }

    private void writeReport(String id, Path target) {
        try (OutputStream o = Files.newOutputStream(target)) {
            roster.writeReport(id, o, Console.language());
        } catch (IOException e) {
            throw new BadInputException(target.getFileName() + ": cannot write the report (" + e.getMessage() + ")");
        }
    }
}
