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
            System.out.println(Labels.say("site.title", s.id, s.name));
            new Details()
                    .add(Labels.field("kind"), s.kind == null ? null : Labels.zh(s.kind) + " (" + s.kind + ")")
                    .add(Labels.field("village"), names.nameAndCode(s.villageCode))
                    .add(Labels.field("township"), names.nameAndCode(s.townshipCode))
                    .add(Labels.field("address"), s.address)
                    .add(Labels.field("openedOn"), s.openedOn)
                    .add(Labels.field("remoteEducation"), Labels.yesNo(s.remoteEducationStation))
                    .add(Labels.field("parentsSchool"), Labels.yesNo(s.parentsSchool))
                    .add(Labels.field("contact"), s.contactName)
                    .add(Labels.field("contactPhone"), s.contactPhone)
                    .add(Labels.field("notes"), s.notes)
                    .add(Labels.field("status"), s.status)
                    .add(Labels.field("endedOn"), s.endedOn)
                    .add(Labels.field("endNote"), s.endNote)
                    .add(Labels.field("version"), s.version)
                    .print(System.out);
        });
    }
}
