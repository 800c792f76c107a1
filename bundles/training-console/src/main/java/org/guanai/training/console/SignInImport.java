package org.guanai.training.console;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.guanai.shell.api.Console;
import org.guanai.shell.api.Table;
import org.guanai.shell.api.BadInputException;
import org.guanai.shell.api.ConsoleFiles;
import org.guanai.shell.api.FileNameCompleter;
import org.guanai.training.console.support.Labels;
import org.guanai.training.api.SignInImportService;
import org.guanai.training.api.SignInProblemDTO;
import org.guanai.training.api.SignInReportDTO;

/** A class day's sign-in sheet from the files folder, streamed to the service (which bounds it). */
@Service
@Command(scope = "training", name = "sign-in-import", description = "Imports a class day's sign-in sheet (签到表, CSV or XLSX) as its attendance")
public class SignInImport implements Action {

    @Reference
    SignInImportService signIn;

    @Reference
    ConsoleFiles files;

    @Option(name = "--class", required = true, description = "Class id")
    String classId;

    @Option(name = "--day", required = true, description = "The class day, YYYY-MM-DD")
    String day;

    @Option(name = "--hours", required = true, description = "Hours taught that day, e.g. 6 or 3.5")
    String hours;

    @Option(name = "--dry-run", description = "Check every line, write nothing")
    boolean dryRun;

    @Argument(index = 0, name = "file", description = "The sheet: its name in the files folder", required = true)
    @Completion(FileNameCompleter.class)
    String file;

    @Override
    public Object execute() throws Exception {
        return Console.run("sign-in sheet", () -> {
            long id = Console.parseId("--class", classId);
            java.time.LocalDate on = Console.parseDate("--day", day);
            java.math.BigDecimal h = Attendance.hours(hours);
            SignInReportDTO report;
            try (InputStream in = Files.newInputStream(files.toRead("FILE", file))) {
                report = signIn.importSheet(id, on, h, in, dryRun, Console.language());
            } catch (NoSuchFileException e) {
                throw new BadInputException(Labels.text("file.missing", file));
            } catch (IOException e) {
                throw new BadInputException(Labels.text("file.unreadable", file, String.valueOf(e.getMessage())));
            }
            System.out.println(Labels.say(dryRun ? "signIn.dryRun" : "signIn.done", file, report.lines, report.present,
                    report.absent, report.problems.size()));
            Table table = new Table().number(Labels.col("line")).column(Labels.col("column"))
                    .column(Labels.col("problem"));
            for (SignInProblemDTO p : report.problems) {
                table.row(p.line, p.column, p.problem);
            }
            if (!table.isEmpty()) {
                table.print(System.out);
            }
        });
    }
}
