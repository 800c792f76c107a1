package org.guanai.registry.console;

import org.guanai.registry.console.support.Labels;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.guanai.registry.api.security.UserAccessDTO;
import org.guanai.registry.api.security.UserAccessService;
import org.guanai.shell.api.Console;
import org.guanai.shell.api.Table;

@Service
@Command(scope = "registry", name = "user-list", description = "Lists users with their roles, assigned divisions and what they see")
public class UserList implements Action {

    @Reference
    UserAccessService access;

    @Override
    public Object execute() throws Exception {
        return Console.run("user", () -> {
            List<UserAccessDTO> users = access.users();
            Table table = new Table().column(Labels.col("user")).column(Labels.col("roles")).column(Labels.col("divisions")).column(Labels.col("sees"));
            for (UserAccessDTO u : users) {
                table.row(u.name, String.join(", ", u.roles), String.join(", ", u.divisions), UserRoles.sees(u));
            }
            table.print(System.out);
        });
    }
}
