package org.guanai.registry.console;

import org.guanai.registry.console.support.Labels;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.guanai.registry.api.operations.BackupDTO;
import org.guanai.registry.api.operations.BackupService;
import org.guanai.shell.api.Console;

@Service
@Command(scope = "registry", name = "backup",
        description = "Backs the whole database up now, online, into the data home's backups folder (备份)")
public class Backup implements Action {

    @Reference
    BackupService backups;

    @Override
    public Object execute() throws Exception {
        return Console.run("backup", () -> {
            System.out.println(Labels.say("backup.running"));
            BackupDTO made;
            try {
                made = backups.backup();
            } catch (IllegalStateException e) {
                System.err.println(e.getMessage());
                return;
            }
            System.out.println(Labels.say("backup.done", made.name, Backups.size(made.sizeBytes), made.tables.size(),
                    String.format(java.util.Locale.ROOT, "%.1f", made.durationMillis / 1000.0)));
            System.out.println(Backups.summary(made.tables));
        });
    }
}
