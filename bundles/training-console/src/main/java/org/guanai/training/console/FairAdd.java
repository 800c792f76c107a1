package org.guanai.training.console;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.guanai.registry.api.ValidationException;
import org.guanai.shell.api.Console;
import org.guanai.shell.api.completers.SiteIdCompleter;
import org.guanai.shell.api.completers.TownshipCompleter;
import org.guanai.shell.api.completers.VillageCompleter;
import org.guanai.training.console.support.Labels;
import org.guanai.training.api.FairDTO;
import org.guanai.training.api.FairProjectDTO;
import org.guanai.training.api.FairService;

@Service
@Command(scope = "training", name = "fair-add", description = "登记创业项目推介会及其推介的项目。Records an entrepreneurship project fair")
public class FairAdd implements Action {

    @Reference
    FairService fairs;

    @Option(name = "--date", required = true, description = "举办日期 YYYY-MM-DD。The day it is held")
    String date;

    @Option(name = "--site", description = "举办的服务阵地编号。The registry service site where it is held")
    @Completion(SiteIdCompleter.class)
    String site;

    @Option(name = "--village", description = "或举办的村。Or the village")
    @Completion(VillageCompleter.class)
    String village;

    @Option(name = "--township", description = "或所属乡镇。Or the township")
    @Completion(TownshipCompleter.class)
    String township;

    @Option(name = "--place", description = "地点，如 县妇女儿童活动中心。The place in words")
    String place;

    @Option(name = "--organiser", required = true, description = "主办单位。Organiser, e.g. 县人社局、县妇联")
    String organiser;

    @Option(name = "--head-count", description = "到场人数（举办后）。How many came (once held)")
    String headCount;

    @Option(name = "--project", required = true, multiValued = true,
            description = "推介项目：名称|推介单位|简介，可重复。A project: name|presenter|description, repeatable")
    List<String> projects;

    @Override
    public Object execute() throws Exception {
        return Console.run("fair", () -> {
            FairDTO f = new FairDTO();
            f.heldOn = Console.parseDate("--date", date);
            f.siteId = Console.parseId("--site", site);
            f.villageCode = Console.text(village);
            f.townshipCode = Console.text(township);
            f.place = Console.text(place);
            f.organiser = Console.text(organiser);
            Integer n = Console.parseInt("--head-count", headCount);
            f.headCount = n == null ? 0 : n;
            for (String p : projects) {
                f.projects.add(project(p));
            }
            FairDTO created = fairs.create(f);
            System.out.println(Labels.say("fair.added", created.id, created.heldOn, created.organiser,
                    created.projects.size()));
            for (FairProjectDTO p : created.projects) {
                System.out.println(Labels.say("fair.project", p.id, p.name,
                        p.presenter == null ? "" : Labels.text("fair.presenter", p.presenter)));
            }
        });
    }

    /** name|presenter|description; only the name is needed. */
    static FairProjectDTO project(String spec) {
        String[] parts = spec.split("\\|", -1);
        if (parts.length > 3) {
            throw ValidationException.of("--project", Labels.text("fair.projectSpec", spec));
        }
        FairProjectDTO p = new FairProjectDTO();
        p.name = Console.text(parts[0]);
        p.presenter = parts.length > 1 ? Console.text(parts[1]) : null;
        p.description = parts.length > 2 ? Console.text(parts[2]) : null;
        return p;
    }
}
