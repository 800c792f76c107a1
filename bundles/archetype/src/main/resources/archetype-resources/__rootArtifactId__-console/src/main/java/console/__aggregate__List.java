package ${package}.console;

import ${package}.api.${aggregate}DTO;
import ${package}.api.${aggregate}Query;
import ${package}.api.${aggregate}Service;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.guanai.registry.api.DivisionService;
import org.guanai.registry.api.Page;
import org.guanai.shell.api.Console;
import org.guanai.shell.api.DivisionNames;
import org.guanai.shell.api.Table;
import org.guanai.shell.api.completers.TownshipCompleter;

/** One class per verb: the list, as the same user sees it over REST (the service scopes it). */
@Service
@Command(scope = "${rootArtifactId}", name = "${aggregate.toLowerCase()}-list", description = "Lists ${aggregates}")
public class ${aggregate}List implements Action {

    @Reference
    ${aggregate}Service records;

    @Reference
    DivisionService divisions;

    @Option(name = "--township", description = "Township code (9 digits)")
    @Completion(TownshipCompleter.class)
    String township;

    @Option(name = "--offset", description = "Rows to skip (default 0)")
    String offset;

    @Option(name = "--limit", description = "Rows to show (default 50, at most 500)")
    String limit;

    @Override
    public Object execute() throws Exception {
        return Console.run("${aggregate.toLowerCase()} query", () -> {
            ${aggregate}Query query = new ${aggregate}Query();
            query.townshipCode = Console.text(township);
            Page<${aggregate}DTO> page = records.list(query, Console.page(offset, limit));
            DivisionNames names = new DivisionNames(divisions);
            Table table = new Table().number(${moduleClass}ConsoleText.col("id"))
                    .column(${moduleClass}ConsoleText.col("name")).column(${moduleClass}ConsoleText.col("village"))
                    .column(${moduleClass}ConsoleText.col("heldOn")).number(${moduleClass}ConsoleText.col("person"));
            for (${aggregate}DTO r : page.items) {
                table.row(r.id, r.name, names.name(r.villageCode), r.heldOn, r.personId);
            }
            if (!table.isEmpty()) {
                table.print(System.out);
            }
            Console.printFooter(System.out, page, ${moduleClass}ConsoleText.text("noun"));
        });
    }
}
