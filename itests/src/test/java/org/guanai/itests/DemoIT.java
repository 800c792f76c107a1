package org.guanai.itests;

import org.guanai.testing.exam.GuanaiTestSupport;
import org.guanai.testing.exam.Api;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.awaitility.Awaitility;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The demo county: the feature is packaged but not installed; installed, demo:load fills an empty
 * registry with the seed county at 1/100 (152 women, 61 children, 85 elderly, 1 children's home,
 * 3 women's homes), refuses a second load, writes rosters; uninstalled, the data stays.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DemoIT extends GuanaiTestSupport {
    private static final EnumSet<FeaturesService.Option> NO_REFRESH = EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles);

    @Inject
    private FeaturesService features;

    @Test
    public void loadTheDemoCountyAtOneHundredth() throws Exception {
        Api api = api();
        assertFalse("guanai-demo is not installed by default", features.isInstalled(features.getFeature("guanai-demo")));
        assertEquals(0, api.get("/stats").json().get("county").get("women").asLong());

        features.installFeature("guanai-demo", NO_REFRESH);
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> !console("demo:load --help").contains("not found"));

        String refused = console("demo:load --scale 0");
        assertTrue(refused, refused.contains("--scale: must be between"));
        assertEquals("bad input changes nothing", 0, api.get("/persons?limit=1").json().get("total").asLong());

        String load = console("demo:load --scale 0.01");
        assertTrue(load, load.contains("Loaded the demo county"));
        assertTrue(load, load.contains("298 persons"));

        JsonNode county = api.get("/stats").json().get("county");
        assertEquals(county.toString(), 152, county.get("women").asLong());
        assertEquals(county.toString(), 61, county.get("children").asLong());
        assertEquals(county.toString(), 85, county.get("elderly").asLong());
        assertEquals(county.toString(), 4, county.get("sites").asLong());
        assertEquals(20, api.get("/stats").json().get("townships").size());
        assertEquals(298, api.get("/persons?limit=1").json().get("total").asLong());
        String stats = console("registry:stats");
        assertTrue(stats, stats.contains("月田镇"));
        assertTrue(stats, stats.matches("(?s).*430621 +\\| 合计 示范县 +\\| +152 \\| +61 \\| +85 \\|.*"));

        String again = console("demo:load --scale 0.01");
        assertTrue(again, again.contains("already holds 298 persons"));
        assertEquals(298, api.get("/persons?limit=1").json().get("total").asLong());

        String name = "demo-roster-" + UUID.randomUUID() + ".csv";
        String written = console("demo:roster --scale 0.01 --defects 0.02 " + name);
        assertTrue(written, written.contains("6 defective lines"));
        File roster = new File(System.getProperty("guanai.data"), "files/" + name); // files.dir as shipped: the data home's
        List<String> lines = Files.readAllLines(roster.toPath(), StandardCharsets.UTF_8);
        assertTrue(lines.get(0), lines.get(0).startsWith("\uFEFF户编号,乡镇,村(社区)"));
        assertEquals(7, Files.readAllLines(new File(roster.getAbsolutePath() + ".defects.csv").toPath()).size());

        features.uninstallFeature("guanai-demo", NO_REFRESH);
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> console("demo:load --help").contains("not found"));
        assertEquals("the demo's data stays", 152, api.get("/stats").json().get("county").get("women").asLong());
        assertEquals(298, api.get("/persons?limit=1").json().get("total").asLong());
    }
}
