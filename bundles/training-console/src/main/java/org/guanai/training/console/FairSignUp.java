package org.guanai.training.console;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.guanai.shell.api.Console;
import org.guanai.shell.api.completers.PersonIdCompleter;
import org.guanai.training.console.support.Labels;
import org.guanai.training.api.FairService;
import org.guanai.training.api.FairSignUpDTO;

@Service
@Command(scope = "training", name = "fair-sign-up", description = "为人员报名推介会的项目。Signs persons up for a fair's project")
public class FairSignUp implements Action {

    @Reference
    FairService fairs;

    @Option(name = "--fair", required = true, description = "推介会编号。Fair id")
    String fair;

    @Option(name = "--project", required = true, description = "项目编号（见 training:fair-show）。Project id")
    String project;

    @Option(name = "--date", description = "报名日期 YYYY-MM-DD（默认推介会当天）。Signed up on (default the fair's day)")
    String date;

    @Argument(index = 0, name = "persons", description = "人员编号。Person ids", required = true, multiValued = true)
    @Completion(PersonIdCompleter.class)
    List<String> persons;

    @Override
    public Object execute() throws Exception {
        return Console.run("sign-up", () -> {
            long fairId = Console.parseId("--fair", fair);
            Long projectId = Console.parseId("--project", project);
            java.time.LocalDate on = Console.parseDate("--date", date);
            for (Long person : Console.parseIds("persons", persons)) {
                Console.run("sign-up of person " + person, () -> {
                    FairSignUpDTO s = new FairSignUpDTO();
                    s.projectId = projectId;
                    s.personId = person;
                    s.signedUpOn = on;
                    FairSignUpDTO done = fairs.signUp(fairId, s);
                    System.out.println(Labels.say("fair.signedUp",
                            done.personName == null ? Labels.text("person", person) : done.personName,
                            done.projectName, done.id));
                });
            }
        });
    }
}
