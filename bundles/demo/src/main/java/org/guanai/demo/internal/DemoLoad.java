package org.guanai.demo.internal;

import java.util.Locale;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.guanai.demo.generator.SyntheticCounty;
import org.guanai.registry.api.DivisionService;
import org.guanai.registry.api.GuardianshipService;
import org.guanai.registry.api.HouseholdService;
import org.guanai.registry.api.PersonService;
import org.guanai.registry.api.ServiceRecordService;
import org.guanai.registry.api.ServiceSiteService;
import org.guanai.registry.api.ServiceTeamService;
import org.guanai.registry.api.VolunteerService;
import org.guanai.registry.api.roster.RosterService;
import org.guanai.shell.api.BadInputException;
import org.guanai.shell.api.Console;

@Service
@Command(scope = "demo", name = "load",
        description = "Loads a synthetic demo county into the registry (only into an empty registry unless --force)")
public class DemoLoad implements Action {

    @Reference
    DivisionService divisions;
    @Reference
    HouseholdService households;
    @Reference
    PersonService persons;
    @Reference
    GuardianshipService guardianships;
    @Reference
    ServiceSiteService sites;
    @Reference
    ServiceTeamService teams;
    @Reference
    VolunteerService volunteers;
    @Reference
    ServiceRecordService records;
    @Reference
    RosterService roster;
    @Reference
    ModuleDemoData modules;

    @Option(name = "--seed", description = "Seed of the county (default 1): the same seed gives the same county")
    long seed = DemoCounty.DEFAULT_SEED;

    @Option(name = "--scale", description = "Size relative to the seed county (default 1 = 15,203 women, 6,082 children; 0.01 for a glance)")
    double scale = 1;

    @Option(name = "--force", description = "Load even though the registry already holds persons")
    boolean force;

    @Option(name = "--threads", description = "No longer used: the county loads through the roster import (accepted so that scripts still run)")
    int threads = DemoCounty.DEFAULT_THREADS;

    @Override
    public Object execute() throws Exception {
        return Console.run("demo county", () -> {
            DemoCounty.checkScale(scale);
            if (threads < 1 || threads > 16) {
                throw new BadInputException("--threads: must be between 1 and 16, not " + threads);
            }
            DemoCounty demo = new DemoCounty(new ServicesWriter.Services(divisions, households, persons, guardianships,
                    sites, teams, volunteers, records), roster);
            String refusal = demo.refusal(force);
            if (refusal != null) {
                throw new BadInputException(refusal);
            }
            System.out.println(String.format(Locale.ROOT, "Generating the demo county (seed %d, scale %s) ...", seed, scale));
            SyntheticCounty county = SyntheticCounty.generate(seed, scale, 0);
            System.out.println(DemoCounty.describe(county));
            CountyLoader.Result result = demo.load(county, threads, line -> {
                System.out.println("  " + line);
                System.out.flush();
            });
            System.out.println(DemoCounty.summary(result));
            modules.contributeAll(seed, scale, line -> {
                System.out.println("  " + line);
                System.out.flush();
            });
        });
    }
}
