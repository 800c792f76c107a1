package org.guanai.legal.console;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.guanai.legal.api.EventKind;
import org.guanai.legal.api.EventQuery;
import org.guanai.legal.api.PromotionEventDTO;
import org.guanai.legal.api.PromotionEventService;
import org.guanai.legal.api.Topic;
import org.guanai.legal.console.support.Labels;
import org.guanai.legal.console.support.Legal;
import org.guanai.registry.api.DivisionService;
import org.guanai.registry.api.Page;
import org.guanai.shell.api.Console;
import org.guanai.shell.api.DivisionNames;
import org.guanai.shell.api.Table;
import org.guanai.shell.api.completers.TownshipCompleter;

/** Promotion events, newest first, as the same user sees them over REST. */
@Service
@Command(scope = "legal", name = "event-list", description = "Lists legal promotion events (普法宣传活动), newest first")
public class EventList implements Action {

    @Reference
    PromotionEventService events;

    @Reference
    DivisionService divisions;

    @Option(name = "--township", description = "Township (9-digit code or name)")
    @Completion(TownshipCompleter.class)
    String township;

    @Option(name = "--kind", description = "VILLAGE_CAMPAIGN (送法下乡), SCHOOL (进校园), MARKET_FAIR (赶集), SLOGAN_POSTER (标语), CHILD_SAFETY (儿童安全), OTHER")
    String kind;

    @Option(name = "--topic", description = "ANTI_DOMESTIC_VIOLENCE (反家暴法), WOMENS_RIGHTS, MINORS_PROTECTION, CIVIL_CODE_FAMILY, SAFETY, OTHER")
    String topic;

    @Option(name = "--from", description = "From this day, YYYY-MM-DD")
    String from;

    @Option(name = "--to", description = "Up to this day, YYYY-MM-DD")
    String to;

    @Option(name = "--offset", description = "Rows to skip (default 0)")
    String offset;

    @Option(name = "--limit", description = "Rows to show (default 50, at most 500)")
    String limit;

    @Override
    public Object execute() throws Exception {
        return Legal.run("query", () -> {
            EventQuery q = new EventQuery();
            q.townshipCode = divisions.townshipCode("--township", township);
            q.kind = Labels.parse("--kind", kind, EventKind.class);
            q.topic = Labels.parse("--topic", topic, Topic.class);
            q.from = Console.parseDate("--from", from);
            q.to = Console.parseDate("--to", to);
            Page<PromotionEventDTO> page = events.list(q, Console.page(offset, limit));
            DivisionNames names = new DivisionNames(divisions);
            Table table = new Table().number(Labels.col("id")).column(Labels.col("date")).column(Labels.col("kind"))
                    .column(Labels.col("township")).column(Labels.col("village")).column(Labels.col("place"))
                    .column(Labels.col("topics")).number(Labels.col("reached")).number(Labels.col("materials"));
            for (PromotionEventDTO e : page.items) {
                table.row(e.id, e.heldOn, Labels.label(e.kind), names.name(e.townshipCode), names.name(e.villageCode),
                        e.place, Labels.label(e.topics), e.headCount, e.materials);
            }
            if (!table.isEmpty()) {
                table.print(System.out);
            }
            Console.printFooter(System.out, page, Labels.text("noun.events"));
        });
    }
}
