package org.guanai.legal.console;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.guanai.legal.api.Department;
import org.guanai.legal.api.EventKind;
import org.guanai.legal.api.PromotionEventDTO;
import org.guanai.legal.api.PromotionEventService;
import org.guanai.legal.api.Topic;
import org.guanai.legal.console.support.Labels;
import org.guanai.legal.console.support.Legal;
import org.guanai.registry.api.DivisionService;
import org.guanai.shell.api.Console;
import org.guanai.shell.api.completers.TownshipCompleter;
import org.guanai.shell.api.completers.VillageCompleter;

/** Registers a promotion event; the service checks every field, as over REST. */
@Service
@Command(scope = "legal", name = "event-add", description = "Registers a legal promotion event (普法宣传活动)")
public class EventAdd implements Action {

    @Reference
    PromotionEventService events;

    @Reference
    DivisionService divisions;

    @Option(name = "--date", required = true, description = "Day it was held, YYYY-MM-DD")
    String date;

    @Option(name = "--kind", required = true, description = "VILLAGE_CAMPAIGN (送法下乡), SCHOOL (进校园), MARKET_FAIR (赶集), SLOGAN_POSTER (标语), CHILD_SAFETY (儿童安全), OTHER")
    String kind;

    @Option(name = "--village", description = "Village (12-digit code, or 乡镇/村)")
    @Completion(VillageCompleter.class)
    String village;

    @Option(name = "--township", description = "Township (code or name), for an event of the whole township")
    @Completion(TownshipCompleter.class)
    String township;

    @Option(name = "--place", description = "Site, school or market, e.g. 中心小学")
    String place;

    @Option(name = "--topic", required = true, multiValued = true, description = "Topics, e.g. 反家暴法,未成年人保护法 or ANTI_DOMESTIC_VIOLENCE")
    List<String> topics;

    @Option(name = "--partner", multiValued = true, description = "Partner departments, e.g. 司法,公安 or JUSTICE,POLICE")
    List<String> partners;

    @Option(name = "--reached", required = true, description = "People reached (head count)")
    String reached;

    @Option(name = "--materials", description = "Materials handed out (default 0)")
    String materials;

    @Option(name = "--attendee", multiValued = true, description = "Registry persons who attended (ids)")
    List<String> attendees;

    @Option(name = "--notes", description = "Notes")
    String notes;

    @Override
    public Object execute() throws Exception {
        return Legal.run("event", () -> {
            PromotionEventDTO e = new PromotionEventDTO();
            e.heldOn = Console.parseDate("--date", date);
            e.kind = Labels.parse("--kind", kind, EventKind.class);
            e.villageCode = divisions.villageCode("--village", village);
            e.townshipCode = divisions.townshipCode("--township", township);
            e.place = Console.text(place);
            e.topics = Labels.parseAll("--topic", topics, Topic.class);
            e.partners = Labels.parseAll("--partner", partners, Department.class);
            Integer n = Console.parseInt("--reached", reached);
            e.headCount = n == null ? 0 : n;
            Integer m = Console.parseInt("--materials", materials);
            e.materials = m == null ? 0 : m;
            e.attendeePersonIds = Console.parseIds("--attendee", attendees);
            e.notes = Console.text(notes);
            PromotionEventDTO saved = events.create(e);
            System.out.println(Labels.say("event.registered", saved.id, saved.heldOn, Labels.label(saved.kind),
                    Labels.label(saved.topics), saved.headCount));
        });
    }
}
