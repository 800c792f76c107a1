package org.guanai.registry.console;

import org.guanai.registry.console.support.Labels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.guanai.shell.api.Console;
import org.guanai.shell.api.ConsoleFiles;
import org.guanai.shell.api.Table;

/**
 * The files folder the console reads rosters and division lists from and writes exports and reports to: the
 * only place a file argument names (ACL: those who import or export).
 */
@Service
@Command(scope = "registry", name = "files",
        description = "Lists the files folder: what import and division-import read, where export and reports go")
public class FileList implements Action {
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    @Reference
    ConsoleFiles files;

    @Override
    public Object execute() throws Exception {
        return Console.run("files", () -> {
            List<Path> all = files.list();
            System.out.println(Labels.say("files.folder", files.folder()));
            if (all.isEmpty()) {
                System.out.println(Labels.say("files.none"));
                return;
            }
            Table table = new Table().column(Labels.col("fileName")).number(Labels.col("sizeKb")).column(Labels.col("modified"));
            for (Path file : all) {
                BasicFileAttributes a;
                try {
                    a = Files.readAttributes(file, BasicFileAttributes.class);
                } catch (IOException e) {
                    continue; // gone meanwhile
                }
                table.row(file.getFileName(), (a.size() + 1023) / 1024, AT.format(a.lastModifiedTime().toInstant()));
            }
            table.print(System.out);
            System.out.println(Labels.say("files.count", all.size()));
        });
    }
}
