package org.guanai.training.console;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.guanai.registry.api.Page;
import org.guanai.shell.api.Console;
import org.guanai.shell.api.Table;
import org.guanai.training.api.CourseDTO;
import org.guanai.training.api.CourseKind;
import org.guanai.training.api.CourseQuery;
import org.guanai.training.api.CourseService;
import org.guanai.training.console.support.Labels;

@Service
@Command(scope = "training", name = "course-list", description = "Lists the course catalogue (列出课程)")
public class CourseList implements Action {

    @Reference
    CourseService courses;

    @Option(name = "--kind", description = "FARMING, EMPLOYMENT, ENTREPRENEURSHIP, DOMESTIC_SERVICE, E_COMMERCE, HANDICRAFT, OTHER (or 电商 …)")
    String kind;

    @Option(name = "--offset", description = "Rows to skip (default 0)")
    String offset;

    @Option(name = "--limit", description = "Rows to show (default 50, at most 500)")
    String limit;

    @Override
    public Object execute() throws Exception {
        return Console.run("course query", () -> {
            CourseQuery q = new CourseQuery();
            q.kind = Labels.parse("--kind", kind, CourseKind.class);
            Page<CourseDTO> page = courses.list(q, Console.page(offset, limit));
            Table table = new Table().number(Labels.col("id")).column(Labels.col("title")).column(Labels.col("kind"))
                    .column(Labels.col("partner")).number(Labels.col("hours")).column(Labels.col("certificate"));
            for (CourseDTO c : page.items) {
                table.row(c.id, c.title, Labels.label(c.kind), c.partnerName == null ? Labels.label(c.partnerKind) : c.partnerName,
                        c.requiredHours, c.certificateName == null ? "" : c.certificateName);
            }
            if (!table.isEmpty()) {
                table.print(System.out);
            }
            Console.printFooter(System.out, page, Labels.text("noun.courses"));
        });
    }
}
