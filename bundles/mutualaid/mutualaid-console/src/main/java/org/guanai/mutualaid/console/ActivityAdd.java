package org.guanai.mutualaid.console;

import java.math.BigDecimal;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.guanai.mutualaid.api.ActivityDTO;
import org.guanai.mutualaid.api.ActivityKind;
import org.guanai.mutualaid.api.ActivityService;
import org.guanai.mutualaid.console.support.Labels;
import org.guanai.shell.api.BadInputException;
import org.guanai.shell.api.Console;
import org.guanai.shell.api.completers.HouseholdIdCompleter;
import org.guanai.shell.api.completers.PersonIdCompleter;

/** Records what a group did, who took part and whom it helped. */
@Service
@Command(scope = "mutualaid", name = "activity-add", description = "Records an activity of a group")
public class ActivityAdd implements Action {

    @Reference
    ActivityService activities;

    @Option(name = "--group", required = true, description = "Group id")
    String group;

    @Option(name = "--date", required = true, description = "Day it was held, YYYY-MM-DD")
    String date;

    @Option(name = "--kind", required = true, description = "FARM_HELP (农忙互助), TUTORING (儿童之家辅导), HEART_TALK (谈心交流), SAFETY_PATROL (治安巡逻), CLEAN_UP (村庄保洁), CULTURAL_EVENT (文体活动), OTHER")
    String kind;

    @Option(name = "--hours", description = "Hours spent, e.g. 3.5")
    String hours;

    @Option(name = "--participants", multiValued = true, description = "Membership ids of the members who took part (comma-separated or repeated)")
    List<String> participants;

    @Option(name = "--helped", multiValued = true, description = "Registry person ids it helped")
    @Completion(PersonIdCompleter.class)
    List<String> helped;

    @Option(name = "--households", multiValued = true, description = "Registry household ids it helped")
    @Completion(HouseholdIdCompleter.class)
    List<String> households;

    @Option(name = "--note", description = "Note, e.g. 帮助王家抢收稻谷")
    String note;

    @Override
    public Object execute() throws Exception {
        return Console.run("activity", () -> {
            ActivityDTO a = new ActivityDTO();
            a.groupId = Console.parseId("--group", group);
            a.heldOn = Console.parseDate("--date", date);
            a.kind = Labels.parse("--kind", kind, ActivityKind.class);
            a.hours = hours(hours);
            a.participantIds = Console.parseIds("--participants", participants);
            a.beneficiaryPersonIds = Console.parseIds("--helped", helped);
            a.beneficiaryHouseholdIds = Console.parseIds("--households", households);
            a.note = Console.text(note);
            ActivityDTO saved = activities.create(a);
            System.out.println(Labels.say("activity.recorded", saved.id, saved.groupName, saved.heldOn,
                    Labels.label(saved.kind), saved.participantIds.size(),
                    saved.beneficiaryPersonIds.size() + saved.beneficiaryHouseholdIds.size()));
        });
    }

    static BigDecimal hours(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            throw new BadInputException(Labels.text("hours.bad", value));
        }
    }
}
