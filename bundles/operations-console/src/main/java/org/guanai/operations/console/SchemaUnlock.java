package org.guanai.operations.console;

import java.util.Optional;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.guanai.registry.api.RegistryException;
import org.guanai.registry.api.operations.MigrationLockDTO;
import org.guanai.registry.api.operations.StatusService;
import org.guanai.shell.api.Console;

@Service
@Command(scope = "registry", name = "schema-unlock",
        description = "Releases the schema migration lock that a crashed migration left behind (释放迁移锁)",
        detailedDescription = "A migration that did not finish (a crash, kill -9, a power cut) leaves Liquibase's lock"
                + " set, and the next migrations wait for it; it is released by itself once older than"
                + " schema.lock.stale.minutes (etc/org.guanai.registry.cfg, default 5). Refused while a migration of"
                + " this Guanai runs.")
public class SchemaUnlock implements Action {

    @Reference
    StatusService status;

    @Override
    public Object execute() throws Exception {
        Optional<MigrationLockDTO> released;
        try {
            released = status.releaseMigrationLock();
        } catch (RegistryException e) {
            System.err.println(OperationsText.say("notReleased", e.getMessage(Console.language())));
            return null;
        } catch (IllegalStateException e) {
            System.err.println(OperationsText.say("notReleased", e.getMessage()));
            return null;
        }
        if (released.isPresent()) {
            System.out.println(OperationsText.say("released", released.get().lockedBy,
                    Schema.TIME.format(released.get().grantedAt)));
        } else {
            System.out.println(OperationsText.say("noLock"));
        }
        return null;
    }
}
