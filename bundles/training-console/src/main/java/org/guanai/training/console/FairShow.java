package org.guanai.training.console;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.guanai.registry.api.PageRequest;
import org.guanai.shell.api.Console;
import org.guanai.shell.api.Table;
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
            System.out.println("推介会 " + f.id + " · " + f.heldOn + " · " + (f.place == null ? "" : f.place + " · ")
                    + f.organiser + " · 到场 " + f.headCount + " 人 · 报名 " + f.signUps + " 人次");
            Table projects = new Table().number("项目").column("名称").column("推介单位").number("报名");
            for (FairProjectDTO p : f.projects) {
                projects.row(p.id, p.name, p.presenter == null ? "" : p.presenter, p.signUps);
            }
            projects.print(System.out);
            Table signUps = new Table().number("报名").number("人员").column("姓名").column("项目").column("日期");
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
