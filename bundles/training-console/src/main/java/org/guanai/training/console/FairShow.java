package org.guanai.training.console;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.guanai.registry.api.PageRequest;
import org.guanai.shell.api.Console;
import org.guanai.shell.api.Table;
import org.guanai.training.console.support.Labels;
import org.guanai.training.api.FairDTO;
import org.guanai.training.api.FairProjectDTO;
import org.guanai.training.api.FairService;
import org.guanai.training.api.FairSignUpDTO;

@Service
@Command(scope = "training", name = "fair-show", description = "显示推介会、其项目与报名。Shows a fair, its projects and sign-ups")
public class FairShow implements Action {

    @Reference
    FairService fairs;

    @Argument(index = 0, name = "id", description = "推介会编号。Fair id", required = true)
    String id;

    @Override
    public Object execute() throws Exception {
        return Console.run("fair", () -> {
            long fairId = Console.parseId("fair", id);
            FairDTO f = fairs.get(fairId);
            System.out.println(Labels.say("fair.shown", f.id, f.heldOn, f.place == null ? "" : f.place + " · ",
                    f.organiser, f.headCount, f.signUps));
            Table projects = new Table().number(Labels.col("project")).column(Labels.col("projectName"))
                    .column(Labels.col("presenter")).number(Labels.col("signUps"));
            for (FairProjectDTO p : f.projects) {
                projects.row(p.id, p.name, p.presenter == null ? "" : p.presenter, p.signUps);
            }
            projects.print(System.out);
            Table signUps = new Table().number(Labels.col("signUps")).number(Labels.col("person"))
                    .column(Labels.col("name")).column(Labels.col("project")).column(Labels.col("date"));
            for (FairSignUpDTO s : fairs.signUps(fairId, null, PageRequest.first(PageRequest.MAX_LIMIT)).items) {
                signUps.row(s.id, s.personId, s.personName == null ? "" : s.personName, s.projectName, s.signedUpOn);
            }
            if (!signUps.isEmpty()) {
                System.out.println();
                signUps.print(System.out);
            }
        });
    }
}
