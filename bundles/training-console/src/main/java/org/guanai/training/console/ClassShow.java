package org.guanai.training.console;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.guanai.shell.api.Console;
import org.guanai.shell.api.Table;
import org.guanai.registry.api.PageRequest;
import org.guanai.training.console.support.Labels;
import org.guanai.training.api.AttendanceService;
import org.guanai.training.api.EnrolmentDTO;
import org.guanai.training.api.EnrolmentQuery;
import org.guanai.training.api.EnrolmentService;
import org.guanai.training.api.TrainingClassDTO;
import org.guanai.training.api.TrainingClassService;

@Service
@Command(scope = "training", name = "class-show", description = "Shows a class and its trainees: hours, completion, certificate (班次详情)")
public class ClassShow implements Action {

    @Reference
    TrainingClassService classes;

    @Reference
    EnrolmentService enrolments;

    @Reference
    AttendanceService attendance;

    @Argument(index = 0, name = "class", description = "Class id", required = true)
    String id;

    @Override
    public Object execute() throws Exception {
        return Console.run("class", () -> {
            long classId = Console.parseId("class", id);
            TrainingClassDTO c = classes.get(classId);
            System.out.println(Labels.say("class.shown", c.id, c.courseTitle, c.place == null ? "" : c.place + " · ",
                    c.trainer, c.startsOn, c.endsOn, c.enrolled, c.capacity, attendance.days(classId).size()));
            EnrolmentQuery q = new EnrolmentQuery();
            q.classId = classId;
            Table table = new Table().number(Labels.col("enrolment")).number(Labels.col("person"))
                    .column(Labels.col("name")).column(Labels.col("attended")).column(Labels.col("completed"))
                    .column(Labels.col("certificate"));
            for (EnrolmentDTO n : enrolments.list(q, PageRequest.first(PageRequest.MAX_LIMIT)).items) {
                table.row(n.id, n.personId, n.personName == null ? "" : n.personName,
                        n.attendedHours.toPlainString() + "/" + n.requiredHours, n.completed ? Labels.say("class.completed") : "",
                        n.certificateNumber == null ? "" : n.certificateNumber);
            }
            if (!table.isEmpty()) {
                table.print(System.out);
            }
        });
    }
}
