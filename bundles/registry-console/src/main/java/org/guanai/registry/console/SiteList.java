package org.guanai.registry.console;

import java.util.ArrayList;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.guanai.registry.api.DivisionService;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.ServiceSiteDTO;
import org.guanai.registry.api.ServiceSiteService;
import org.guanai.registry.api.SiteKind;
import org.guanai.registry.api.SiteQuery;
import org.guanai.registry.api.Status;
import org.guanai.shell.api.completers.DivisionCompleter;
import org.guanai.shell.api.Console;
import org.guanai.shell.api.DivisionNames;
import org.guanai.registry.console.support.Labels;
import org.guanai.shell.api.Table;

@Service
@Command(scope = "registry", name = "site-list", description = "Lists children's homes, women's homes and combined sites")
public class SiteList implements Action {

    @Reference
    ServiceSiteService sites;

    @Reference
    DivisionService divisions;

    @Option(name = "--township", description = "Township: its name or 9-digit code")
    @Completion(DivisionCompleter.class)
    String township;

    @Option(name = "--village", description = "Village: its name (or 乡镇/村) or 12-digit code")
    @Completion(DivisionCompleter.class)
    String village;

    @Option(name = "--kind", description = "CHILDRENS_HOME, WOMENS_HOME or COMBINED")
    @Completion(value = StringsCompleter.class, values = {"CHILDRENS_HOME", "WOMENS_HOME", "COMBINED"})
    String kind;

    @Option(name = "--status", description = "ACTIVE or ENDED")
    @Completion(value = StringsCompleter.class, values = {"ACTIVE", "ENDED"})
    String status;

    @Option(name = "--name", description = "Name starts with this")
    String name;

    @Option(name = "--offset", description = "Rows to skip (default 0)")
    String offset;

    @Option(name = "--limit", description = "Rows to show (default 50, at most 500)")
    String limit;

    @Override
    public Object execute() throws Exception {
        return Console.run("site query", () -> {
            SiteQuery query = new SiteQuery();
            query.townshipCode = divisions.townshipCode("--township", township);
            query.villageCode = divisions.villageCode("--village", village);
            query.kind = Labels.parse("--kind", kind, SiteKind.class);
            query.status = Labels.parse("--status", status, Status.class);
            query.namePrefix = Console.text(name);
            Page<ServiceSiteDTO> page = sites.list(query, Console.page(offset, limit));

            DivisionNames names = new DivisionNames(divisions);
            Table table = new Table().number(Labels.col("id")).column(Labels.col("kind")).column(Labels.col("title.name")).column(Labels.col("village"))
                    .column(Labels.col("opened")).column(Labels.col("facilities")).column(Labels.col("status"));
            for (ServiceSiteDTO s : page.items) {
                table.row(s.id, Labels.zh(s.kind), s.name, names.name(s.villageCode), s.openedOn, facilities(s),
                        s.status);
            }
            if (!table.isEmpty()) {
                table.print(System.out);
            }
            Console.printFooter(System.out, page, "sites");
        });
    }

    /** "远程教育、家长学校": the remote-education station and the parents' school. */
    static String facilities(ServiceSiteDTO s) {
        List<String> facilities = new ArrayList<>();
        if (s.remoteEducationStation) {
            facilities.add(Labels.say("facility.remoteEducation"));
        }
        if (s.parentsSchool) {
            facilities.add(Labels.say("facility.parentsSchool"));
        }
        return String.join(Labels.say("listSeparator"), facilities);
    }
}
