package org.guanai.registry.console;

import org.guanai.registry.console.support.Labels;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.guanai.registry.api.operations.BackupDTO;
import org.guanai.registry.api.operations.BackupService;
import org.guanai.registry.api.operations.TableCountDTO;
import org.guanai.shell.api.Console;
import org.guanai.shell.api.Table;

@Service
@Command(scope = "registry", name = "backups", description = "Lists the backups in the data home, newest first (备份列表)")
public class Backups implements Action {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    @Reference
    BackupService backups;

    @Override
    public Object execute() throws Exception {
        return Console.run("backup", () -> {
            List<BackupDTO> all = backups.list();
            Table table = new Table().column(Labels.col("title.name")).column(Labels.col("made")).column(Labels.col("by")).column(Labels.col("trigger")).number(Labels.col("size"))
                    .number(Labels.col("persons")).number(Labels.col("households")).number(Labels.col("auditRows"));
            for (BackupDTO b : all) {
                table.row(b.name, TIME.format(b.createdAt), b.createdBy, trigger(b.trigger), size(b.sizeBytes),
                        rows(b.tables, "PERSONS"), rows(b.tables, "HOUSEHOLDS"), rows(b.tables, "AUDIT_ENTRIES"));
            }
            table.print(System.out);
            System.out.println(Labels.say("backups.count", all.size()));
            backups.stagedRestore().ifPresent(r -> System.out.println(Labels.say("backups.staged", r.backup)));
        });
    }

    /** 手动 / 每日自动 (manual / daily) for the two triggers; another one as it is stored. */
    static String trigger(String trigger) {
        return trigger != null && Labels.TEXT.has("trigger." + trigger) ? Labels.say("trigger." + trigger)
                : String.valueOf(trigger);
    }

    static String size(long bytes) {
        return bytes < 0 ? "?" : String.format(Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0);
    }

    static String rows(List<TableCountDTO> tables, String table) {
        return tables.stream().filter(t -> t.table.equalsIgnoreCase(table)).map(t -> Long.toString(t.rows))
                .findFirst().orElse("");
    }

    /** The registry's main tables in one line. */
    static String summary(List<TableCountDTO> tables) {
        return Labels.say("backups.summary", rows(tables, "PERSONS"), rows(tables, "HOUSEHOLDS"),
                rows(tables, "GUARDIANSHIPS"), rows(tables, "AUDIT_ENTRIES"));
    }
}
