package org.guanai.registry.console;

import org.guanai.registry.console.support.Labels;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.guanai.registry.api.StatsService;
import org.guanai.registry.api.TownshipStatsDTO;
import org.guanai.shell.api.Console;
import org.guanai.shell.api.Table;

@Service
@Command(scope = "registry", name = "stats", description = "Active counts by township, with the county total last")
public class Stats implements Action {

    @Reference
    StatsService stats;

    @Override
    public Object execute() throws Exception {
        return Console.run("query", () -> {
            Table table = new Table().column(Labels.col("code")).column(Labels.col("township")).number(Labels.col("women")).number(Labels.col("children"))
                    .number(Labels.col("elderly")).number(Labels.col("households")).number(Labels.col("sites")).number(Labels.col("noCapableGuardian"));
            for (TownshipStatsDTO t : stats.byTownship()) {
                row(table, t.townshipCode, t.townshipName, t);
            }
            TownshipStatsDTO county = stats.county();
            row(table, county.townshipCode, "合计 " + (county.townshipName == null ? "" : county.townshipName), county);
            table.print(System.out);
        });
    }

    private static void row(Table table, String code, String name, TownshipStatsDTO t) {
        table.row(code, name, t.women, t.children, t.elderly, t.households, t.sites, t.childrenWithoutCapableGuardian);
    }
}
