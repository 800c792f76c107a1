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
import org.guanai.training.api.CourseDTO;
import org.guanai.training.api.CourseKind;
import org.guanai.training.api.CourseService;
import org.guanai.training.api.PartnerKind;
import org.guanai.training.console.support.Labels;

@Service
@Command(scope = "training", name = "course-add", description = "Adds a course to the catalogue (登记课程)")
public class CourseAdd implements Action {

    @Reference
    CourseService courses;

    @Argument(index = 0, name = "title", description = "The course's title, e.g. 农村电商与直播带货", required = true)
    String title;

    @Option(name = "--kind", required = true, description = "FARMING, EMPLOYMENT, ENTREPRENEURSHIP, DOMESTIC_SERVICE, E_COMMERCE, HANDICRAFT, OTHER (or 电商 …)")
    String kind;

    @Option(name = "--partner", required = true, description = "AGRICULTURE, HUMAN_RESOURCES, WOMENS_FEDERATION, OTHER (or 人社 …)")
    String partner;

    @Option(name = "--partner-name", description = "The department's name, e.g. 县人力资源和社会保障局 (required for OTHER)")
    String partnerName;

    @Option(name = "--hours", required = true, description = "Attended hours required to complete")
    String hours;

    @Option(name = "--certificate", description = "The certificate those who complete receive")
    String certificate;

    @Override
    public Object execute() throws Exception {
        return Console.run("course", () -> {
            CourseDTO c = new CourseDTO();
            c.title = title;
            c.kind = Labels.parse("--kind", kind, CourseKind.class);
            c.partnerKind = Labels.parse("--partner", partner, PartnerKind.class);
            c.partnerName = Console.text(partnerName);
            Integer h = Console.parseInt("--hours", hours);
            c.requiredHours = h == null ? 0 : h;
            c.certificateName = Console.text(certificate);
            CourseDTO created = courses.create(c);
            System.out.println(Labels.say("course.added", created.id, created.title, created.requiredHours));
        });
    }
}
