package org.guanai.legal.console;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.guanai.legal.api.CaseStepDTO;
import org.guanai.legal.api.RightsCaseDTO;
import org.guanai.legal.api.RightsCaseService;
import org.guanai.legal.console.support.Labels;
import org.guanai.legal.console.support.Legal;
import org.guanai.shell.api.Console;

/** What the step commands share: the case, the day (today by default) and a note; the service checks the rules. */
abstract class StepCommand implements Action {

    @Reference
    RightsCaseService cases;

    @Option(name = "--case", required = true, description = "Case id")
    String caseId;

    @Option(name = "--date", description = "Day it happened, YYYY-MM-DD (default today)")
    String date;

    @Option(name = "--note", description = "What was done or said")
    String note;

    /** Fills the step's own fields from the command's options. */
    abstract void fill(CaseStepDTO step);

    @Override
    public Object execute() throws Exception {
        return Legal.run("step", () -> {
            Long id = Console.parseId("--case", caseId);
            CaseStepDTO s = new CaseStepDTO();
            s.on = date == null ? java.time.LocalDate.now() : Console.parseDate("--date", date);
            s.note = Console.text(note);
            fill(s);
            RightsCaseDTO current = cases.get(id);
            RightsCaseDTO saved = cases.addStep(id, current.version, s);
            System.out.println(Labels.say("case.step", saved.id, Labels.label(s.kind), s.on,
                    Labels.label(saved.status)));
        });
    }
}
