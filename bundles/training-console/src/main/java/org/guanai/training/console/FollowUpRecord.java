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
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.guanai.training.api.FollowUpRound;
import org.guanai.training.api.Outcome;
import org.guanai.training.api.OutcomeFollowUpDTO;
import org.guanai.training.api.FollowUpService;
import org.guanai.training.console.support.Labels;

@Service
@Command(scope = "training", name = "follow-up-record", description = "Records what came of a training at its 3- or 6-month follow-up (登记回访)")
public class FollowUpRecord implements Action {

    @Reference
    FollowUpService followUps;

    @Argument(index = 0, name = "enrolment", description = "Enrolment id", required = true)
    String enrolment;

    @Option(name = "--round", required = true, description = "3 or 6 (months after the class)")
    @Completion(value = StringsCompleter.class, values = {"3", "6"})
    String round;

    @Option(name = "--outcome", required = true, description = "EMPLOYED_LOCALLY, EMPLOYED_AWAY, STARTED_BUSINESS, INCOME_RAISED, NO_CHANGE (or 本地就业 …)")
    @Completion(value = StringsCompleter.class, values = {"EMPLOYED_LOCALLY", "EMPLOYED_AWAY", "STARTED_BUSINESS", "INCOME_RAISED", "NO_CHANGE"})
    String outcome;

    @Option(name = "--date", required = true, description = "Followed up on, YYYY-MM-DD")
    String date;

    @Option(name = "--note", description = "What she said, e.g. 在县城电商园做客服")
    String note;

    @Override
    public Object execute() throws Exception {
        return Console.run("follow-up", () -> {
            OutcomeFollowUpDTO f = new OutcomeFollowUpDTO();
            f.enrolmentId = Console.parseId("enrolment", enrolment);
            f.round = Labels.parse("--round", round, FollowUpRound.class);
            f.outcome = Labels.parse("--outcome", outcome, Outcome.class);
            f.followedUpOn = Console.parseDate("--date", date);
            f.note = Console.text(note);
            OutcomeFollowUpDTO saved = followUps.record(f);
            System.out.println(Labels.say("followUp.recorded", saved.id, saved.enrolmentId,
                    Labels.label(saved.round), Labels.label(saved.outcome)));
        });
    }
}
