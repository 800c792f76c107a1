package org.guanai.demo.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import org.guanai.demo.generator.Household;
import org.guanai.demo.generator.ServiceVisit;
import org.guanai.demo.generator.Site;
import org.guanai.demo.generator.SyntheticCounty;
import org.guanai.demo.generator.Team;
import org.guanai.demo.generator.Volunteer;

/**
 * Where the loader puts a county. Households (with their persons and guardianships) come in batches,
 * from several threads at once: {@link ServicesWriter} creates them one by one through the registry's
 * services. A writer on the roster bulk import ({@link RosterImportWriter}) takes them all at once instead
 * ({@link #allHouseholds}).
 */
interface CountyWriter {

    /** Imports townships and villages ({@code code,name,parent_code}). */
    void divisions(String csv);

    /** Creates the households of a batch, their persons and the children's guardianships; returns person ids by ID number. */
    Map<String, Long> households(List<Household> batch);

    /**
     * Writes all the county's households, their persons, migrant members and the children's guardianships at once,
     * and returns how to find a person's id by ID number; null when this writer takes them in batches
     * ({@link #households}).
     */
    default Function<String, Long> allHouseholds(SyntheticCounty county, Consumer<String> progress)
            throws InterruptedException {
        return null;
    }

    long site(Site site);

    long team(Team team, Long siteId);

    void volunteer(Volunteer volunteer, long teamId);

    void serviceRecord(ServiceVisit visit, Long siteId, Long teamId, List<Long> personIds);
}
