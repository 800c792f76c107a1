package org.guanai.mutualaid.console;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.guanai.mutualaid.api.VisitDTO;
import org.guanai.mutualaid.api.VisitKind;
import org.guanai.mutualaid.api.VisitService;
import org.guanai.mutualaid.console.support.Labels;
import org.guanai.shell.api.Console;

/** Records a pairing's visit, on a day inside the pairing's period. */
@Service
@Command(scope = "mutualaid", name = "visit-add", description = "Records a visit of a 1+1 pairing")
public class VisitAdd implements Action {

    @Reference
    VisitService visits;

    @Option(name = "--pairing", required = true, description = "Pairing id")
    String pairing;

    @Option(name = "--date", required = true, description = "Day of the visit, YYYY-MM-DD")
    String date;

    @Option(name = "--kind", required = true, description = "HOME_VISIT (走访), FARM_HELP (农活帮扶), STUDY_HELP (学业帮扶), MATERIAL_AID (物资帮扶), WARMTH_VISIT (送温暖), COUNSELLING (心理疏导), OTHER")
    String kind;

    @Option(name = "--note", description = "Note, e.g. 送去米、油")
    String note;

    @Override
    public Object execute() throws Exception {
        return Console.run("visit", () -> {
            VisitDTO v = new VisitDTO();
            v.pairingId = Console.parseId("--pairing", pairing);
            v.visitedOn = Console.parseDate("--date", date);
            v.kind = Labels.parse("--kind", kind, VisitKind.class);
            v.note = Console.text(note);
            VisitDTO saved = visits.create(v);
            System.out.println(Labels.say("visit.recorded", saved.id, saved.pairingId, saved.visitedOn,
                    Labels.label(saved.kind)));
        });
    }
}
