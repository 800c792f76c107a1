package org.guanai.registry.console;

import org.guanai.registry.console.support.Labels;
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
            out.println((done.dryRun ? Labels.say("county.dryRun") : "")
                    + Labels.say("county.done", done.county.name, done.county.code, done.province + done.city,
                    done.edition));
            if (done.previous != null) {
                out.println("  " + Labels.say("county.replaces", done.previous.name, done.previous.code));
            }
            out.println("  " + Labels.say("county.counts", done.townships, done.villages, done.added, done.renamed,
                    done.unchanged));
            if (!done.removed.isEmpty()) {
                out.println("  " + Labels.say(done.dryRun ? "county.wouldRemove" : "county.removed", done.removed.size(),
                        names(done.removed.stream().map(d -> d.code + " " + d.name).toList())));
            }
            for (CountySetupDTO.KeptDivision k : done.kept) {
                out.println("  " + Labels.say("county.kept", k.division.code, k.division.name,
                        k.addedByHand ? Labels.say("county.byHand") : Labels.say("county.records", k.records)));
            }
            if (!done.dryRun) {
                out.println(Labels.say("county.next"));
            }
        });
    }

    private void show(PrintStream out) {
        DivisionDTO c;
        try {
            c = divisions.county();
        } catch (NotFoundException e) {
            out.println(Labels.say("county.none"));
            return;
        }
        Table table = new Table().column(Labels.col("code")).column(Labels.col("township")).number(Labels.col("villages"));
        int villages = 0;
        for (DivisionDTO t : divisions.children(c.code)) {
            int n = divisions.children(t.code).size();
            villages += n;
            table.row(t.code, t.name, n);
        }
        out.println(Labels.say("county.title", c.name, c.code));
        table.print(out);
        out.println(Labels.say("county.size", divisions.children(c.code).size(), villages));
    }

    private static String names(java.util.List<String> all) {
        String separator = Labels.say("listSeparator");
        return all.size() <= 10 ? String.join(separator, all)
                : String.join(separator, all.subList(0, 10)) + " … (" + all.size() + ")";
    }
}
