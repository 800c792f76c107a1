package org.guanai.demo.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

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
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo start ({@code bin/guanai-demo}): when the JVM was started with {@code -Dguanai.demo.load=SCALE}
 * (optionally {@code -Dguanai.demo.seed=SEED}), loads the demo county once, in the background, into an
 * empty registry. A marker in the data folder records that it was done (or skipped), so a restart, or a
 * registry a user has since filled, never gets a second county. Without the property it does nothing:
 * installing the feature never loads demo data by itself.
 */
@Component(immediate = true)
public class DemoStartupLoad {

    static final String SCALE_PROPERTY = "guanai.demo.load";
    static final String SEED_PROPERTY = "guanai.demo.seed";
    static final String MARKER = "guanai-demo.loaded";

    private static final Logger LOG = LoggerFactory.getLogger(DemoStartupLoad.class);

    private final DemoCounty demo;
    private final ModuleDemoData modules;
    private Thread loader;

    @Activate
    public DemoStartupLoad(@Reference(name = "divisions") DivisionService divisions,
                           @Reference(name = "households") HouseholdService households,
                           @Reference(name = "persons") PersonService persons,
                           @Reference(name = "guardianships") GuardianshipService guardianships,
                           @Reference(name = "sites") ServiceSiteService sites,
                           @Reference(name = "teams") ServiceTeamService teams,
                           @Reference(name = "volunteers") VolunteerService volunteers,
                           @Reference(name = "records") ServiceRecordService records,
                           @Reference(name = "roster") RosterService roster,
                           @Reference(name = "modules") ModuleDemoData modules) {
        this.modules = modules;
        this.demo = new DemoCounty(new ServicesWriter.Services(divisions, households, persons, guardianships, sites,
                teams, volunteers, records), roster);
        String scale = System.getProperty(SCALE_PROPERTY);
        if (scale == null || scale.isBlank()) {
            return;
        }
        Path marker = Path.of(System.getProperty("karaf.data", "data"), MARKER);
        loader = new Thread(() -> loadOnce(scale.trim(), System.getProperty(SEED_PROPERTY), marker), "guanai-demo-startup-load");
        loader.setDaemon(true);
        loader.start();
    }

    @Deactivate
    void deactivate() {
        if (loader != null) {
            loader.interrupt();
        }
    }

    private void loadOnce(String scaleText, String seedText, Path marker) {
        try {
            if (Files.exists(marker)) {
                LOG.info("Demo county: already done ({}), not loading again", marker);
                return;
            }
            double scale = Double.parseDouble(scaleText);
            long seed = seedText == null || seedText.isBlank() ? DemoCounty.DEFAULT_SEED : Long.parseLong(seedText.trim());
            String refusal = demo.refusal(false);
            if (refusal != null) {
                LOG.warn("Demo county not loaded: {}", refusal);
                mark(marker, "skipped: " + refusal);
                return;
            }
            SyntheticCounty county = SyntheticCounty.generate(seed, scale, 0);
            System.out.println("\nLoading the demo county in the background: " + DemoCounty.describe(county) + " ...");
            LOG.info("Demo county (seed {}, scale {}): {}", seed, scale, DemoCounty.describe(county));
            CountyLoader.Result result = demo.load(county, DemoCounty.DEFAULT_THREADS, line -> LOG.info("Demo county: {}", line));
            mark(marker, "seed=" + seed + " scale=" + scale + " " + result);
            String summary = DemoCounty.summary(result);
            LOG.info(summary);
            System.out.println("\n" + summary);
            modules.contributeAll(seed, scale, line -> LOG.info("Demo county, module data: {}", line));
        } catch (InterruptedException e) {
            LOG.warn("Demo county: load interrupted (Guanai stopping); the registry keeps what was written");
            Thread.currentThread().interrupt();
        } catch (NumberFormatException e) {
            LOG.error("Demo county not loaded: {}={} / {}={} is not a number", SCALE_PROPERTY, scaleText, SEED_PROPERTY, seedText);
        } catch (RuntimeException e) {
            LOG.error("Demo county: load failed", e);
            mark(marker, "failed: " + e);
        }
    }

    private static void mark(Path marker, String what) {
        try {
            Files.createDirectories(marker.toAbsolutePath().getParent());
            Files.writeString(marker, Instant.now() + " " + what + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.warn("Demo county: cannot write {}", marker, e);
        }
    }
}
