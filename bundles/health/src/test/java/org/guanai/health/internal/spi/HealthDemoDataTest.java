package org.guanai.health.internal.spi;

import static org.guanai.health.internal.testing.FakeRegistry.VILLAGE_A1;
import static org.guanai.health.internal.testing.FakeRegistry.VILLAGE_B1;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.guanai.health.api.CheckQuery;
import org.guanai.health.api.TalkQuery;
import org.guanai.health.internal.service.Health;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.spi.DemoRequest;
import org.junit.After;
import org.junit.Test;

/** The module's share of the demo county: plausible, once, and the same for the same seed. */
public class HealthDemoDataTest {
    private final Health health = Health.open();

    @After
    public void close() {
        health.close();
    }

    @Test
    public void addsAYearOfChecksAndTalksOnceThroughTheModulesServices() throws Exception {
        for (int i = 0; i < 30; i++) {
            health.registry.woman("甲" + i, i % 2 == 0 ? VILLAGE_A1 : VILLAGE_B1);
        }
        health.registry.site("东塘妇女之家", VILLAGE_A1);
        HealthDemoData demo = new HealthDemoData(health.registry.persons, health.registry.sites, health.campaigns,
                health.checks, health.talks);
        assertEquals("health", demo.moduleId());
        assertFalse(demo.hasData());
        List<String> progress = new ArrayList<>();
        String done = demo.contribute(new DemoRequest(7, 0.01, Health.TODAY, progress::add));

        assertTrue(demo.hasData());
        long checks = health.checks.list(new CheckQuery(), PageRequest.first(1)).total;
        assertTrue(done, checks > 10 && checks < 30);
        assertTrue(done, done.startsWith("1 campaign, " + checks + " checks"));
        assertEquals(health.talks.list(new TalkQuery(), PageRequest.first(1)).total <= 1, true);
    }
}
