package org.guanai.mutualaid.console;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.guanai.mutualaid.api.GroupDTO;
import org.guanai.mutualaid.api.GroupKind;
import org.guanai.mutualaid.api.GroupService;
import org.guanai.mutualaid.console.support.Labels;
import org.guanai.shell.api.Console;
import org.guanai.shell.api.completers.SiteIdCompleter;
import org.guanai.shell.api.completers.VillageCompleter;

/** Registers a group; the service checks every field, as over REST. */
@Service
@Command(scope = "mutualaid", name = "group-add", description = "Registers a mutual-aid group of a village or women's home")
public class GroupAdd implements Action {

    @Reference
    GroupService groups;

    @Option(name = "--name", required = true, description = "The group's name, e.g. 前吴村治安互助组")
    String name;

    @Option(name = "--kind", required = true, description = "SECURITY (治安), SANITATION (环卫), RIGHTS (维权), PRODUCTION (生产), CULTURE_SPORTS (文体), OTHER")
    String kind;

    @Option(name = "--village", description = "Village code (12 digits); the site's when absent")
    @Completion(VillageCompleter.class)
    String village;

    @Option(name = "--site", description = "The women's home (site id) it belongs to")
    @Completion(SiteIdCompleter.class)
    String site;

    @Option(name = "--founded", required = true, description = "Day it was founded, YYYY-MM-DD")
    String founded;

    @Option(name = "--notes", description = "Notes")
    String notes;

    @Override
    public Object execute() throws Exception {
        return Console.run("group", () -> {
            GroupDTO g = new GroupDTO();
            g.name = Console.text(name);
            g.kind = Labels.parse("--kind", kind, GroupKind.class);
            g.villageCode = Console.text(village);
            g.siteId = Console.parseId("--site", site);
            g.foundedOn = Console.parseDate("--founded", founded);
            g.notes = Console.text(notes);
            GroupDTO saved = groups.create(g);
            System.out.println(Labels.say("group.registered", saved.id, saved.name, Labels.label(saved.kind),
                    saved.villageCode, saved.foundedOn));
        });
    }
}
