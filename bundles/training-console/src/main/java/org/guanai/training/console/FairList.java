package org.guanai.training.console;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.guanai.registry.api.DivisionService;
import org.guanai.registry.api.Page;
import org.guanai.shell.api.Console;
import org.guanai.shell.api.DivisionNames;
import org.guanai.shell.api.Table;
import org.guanai.shell.api.completers.TownshipCompleter;
import org.guanai.training.api.FairDTO;
import org.guanai.training.api.FairQuery;
import org.guanai.training.api.FairService;
import org.guanai.training.console.support.Labels;

@Service
@Command(scope = "training", name = "fair-list", description = "列出创业项目推介会。Lists entrepreneurship project fairs")
public class FairList implements Action {

    @Reference
    FairService fairs;

    @Reference
    DivisionService divisions;

    @Option(name = "--township", description = "乡镇代码（9 位）。Township code")
    @Completion(TownshipCompleter.class)
    String township;

    @Option(name = "--year", description = "举办年度。Year held")
    String year;

    @Option(name = "--offset", description = "跳过的行数（默认 0）。Rows to skip")
    String offset;

    @Option(name = "--limit", description = "显示的行数（默认 50，最多 500）。Rows to show")
    String limit;

    @Override
    public Object execute() throws Exception {
        return Console.run("fair query", () -> {
            FairQuery q = new FairQuery();
            q.townshipCode = Console.text(township);
            q.year = Console.parseYear("--year", year);
            Page<FairDTO> page = fairs.list(q, Console.page(offset, limit));
            DivisionNames names = new DivisionNames(divisions);
            Table table = new Table().number(Labels.col("id")).column(Labels.col("date"))
                    .column(Labels.col("township")).column(Labels.col("place")).column(Labels.col("organiser"))
                    .number(Labels.col("headCount")).number(Labels.col("projects")).number(Labels.col("signUps"));
            for (FairDTO f : page.items) {
                table.row(f.id, f.heldOn, names.name(f.townshipCode), f.place == null ? "" : f.place, f.organiser,
                        f.headCount, f.projects.size(), f.signUps);
            }
            if (!table.isEmpty()) {
                table.print(System.out);
            }
            Console.printFooter(System.out, page, Labels.text("noun.fairs"));
        });
    }
}
