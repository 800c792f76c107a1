package org.guanai.meeting.console;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.guanai.meeting.api.MatterDTO;
import org.guanai.meeting.api.MatterService;
import org.guanai.meeting.console.support.Labels;
import org.guanai.shell.api.Console;
import org.guanai.shell.api.completers.HouseholdIdCompleter;
import org.guanai.shell.api.completers.PersonIdCompleter;
import org.guanai.shell.api.completers.TownshipCompleter;
import org.guanai.shell.api.completers.VillageCompleter;

/** Records a matter raised at a meeting; the service checks every field, as over REST. */
@Service
@Command(scope = "meeting", name = "matter-add", description = "登记会议议定事项 / Records a matter raised at a meeting")
public class MatterAdd implements Action {

    @Reference
    MatterService matters;

    @Option(name = "--meeting", required = true, description = "会议编号 / The meeting that raised it")
    String meeting;

    @Option(name = "--raised-by", required = true, description = "提出单位或人 / Who raised it, e.g. 县妇联")
    String raisedBy;

    @Option(name = "--title", required = true, description = "事项 / The matter, in a line")
    String title;

    @Option(name = "--description", description = "说明 / More about it")
    String description;

    @Option(name = "--department", required = true, description = "责任单位编号 / Id of the department assigned")
    String department;

    @Option(name = "--due", required = true, description = "办理期限 / Due day, YYYY-MM-DD")
    String due;

    @Option(name = "--township", description = "所涉乡镇（不填为全县）/ The township it is about; the county when absent")
    @Completion(TownshipCompleter.class)
    String township;

    @Option(name = "--village", description = "所涉村 / The village it is about (12 digits)")
    @Completion(VillageCompleter.class)
    String village;

    @Option(name = "--household", description = "所涉家庭编号 / The registry household it is about")
    @Completion(HouseholdIdCompleter.class)
    String household;

    @Option(name = "--person", description = "所涉人员编号 / The registry person it is about")
    @Completion(PersonIdCompleter.class)
    String person;

    @Override
    public Object execute() throws Exception {
        return Console.run("matter", () -> {
            MatterDTO m = new MatterDTO();
            m.meetingId = Console.parseId("--meeting", meeting);
            m.raisedBy = Console.text(raisedBy);
            m.title = Console.text(title);
            m.description = Console.text(description);
            m.departmentId = Console.parseId("--department", department);
            m.dueOn = Console.parseDate("--due", due);
            m.townshipCode = Console.text(township);
            m.villageCode = Console.text(village);
            m.householdId = Console.parseId("--household", household);
            m.personId = Console.parseId("--person", person);
            MatterDTO saved = matters.create(m);
            System.out.println(Labels.say("matter.added", saved.id, saved.title, saved.departmentName, saved.dueOn));
        });
    }
}
