package org.guanai.registry.console;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.guanai.registry.api.CountySetupDTO;
import org.guanai.registry.api.DivisionDTO;
import org.guanai.registry.api.DivisionService;
import org.guanai.registry.api.NotFoundException;
import org.guanai.shell.api.Console;
import org.guanai.shell.api.Table;

@Service
@Command(scope = "registry", name = "county",
        description = "Sets the registry up for a county (县): its townships and villages with their statistical codes, "
                + "from the national list shipped with Guanai. Without an argument: the county served now")
public class County implements Action {

    @Reference
    DivisionService divisions;

    @Argument(index = 0, name = "county", description = "The county's 6-digit code or its name (430621, 岳阳县)")
    String county;

    @Option(name = "--dry-run", description = "Show what would change; change nothing")
    boolean dryRun;

    @Override
    public Object execute() throws Exception {
        return Console.run("county", () -> {
            PrintStream out = System.out;
            if (Console.text(county) == null) {
                show(out);
                return;
            }
            CountySetupDTO done = divisions.setUpCounty(county, dryRun);
            out.println((done.dryRun ? "试运行，未作改动 Dry run, nothing changed. " : "")
                    + done.county.name + " " + done.county.code + " (" + done.province + done.city + ", "
                    + done.edition + ")");
            if (done.previous != null) {
                out.println("  替换 replaces " + done.previous.name + " " + done.previous.code);
            }
            out.printf("  %d 个乡镇 townships, %d 个村(社区) villages: %d 新增 added, %d 改名 renamed, %d 未变 unchanged%n",
                    done.townships, done.villages, done.added, done.renamed, done.unchanged);
            if (!done.removed.isEmpty()) {
                out.println("  " + (done.dryRun ? "将删除 would remove" : "已删除 removed") + " " + done.removed.size()
                        + " (不在全国区划中且无记录 not in the national list, nothing filed under them): "
                        + names(done.removed.stream().map(d -> d.code + " " + d.name).toList()));
            }
            for (CountySetupDTO.KeptDivision k : done.kept) {
                out.println("  保留 kept " + k.division.code + " " + k.division.name + ": "
                        + (k.addedByHand ? "手工添加 added by hand" : k.records + " 条记录 records filed under it"));
            }
            if (!done.dryRun) {
                out.println("Type registry:division-list for the townships.");
            }
        });
    }

    private void show(PrintStream out) {
        DivisionDTO c;
        try {
            c = divisions.county();
        } catch (NotFoundException e) {
            out.println("尚未设置县 No county is set up yet. Set one up by code or name: registry:county 430621 "
                    + "(or registry:county 岳阳县)");
            return;
        }
        Table table = new Table().column("code").column("township").number("villages");
        int villages = 0;
        for (DivisionDTO t : divisions.children(c.code)) {
            int n = divisions.children(t.code).size();
            villages += n;
            table.row(t.code, t.name, n);
        }
        out.println(c.name + " " + c.code + ":");
        table.print(out);
        out.println(divisions.children(c.code).size() + " 个乡镇 townships, " + villages + " 个村(社区) villages");
    }

    private static String names(java.util.List<String> all) {
        return all.size() <= 10 ? String.join(", ", all)
                : String.join(", ", all.subList(0, 10)) + " … (" + all.size() + ")";
    }
}
