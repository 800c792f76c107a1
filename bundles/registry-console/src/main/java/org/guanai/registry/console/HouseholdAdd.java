package org.guanai.registry.console;

import org.guanai.registry.console.support.Labels;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.guanai.registry.api.HomeFrequency;
import org.guanai.registry.api.HouseholdDTO;
import org.guanai.registry.api.HouseholdService;
import org.guanai.registry.api.MigrantMemberDTO;
import org.guanai.registry.api.MigrantRelation;
import org.guanai.shell.api.completers.DivisionCompleter;
import org.guanai.shell.api.BadInputException;
import org.guanai.shell.api.Console;

@Service
@Command(scope = "registry", name = "household-add", description = "Registers a household with members working away")
public class HouseholdAdd implements Action {

    static final String MIGRANT_FORMAT = "name,relation,province,city,employer,phone,since(YYYY-MM),frequency";

    @Reference
    HouseholdService households;

    @Option(name = "--village", description = "Village code (12 digits)", required = true)
    @Completion(DivisionCompleter.class)
    String village;

    @Option(name = "--head", description = "Head of household's name, as on the household register", required = true)
    String head;

    @Option(name = "--key", description = "The county's household number (户编号), unique; roster imports match on it")
    String key;

    @Option(name = "--address", description = "Address in the village")
    String address;

    @Option(name = "--phone", description = "Contact phone")
    String phone;

    @Option(name = "--hardship", description = "A hardship family (特困家庭)")
    boolean hardship;

    @Option(name = "--notes", description = "Notes")
    String notes;

    @Option(name = "--migrant", multiValued = true, description = "A member working away, as \"" + MIGRANT_FORMAT
            + "\"; trailing values may be left out; give the option once per member")
    List<String> migrants;

    @Override
    public Object execute() throws Exception {
        return Console.run("household", () -> {
            HouseholdDTO h = new HouseholdDTO();
            h.villageCode = Console.text(village);
            h.headName = Console.text(head);
            h.householdKey = Console.text(key);
            h.address = Console.text(address);
            h.contactPhone = Console.text(phone);
            h.hardship = hardship;
            h.notes = Console.text(notes);
            if (migrants != null) {
                for (int i = 0; i < migrants.size(); i++) {
                    h.migrantMembers.add(parseMigrant(i + 1, migrants.get(i)));
                }
            }
            HouseholdDTO created = households.create(h);
            System.out.println(Labels.say("household.added", created.id, created.headName,
                    created.migrantMembers.size()));
        });
    }

    /** Reads one --migrant value; n counts the options from 1, for messages. */
    static MigrantMemberDTO parseMigrant(int n, String spec) {
        String option = "--migrant #" + n;
        // ASCII or Chinese (full-width) commas: both are typed
        String[] v = spec.split("[,，]", -1);
        if (v.length > 8) {
            throw new BadInputException(option + ": '" + spec + "' has " + v.length + " values; expected at most 8: "
                    + MIGRANT_FORMAT);
        }
        MigrantMemberDTO m = new MigrantMemberDTO();
        m.name = value(v, 0);
        m.relation = Labels.parse(option + " relation", value(v, 1), MigrantRelation.class);
        m.workProvince = value(v, 2);
        m.workCity = value(v, 3);
        m.employer = value(v, 4);
        m.phone = value(v, 5);
        m.awaySince = Console.parseMonth(option + " since", value(v, 6));
        m.homeFrequency = Labels.parse(option + " frequency", value(v, 7), HomeFrequency.class);
        return m;
    }

    private static String value(String[] values, int index) {
        return index < values.length ? Console.text(values[index]) : null;
    }
}
