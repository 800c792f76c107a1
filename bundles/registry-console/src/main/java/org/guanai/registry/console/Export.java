package org.guanai.registry.console;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.guanai.registry.api.DivisionService;
import org.guanai.registry.api.CareCategory;
import org.guanai.registry.api.roster.RosterExportQuery;
import org.guanai.registry.api.roster.RosterFormat;
import org.guanai.registry.api.roster.RosterService;
import org.guanai.registry.api.security.Caller;
import org.guanai.registry.api.security.CallerContext;
import org.guanai.shell.api.completers.DivisionCompleter;
import org.guanai.registry.console.support.Labels;
import org.guanai.shell.api.BadInputException;
import org.guanai.shell.api.Console;
import org.guanai.shell.api.ConsoleFiles;
import org.guanai.shell.api.FileNameCompleter;

@Service
@Command(scope = "registry", name = "export",
        description = "Writes the roster (花名册) in the import layout, CSV (UTF-8 with BOM, for Excel) or XLSX; ID numbers and phones masked unless --unmask")
public class Export implements Action {

    @Reference
    DivisionService divisions;

    @Reference
    RosterService roster;

    @Reference
    ConsoleFiles files;

    @Option(name = "--township", description = "Township: its name or 9-digit code")
    @Completion(DivisionCompleter.class)
    String township;

    @Option(name = "--village", description = "Village: its name (or 乡镇/村) or 12-digit code")
    @Completion(DivisionCompleter.class)
    String village;

    @Option(name = "--category", description = "LEFT_BEHIND_WOMAN, LEFT_BEHIND_CHILD or LEFT_BEHIND_ELDERLY (or 妇女, 儿童, 老人)")
    @Completion(value = StringsCompleter.class, values = {"LEFT_BEHIND_WOMAN", "LEFT_BEHIND_CHILD", "LEFT_BEHIND_ELDERLY"})
    String category;

    @Option(name = "--format", description = "csv or xlsx (default: from the file name, else csv)")
    @Completion(value = StringsCompleter.class, values = {"csv", "xlsx"})
    String format;

    @Option(name = "--include-ended", description = "Ended persons too (their 状态 column says so); by default only the active")
    boolean includeEnded;

    @Option(name = "--unmask", description = "Full ID numbers and phones (admin, county and township staff; needs --reason)")
    boolean unmask;

    @Option(name = "--reason", description = "Why the full numbers are needed (recorded)")
    String reason;

    @Argument(index = 0, name = "file", description = "Name of the new file in the files folder (never overwritten)",
            required = true)
    @Completion(FileNameCompleter.class)
    String file;

    @Override
    public Object execute() throws Exception {
        return Console.run("export", () -> {
            RosterExportQuery q = new RosterExportQuery();
            q.townshipCode = divisions.townshipCode("--township", township);
            q.villageCode = divisions.villageCode("--village", village);
            q.includeEnded = includeEnded;
            q.category = Labels.parse("--category", category, CareCategory.class);
            q.format = format(format, file);
            String why = Console.text(reason);
            if (unmask && why == null) {
                throw new BadInputException(Labels.text("bad.unmaskReason"));
            }
            Path target = files.create("FILE", file);
            int[] count = new int[1];
            Runnable export = () -> {
                try (OutputStream out = Files.newOutputStream(target)) {
                    count[0] = roster.export(q, out);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            };
            boolean written = false;
            try {
                Caller caller = CallerContext.current().orElse(null);
                if (unmask && caller != null) {
                    CallerContext.runAs(caller.unmasking(why), export);
                } else {
                    export.run();
                }
                written = true;
            } catch (UncheckedIOException e) {
                throw new BadInputException(file + ": cannot be written (" + e.getCause().getMessage() + ")");
            } finally {
                if (!written) {
                    Files.deleteIfExists(target); // nothing half-written is left behind
                }
            }
            System.out.println(Labels.say("export.done", count[0], target, q.format.extension()));
        });
    }

    static RosterFormat format(String option, String fileName) {
        String f = Console.text(option);
        if (f == null) {
            return fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? RosterFormat.XLSX : RosterFormat.CSV;
        }
        try {
            return RosterFormat.valueOf(f.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(Labels.text("bad.format", f));
        }
    }
}
