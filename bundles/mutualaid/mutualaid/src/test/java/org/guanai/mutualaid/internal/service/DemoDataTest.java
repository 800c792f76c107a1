package org.guanai.mutualaid.internal.service;

import static org.guanai.mutualaid.internal.service.MutualAid.TODAY;
import static org.guanai.mutualaid.internal.service.MutualAid.VILLAGE;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.guanai.mutualaid.api.GroupDTO;
import org.guanai.mutualaid.api.GroupQuery;
import org.guanai.mutualaid.internal.spi.MutualAidDemoData;
import org.guanai.registry.api.CareCategory;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.SiteKind;
import org.guanai.registry.api.spi.DemoRequest;
import org.junit.After;
import org.junit.Test;

/** The module's year in a small demo county: written through the services, so every record passed their rules. */
public class DemoDataTest {
    private final MutualAid m = new MutualAid();

    @After
    public void close() {
        m.close();
    }

    @Test
    public void groupsOfDifferentKindsActivitiesAndPairingsOnce() throws Exception {
        m.sites.add(1, "前吴村妇女之家");
        m.sites.records.get(1L).kind = SiteKind.WOMENS_HOME;
        m.sites.records.get(1L).villageCode = VILLAGE;
        for (long id = 1; id <= 8; id++) {
            m.person(id, "妇女" + id, VILLAGE, null, CareCategory.LEFT_BEHIND_WOMAN);
        }
        m.household(20, "张大山", VILLAGE, true);
        m.volunteer(7, "李书记");
        MutualAidDemoData demo = new MutualAidDemoData(m.persons, m.sites, m.volunteers, m.groups, m.members,
                m.activities, m.pairings, m.visits, m.reports);
        assertFalse(demo.hasData());

        String written = demo.contribute(new DemoRequest(1, 1.0, TODAY, null));
        assertTrue(written, written.matches("\\d+ groups, \\d+ members, \\d+ activities, 1 pairings"));
        assertTrue(demo.hasData());
        Set<Object> kinds = new HashSet<>();
        for (GroupDTO g : m.groups.list(new GroupQuery(), PageRequest.first(50)).items) {
            assertTrue("a new group is a different kind: " + g.kind, kinds.add(g.kind));
            assertTrue(g.memberCount >= 3);
        }
        assertTrue(kinds.size() >= 2);
        assertEquals(0, m.reports.unpairedVulnerable(null, null, PageRequest.first(10)).total);
    }
}
