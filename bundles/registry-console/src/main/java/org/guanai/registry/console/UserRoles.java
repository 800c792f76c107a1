package org.guanai.registry.console;

import org.guanai.registry.console.support.Labels;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.guanai.registry.api.security.UserAccessDTO;
import org.guanai.registry.api.security.UserAccessService;
import org.guanai.shell.api.Console;

@Service
@Command(scope = "registry", name = "user-roles",
        description = "Sets a user's Guanai roles (admin, county, township, health, legal, stats), replacing theirs; "
                + "Karaf's own roles and roles from groups stay")
public class UserRoles implements Action {

    @Reference
    UserAccessService access;

    @Argument(index = 0, name = "user", description = "Login name", required = true)
    String user;

    @Argument(index = 1, name = "roles", description = "Guanai roles; none takes them all away", multiValued = true)
    @Completion(value = StringsCompleter.class, values = {"admin", "county", "township", "health", "legal", "stats"})
    List<String> roles;

    @Override
    public Object execute() throws Exception {
        return Console.run("roles", () -> {
            UserAccessDTO u = access.setRoles(user, roles == null ? List.of() : Console.split(roles));
            System.out.println(Labels.say("user.roles", u.name, String.join(", ", u.roles), sees(u)));
        });
    }

    static String sees(UserAccessDTO u) {
        switch (u.scope == null ? "" : u.scope) {
            case "all":
                return Labels.say("sees.all");
            case "nothing":
                return Labels.say("sees.nothing");
            default:
                return Labels.say("sees.divisions");
        }
    }
}
