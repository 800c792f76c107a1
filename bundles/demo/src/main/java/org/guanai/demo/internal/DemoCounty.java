package org.guanai.demo.internal;

import java.util.Locale;
import java.util.function.Consumer;

import org.guanai.demo.generator.SyntheticCounty;
import org.guanai.registry.api.CareCategory;
import org.guanai.registry.api.NotFoundException;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.PersonQuery;
import org.guanai.registry.api.roster.RosterService;
import org.guanai.shell.api.BadInputException;

/** What demo:load and the start-up load share: the checks before loading, the load, and how it is reported. */
final class DemoCounty {

    static final long DEFAULT_SEED = 1;
    static final int DEFAULT_THREADS = 3;

    private final ServicesWriter.Services services;
    private final RosterService roster;

    DemoCounty(ServicesWriter.Services services, RosterService roster) {
        this.services = services;
        this.roster = roster;
    }

    /** Why the county must not be loaded now, or null. */
    String refusal(boolean force) {
        if (!countySetUp()) {
            return null; // a fresh registry: the load sets up the demo county with its own divisions
        }
        String county = services.divisions().county().code;
        if (!SyntheticCounty.COUNTY_CODE.equals(county)) {
            return "The demo county is " + SyntheticCounty.COUNTY_CODE + "; this registry serves county " + county
                    + ": not loading demo data into a real county's registry.";
        }
        long persons = personCount();
        if (persons > 0 && !force) {
            return "The registry already holds " + persons + " persons: demo data would mix with them. "
                    + "Use --force to load anyway.";
        }
        return null;
    }

    private boolean countySetUp() {
        try {
            services.divisions().county();
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    long personCount() {
        return services.persons().list(new PersonQuery(), PageRequest.first(1)).total;
    }

    CountyLoader.Result load(SyntheticCounty county, int threads, Consumer<String> progress) throws InterruptedException {
        // households, persons and guardianships through the roster bulk import, the rest through the registry's
        // services: both check every record as a user's write and leave its audit rows
        return new CountyLoader(new RosterImportWriter(new ServicesWriter(services), roster, services.persons()), threads,
                progress).load(county);
    }

    static void checkScale(double scale) {
        if (!(scale >= SyntheticCounty.MIN_SCALE && scale <= SyntheticCounty.MAX_SCALE)) {
            throw new BadInputException("--scale: must be between " + SyntheticCounty.MIN_SCALE + " and "
                    + SyntheticCounty.MAX_SCALE + ", not " + scale);
        }
    }

    static String describe(SyntheticCounty county) {
        return String.format(Locale.ROOT, "%,d households, %,d women, %,d children, %,d elderly, %,d sites",
                county.households().size(), county.count(CareCategory.LEFT_BEHIND_WOMAN),
                county.count(CareCategory.LEFT_BEHIND_CHILD), county.count(CareCategory.LEFT_BEHIND_ELDERLY),
                county.sites().size());
    }

    static String summary(CountyLoader.Result r) {
        return String.format(Locale.ROOT, "Loaded the demo county in %.1f s: %,d households, %,d persons (%,.0f persons/s), "
                        + "%,d sites, %,d teams, %,d volunteers, %,d service records. Type registry:stats to see it.",
                r.millis() / 1000.0, r.households(), r.persons(), r.personsPerSecond(), r.sites(), r.teams(),
                r.volunteers(), r.serviceRecords());
    }
}
