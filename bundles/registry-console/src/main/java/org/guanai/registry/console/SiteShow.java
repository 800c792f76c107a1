package org.guanai.registry.console;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.guanai.registry.api.DivisionService;
import org.guanai.registry.api.ServiceSiteDTO;
import org.guanai.registry.api.ServiceSiteService;
import org.guanai.shell.api.completers.SiteIdCompleter;
import org.guanai.shell.api.Console;
import org.guanai.registry.console.support.Details;
import org.guanai.shell.api.DivisionNames;
import org.guanai.registry.console.support.Labels;

@Service
@Command(scope = "registry", name = "site-show", description = "Shows a service site")
public class SiteShow implements Action {

    @Reference
    ServiceSiteService sites;

    @Reference
    DivisionService divisions;

    @Argument(index = 0, name = "id", description = "Site id", required = true)
    @Completion(SiteIdCompleter.class)
    String id;

    @Override
    public Object execute() throws Exception {
        return Console.run("site", () -> {
            ServiceSiteDTO s = sites.get(Console.parseId("id", id));
            DivisionNames names = new DivisionNames(divisions);
            System.out.println("Site " + s.id + " · " + s.name);
            new Details()
                    .add("Kind", s.kind == null ? null : Labels.zh(s.kind) + " (" + s.kind + ")")
                    .add("Village", names.nameAndCode(s.villageCode))
                    .add("Township", names.nameAndCode(s.townshipCode))
                    .add("Address", s.address)
                    .add("Opened on", s.openedOn)
                    .add("Remote education", Labels.yesNo(s.remoteEducationStation))
                    .add("Parents' school", Labels.yesNo(s.parentsSchool))
                    .add("Contact", s.contactName)
                    .add("Contact phone", s.contactPhone)
                    .add("Notes", s.notes)
                    .add("Status", s.status)
                    .add("Ended on", s.endedOn)
                    .add("End note", s.endNote)
                    .add("Version", s.version)
                    .print(System.out);
        });
    }
}
