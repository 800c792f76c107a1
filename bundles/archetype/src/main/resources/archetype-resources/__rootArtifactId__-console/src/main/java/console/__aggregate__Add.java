package ${package}.console;

import ${package}.api.${aggregate}DTO;
import ${package}.api.${aggregate}Service;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.guanai.shell.api.Console;
import org.guanai.shell.api.completers.PersonIdCompleter;
import org.guanai.shell.api.completers.VillageCompleter;

/** Records one; bad input prints every bad field, as REST's problem does, and writes nothing. */
@Service
@Command(scope = "${rootArtifactId}", name = "${aggregate.toLowerCase()}-add", description = "Records a ${aggregate.toLowerCase()}")
public class ${aggregate}Add implements Action {

    @Reference
    ${aggregate}Service records;

    @Option(name = "--village", description = "Village code (12 digits)", required = true)
    @Completion(VillageCompleter.class)
    String village;

    @Option(name = "--person", description = "The registry person it concerns")
    @Completion(PersonIdCompleter.class)
    String person;

    @Option(name = "--date", description = "When, YYYY-MM-DD")
    String date;

    @Argument(index = 0, name = "name", description = "What it is", required = true)
    String name;

    @Override
    public Object execute() throws Exception {
        return Console.run("${aggregate.toLowerCase()}", () -> {
            ${aggregate}DTO r = new ${aggregate}DTO();
            r.name = name;
            r.villageCode = Console.text(village);
            r.personId = Console.parseId("--person", person);
            r.heldOn = Console.parseDate("--date", date);
            ${aggregate}DTO created = records.create(r);
            System.out.println(${moduleClass}ConsoleText.say("recorded", "${nameZh}", created.id, created.name));
        });
    }
}
