package org.guanai.registry.console;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.guanai.registry.api.ServiceSiteDTO;
import org.guanai.registry.api.ServiceSiteService;
import org.guanai.registry.api.SiteKind;
import org.guanai.shell.api.completers.DivisionCompleter;
import org.guanai.shell.api.Console;
import org.guanai.registry.console.support.Labels;

@Service
@Command(scope = "registry", name = "site-add", description = "Registers a children's home, women's home or combined site")
public class SiteAdd implements Action {

    @Reference
    ServiceSiteService sites;

    @Option(name = "--kind", description = "CHILDRENS_HOME, WOMENS_HOME or COMBINED", required = true)
    @Completion(value = StringsCompleter.class, values = {"CHILDRENS_HOME", "WOMENS_HOME", "COMBINED"})
    String kind;

    @Option(name = "--name", description = "Name, e.g. 石门村留守儿童之家", required = true)
    String name;

    @Option(name = "--village", description = "Village code (12 digits)", required = true)
    @Completion(DivisionCompleter.class)
    String village;

    @Option(name = "--opened", description = "Opened on, YYYY-MM-DD")
    String opened;

    @Option(name = "--remote-education", description = "Has a remote-education station (远程教育站)")
    boolean remoteEducation;

    @Option(name = "--parents-school", description = "Runs a parents' school (家长学校)")
    boolean parentsSchool;

    @Option(name = "--contact-name", description = "Contact person")
    String contactName;

    @Option(name = "--contact-phone", description = "Contact phone")
    String contactPhone;

    @Option(name = "--address", description = "Address")
    String address;

    @Option(name = "--notes", description = "Notes")
    String notes;

    @Override
    public Object execute() throws Exception {
        return Console.run("site", () -> {
            ServiceSiteDTO s = new ServiceSiteDTO();
            s.kind = Labels.parse("--kind", kind, SiteKind.class);
            s.name = Console.text(name);
            s.villageCode = Console.text(village);
            s.openedOn = Console.parseDate("--opened", opened);
            s.remoteEducationStation = remoteEducation;
            s.parentsSchool = parentsSchool;
            s.contactName = Console.text(contactName);
            s.contactPhone = Console.text(contactPhone);
            s.address = Console.text(address);
            s.notes = Console.text(notes);
            ServiceSiteDTO created = sites.create(s);
            System.out.println(Labels.say("site.added", created.id, created.name, Labels.zh(created.kind)));
        });
    }
}
