package org.guanai.operations.console;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.guanai.registry.api.operations.PartStatusDTO;
import org.guanai.registry.api.operations.StatusDTO;
import org.guanai.registry.api.operations.StatusService;
import org.guanai.shell.api.Console;
import org.guanai.shell.api.Table;


/** Only the status service: this command works while the registry waits for or fails its migrations. */
@Service
@Command(scope = "registry", name = "schema",
        description = "Shows whether the data home, the database and each schema are ready, and the migration lock (运行状态)")
public class Schema implements Action {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    @Reference
    StatusService status;

    @Override
    public Object execute() throws Exception {
        StatusDTO now = status.status();
        System.out.println(OperationsText.say("dataHome", now.dataHome));
        Table table = new Table().column("part").column("state").column("since").column("detail");
        for (PartStatusDTO p : now.parts) {
            table.row(p.name, p.state, p.since == null ? "" : TIME.format(p.since), p.detail == null && p.text == null ? "" : p.detail(Console.language()));
        }
        table.print(System.out);
        System.out.println(OperationsText.say(now.up ? "up" : "down"));
        status.migrationLock().ifPresent(lock -> System.out.println(OperationsText.say("lockHeld",
                lock.lockedBy, TIME.format(lock.grantedAt), TIME.format(lock.staleAt))));
        return null;
    }
}
