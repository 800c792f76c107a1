package org.guanai.meeting.console;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.guanai.meeting.api.MeetingDTO;
import org.guanai.meeting.api.MeetingService;
import org.guanai.meeting.console.support.Labels;
import org.guanai.shell.api.Console;

/** Records a meeting with the departments that attended; the service checks every field, as over REST. */
@Service
@Command(scope = "meeting", name = "meeting-add", description = "登记一次联席会议 / Records a joint meeting")
public class MeetingAdd implements Action {

    @Reference
    MeetingService meetings;

    @Option(name = "--date", required = true, description = "会议日期 / Day it was held, YYYY-MM-DD")
    String date;

    @Option(name = "--place", required = true, description = "地点 / Where")
    String place;

    @Option(name = "--chair", required = true, description = "主持人 / Who chaired it")
    String chair;

    @Option(name = "--departments", multiValued = true, description = "参会成员单位编号（逗号分隔或重复）/ Ids of the departments that attended")
    List<String> departments;

    @Option(name = "--minutes", description = "会议纪要 / The minutes")
    String minutes;

    @Override
    public Object execute() throws Exception {
        return Console.run("meeting", () -> {
            MeetingDTO m = new MeetingDTO();
            m.heldOn = Console.parseDate("--date", date);
            m.place = Console.text(place);
            m.chair = Console.text(chair);
            m.departmentIds.addAll(Console.parseIds("--departments", departments));
            m.minutes = Console.text(minutes);
            MeetingDTO saved = meetings.create(m);
            System.out.println(Labels.say("meeting.added", saved.id, saved.heldOn, saved.place,
                    saved.departmentIds.size()));
        });
    }
}
