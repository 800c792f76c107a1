package org.guanai.demo.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.guanai.registry.api.spi.DemoDataContributor;
import org.guanai.registry.api.spi.DemoRequest;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The installed modules' share of the demo county ({@link DemoDataContributor}s). After the county is loaded
 * ({@code demo:load}, the first-start load) every contributor present adds its data; a module installed later into
 * a registry that holds the demo county (the first-start marker says so) adds its data when it arrives, in the
 * background. A contributor whose module already has data is never called, so nothing is added twice.
 */
@Component(service = ModuleDemoData.class)
public class ModuleDemoData {

    private static final Logger LOG = LoggerFactory.getLogger(ModuleDemoData.class);
    /** What the first-start marker records of a completed load: "… seed=1 scale=0.01 …". */
    private static final Pattern LOADED = Pattern.compile("seed=(-?\\d+) scale=([0-9.eE+-]+)");

    private final List<DemoDataContributor> contributors = new CopyOnWriteArrayList<>();
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "guanai-demo-modules");
        t.setDaemon(true);
        return t;
    });

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addContributor(DemoDataContributor contributor) {
        contributors.add(contributor);
        loadedCounty().ifPresent(county -> background.submit(() ->
                contribute(contributor, county.request(line -> LOG.info("Demo data of {}: {}", moduleId(contributor), line)))));
    }

    void removeContributor(DemoDataContributor contributor) {
        contributors.remove(contributor);
    }

    @Deactivate
    void deactivate() {
        background.shutdownNow();
    }

    /** Lets every contributor present add its data to the county just loaded; one line per module to {@code report}. */
    void contributeAll(long seed, double scale, Consumer<String> report) {
        DemoRequest request = new DemoRequest(seed, scale, LocalDate.now(), report);
        for (DemoDataContributor contributor : contributors) {
            contribute(contributor, request).ifPresent(report);
        }
    }

    private Optional<String> contribute(DemoDataContributor contributor, DemoRequest request) {
        String module = moduleId(contributor);
        try {
            if (contributor.hasData()) {
                LOG.info("Demo data of {}: the module holds data already, nothing added", module);
                return Optional.empty();
            }
            String done = module + ": " + contributor.contribute(request);
            LOG.info("Demo data of {}", done);
            return Optional.of(done);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (RuntimeException e) {
            LOG.warn("Demo data of {} failed; the rest of the demo county is unaffected", module, e);
            return Optional.of(module + ": failed (" + e.getMessage() + ")");
        }
    }

    private static String moduleId(DemoDataContributor contributor) {
        try {
            return contributor.moduleId();
        } catch (RuntimeException e) {
            return contributor.getClass().getName();
        }
    }

    /** The county the first-start load put in this registry, from its marker; empty when none was loaded. */
    static Optional<LoadedCounty> loadedCounty() {
        Path marker = Path.of(System.getProperty("karaf.data", "data"), DemoStartupLoad.MARKER);
        try {
            if (!Files.exists(marker)) {
                return Optional.empty();
            }
            Matcher m = LOADED.matcher(Files.readString(marker, StandardCharsets.UTF_8));
            return m.find() ? Optional.of(new LoadedCounty(Long.parseLong(m.group(1)), Double.parseDouble(m.group(2))))
                    : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            LOG.warn("Demo county marker {} unreadable; modules add no demo data by themselves", marker, e);
            return Optional.empty();
        }
    }

    /** Seed and scale of a loaded demo county. */
    record LoadedCounty(long seed, double scale) {
        DemoRequest request(Consumer<String> progress) {
            return new DemoRequest(seed, scale, LocalDate.now(), progress);
        }
    }
}
