package org.guanai.registry.console;

import org.guanai.registry.console.support.Labels;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.guanai.registry.api.operations.BackupService;
import org.guanai.registry.api.operations.RestoreDTO;
import org.guanai.registry.api.operations.TableCountDTO;
import org.guanai.shell.api.Console;
import org.guanai.shell.api.Table;

@Service
@Command(scope = "registry", name = "restore",
        description = "Checks a backup and stages it to replace the database at the next start (恢复备份)",
        detailedDescription = "Every table of the backup is checked against its own record (rows, checksum). The"
                + " database cannot be swapped while Guanai runs on it: restart Guanai to apply the restore; the"
                + " database it replaces is kept under the data home's restore/ folder. With Guanai stopped,"
                + " bin/guanai-restore does the same at once.")
public class Restore implements Action {

    @Reference
    BackupService backups;

    @Argument(index = 0, name = "backup", required = true, description = "The backup's name, as registry:backups lists it")
    String name;

    @Override
    public Object execute() throws Exception {
        return Console.run("backup", () -> {
            RestoreDTO staged;
            try {
                staged = backups.stageRestore(name);
            } catch (IllegalStateException e) {
                System.err.println(e.getMessage());
                return;
            }
            Table table = new Table().column(Labels.col("table")).number(Labels.col("rows")).column(Labels.col("checksum"));
            for (TableCountDTO t : staged.tables) {
                table.row(t.table, t.rows, t.checksum.substring(0, 12) + " = backup");
            }
            table.print(System.out);
            System.out.println(staged.message(Console.language()));
        });
    }
}
