package org.guanai.legal.console;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.guanai.legal.api.CaseOutcome;
import org.guanai.legal.api.ClosureDTO;
import org.guanai.legal.api.RightsCaseDTO;
import org.guanai.legal.api.RightsCaseService;
import org.guanai.legal.console.support.Labels;
import org.guanai.legal.console.support.Legal;
import org.guanai.shell.api.Console;

/** Closes a case with its outcome and reason. */
@Service
@Command(scope = "legal", name = "case-close", description = "Closes a rights case with its outcome (结案)")
public class CaseClose implements Action {

    @Reference
    RightsCaseService cases;

    @Option(name = "--case", required = true, description = "Case id")
    String caseId;

    @Option(name = "--outcome", description = "RESOLVED (问题解决), MEDIATED (调解成功), COURT_DECISION (诉讼结案), HANDED_OVER (移交办理), WITHDRAWN (撤回), UNREACHABLE (无法联系), OTHER")
    String outcome;

    @Option(name = "--reason", description = "Why it is closed")
    String reason;

    @Option(name = "--date", description = "Day it was closed, YYYY-MM-DD (default today)")
    String date;

    @Override
    public Object execute() throws Exception {
        return Legal.run("closure", () -> {
            Long id = Console.parseId("--case", caseId);
            ClosureDTO c = new ClosureDTO();
            c.outcome = Labels.parse("--outcome", outcome, CaseOutcome.class);
            c.reason = Console.text(reason);
            c.closedOn = Console.parseDate("--date", date);
            RightsCaseDTO current = cases.get(id);
            RightsCaseDTO closed = cases.close(id, current.version, c);
            System.out.println(Labels.say("case.closed", closed.id, closed.closedOn, Labels.label(closed.outcome)));
        });
    }
}
