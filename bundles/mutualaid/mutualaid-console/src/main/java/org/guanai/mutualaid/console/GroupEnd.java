package org.guanai.mutualaid.console;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.action.Argument;
import org.guanai.mutualaid.api.GroupDTO;
import org.guanai.mutualaid.api.GroupService;
import org.guanai.registry.api.EndRequest;
import org.guanai.mutualaid.console.support.Labels;
import org.guanai.shell.api.Console;

/** Ends a group: its members and activities stay on record. */
@Service
@Command(scope = "mutualaid", name = "group-end", description = "Ends a mutual-aid group (its records stay)")
public class GroupEnd implements Action {

    @Reference
    GroupService groups;

    @Argument(index = 0, name = "id", required = true, description = "Group id")
    String id;

    @Option(name = "--date", description = "Day it ended, YYYY-MM-DD (default today)")
    String date;

    @Option(name = "--note", description = "Why, e.g. 并入生产互助组")
    String note;

    @Override
    public Object execute() throws Exception {
        return Console.run("end", () -> {
            long groupId = Console.parseId("id", id);
            GroupDTO current = groups.get(groupId);
            GroupDTO ended = groups.end(groupId, current.version,
                    new EndRequest(Console.parseDate("--date", date), null, Console.text(note)));
            System.out.println(Labels.say("group.ended", ended.id, ended.name, ended.endedOn));
        });
    }
}
