package org.guanai.registry.console;

import org.guanai.registry.console.support.Labels;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.guanai.registry.api.security.UserAccessDTO;
import org.guanai.registry.api.security.UserAccessService;
import org.guanai.shell.api.completers.DivisionCompleter;
import org.guanai.shell.api.BadInputException;
import org.guanai.shell.api.Console;

@Service
@Command(scope = "registry", name = "user-divisions",
        description = "Assigns townships (9 digits) or villages (12 digits) to a user, replacing those assigned; --clear removes them")
public class UserDivisions implements Action {

    @Reference
    UserAccessService access;

    @Option(name = "--clear", description = "Remove all the user's divisions")
    boolean clear;

    @Argument(index = 0, name = "user", description = "Login name", required = true)
    String user;

    @Argument(index = 1, name = "codes", description = "Township or village codes", multiValued = true)
    @Completion(DivisionCompleter.class)
    List<String> codes;

    @Override
    public Object execute() throws Exception {
        return Console.run("divisions", () -> {
            List<String> given = codes == null ? List.of() : Console.split(codes);
            if (clear && !given.isEmpty()) {
                throw new BadInputException(Labels.text("bad.clearWithCodes"));
            }
            if (!clear && given.isEmpty()) {
                throw new BadInputException(Labels.text("bad.noCodes"));
            }
            UserAccessDTO u = access.setDivisions(user, clear ? List.of() : given);
            System.out.println(Labels.say("user.divisions", u.name, u.divisions.isEmpty() ? Labels.say("none")
                    : String.join(", ", u.divisions), UserRoles.sees(u)));
        });
    }
}
