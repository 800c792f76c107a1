package org.guanai.mutualaid.internal.service;

import static org.guanai.mutualaid.internal.service.MutualAid.TODAY;
import static org.guanai.mutualaid.internal.service.MutualAid.VILLAGE;
import static org.guanai.mutualaid.internal.service.PairingRulesTest.pairing;
import static org.guanai.mutualaid.internal.service.PairingRulesTest.visit;
import static org.junit.Assert.assertEquals;

import java.util.List;
import java.util.stream.Collectors;

import org.guanai.mutualaid.api.GroupDTO;
import org.guanai.mutualaid.api.GroupKind;
import org.guanai.mutualaid.api.MutualAidReports;
import org.guanai.mutualaid.api.PairingDTO;
import org.guanai.mutualaid.api.SummaryDTO;
import org.guanai.mutualaid.api.SummaryRowDTO;
import org.guanai.registry.api.CareCategory;
import org.guanai.registry.api.EndRequest;
import org.guanai.registry.api.PageRequest;
import org.junit.After;
import org.junit.Test;

/** The lists over stored records: a handful of cases, each on or off its list for its reason. */
public class ListsTest {
    private final MutualAid m = new MutualAid();

    @After
    public void close() {
        m.close();
    }

    @Test
    public void inactiveGroupsAreActiveOldAndQuiet() {
        GroupDTO quiet = m.group("沉寂组", GroupKind.SECURITY, VILLAGE, TODAY.minusDays(200));
        m.activities.create(GroupRulesTest.activity(quiet.id, TODAY.minusDays(91), List.of()));
        GroupDTO never = m.group("从未活动组", GroupKind.SANITATION, VILLAGE, TODAY.minusDays(120));
        GroupDTO busy = m.group("活跃组", GroupKind.PRODUCTION, VILLAGE, TODAY.minusDays(200));
        m.activities.create(GroupRulesTest.activity(busy.id, TODAY.minusDays(90), List.of()));
        m.group("新组", GroupKind.RIGHTS, VILLAGE, TODAY.minusDays(10));
        GroupDTO ended = m.group("已结束组", GroupKind.OTHER, VILLAGE, TODAY.minusDays(200));
        m.groups.end(ended.id, ended.version, new EndRequest(TODAY.minusDays(100), null, null));

        List<Long> inactive = m.reports.inactiveGroups(null, MutualAidReports.DEFAULT_DAYS, PageRequest.first(50))
                .items.stream().map(g -> g.groupId).collect(Collectors.toList());
        assertEquals(List.of(quiet.id, never.id), inactive);
        assertEquals(1, m.reports.inactiveGroups(null, 30, PageRequest.first(50)).items.stream()
                .filter(g -> g.groupId.equals(busy.id)).count());
    }

    @Test
    public void unpairedVulnerableCasesAreThoseNoActivePairingCovers() {
        m.volunteer(7, "李书记");
        m.household(20, "张大山", VILLAGE, true);                  // hardship, unpaired
        m.household(21, "赵家", VILLAGE, true);                    // hardship, its child is paired
        m.household(22, "孙家", VILLAGE, false);
        m.person(1, "张小明", VILLAGE, 20L, CareCategory.LEFT_BEHIND_CHILD);
        m.person(2, "赵小红", VILLAGE, 21L, CareCategory.LEFT_BEHIND_CHILD);
        m.person(3, "孙奶奶", VILLAGE, 22L, CareCategory.LEFT_BEHIND_ELDERLY); // lives alone, unpaired
        m.person(4, "孙爷爷", VILLAGE, null, CareCategory.LEFT_BEHIND_ELDERLY); // no household: alone, paired
        m.person(5, "钱奶奶", VILLAGE, 21L, CareCategory.LEFT_BEHIND_ELDERLY); // lives with 赵小红: not alone
        m.guardianships.alerts.addAll(List.of(m.persons.records.get(1L), m.persons.records.get(2L)));
        m.pairings.create(pairing(7L, null, 2L, null, TODAY));
        m.pairings.create(pairing(7L, null, 4L, null, TODAY));
        PairingDTO ended = m.pairings.create(pairing(7L, null, 1L, null, TODAY.minusDays(5)));
        m.pairings.end(ended.id, ended.version, new EndRequest(TODAY, null, null));

        List<String> cases = m.reports.unpairedVulnerable(null, null, PageRequest.first(50)).items.stream()
                .map(c -> c.reason + ":" + c.name).collect(Collectors.toList());
        assertEquals(List.of("CHILD_WITHOUT_CAPABLE_GUARDIAN:张小明", "HARDSHIP_HOUSEHOLD:张大山",
                "ELDERLY_LIVING_ALONE:孙奶奶"), cases);

        SummaryDTO summary = m.reports.summary(TODAY.getYear());
        assertEquals(6, summary.coverage.get(summary.coverage.size() - 1).vulnerableCases);
        assertEquals(3, summary.coverage.get(summary.coverage.size() - 1).pairedCases);
        assertEquals(Double.valueOf(50.0), summary.coverage.get(summary.coverage.size() - 1).pairedPercent);
    }

    @Test
    public void stalePairingsAndWomenInNoGroup() {
        m.volunteer(7, "李书记");
        m.person(1, "王秀英", VILLAGE, null, CareCategory.LEFT_BEHIND_WOMAN);
        m.person(2, "李红", VILLAGE, null, CareCategory.LEFT_BEHIND_WOMAN);
        m.person(3, "刘奶奶", VILLAGE, null, CareCategory.LEFT_BEHIND_ELDERLY);
        PairingDTO visited = m.pairings.create(pairing(7L, null, 3L, null, TODAY.minusDays(200)));
        m.visits.create(visit(visited.id, TODAY.minusDays(100)));
        PairingDTO fresh = m.pairings.create(pairing(null, 1L, 2L, null, TODAY.minusDays(200)));
        m.visits.create(visit(fresh.id, TODAY.minusDays(3)));
        assertEquals(List.of(visited.id), m.reports.stalePairings(null, 90, PageRequest.first(10)).items.stream()
                .map(p -> p.pairingId).collect(Collectors.toList()));

        GroupDTO g = m.group("组", GroupKind.CULTURE_SPORTS, VILLAGE, TODAY.minusDays(100));
        m.members.join(GroupRulesTest.member(g.id, 1L, null, null));
        assertEquals(List.of("李红"), m.reports.womenInNoGroup(null, null, PageRequest.first(10)).items.stream()
                .map(w -> w.name).collect(Collectors.toList()));

        SummaryDTO summary = m.reports.summary(TODAY.getYear());
        SummaryRowDTO culture = summary.rows.stream().filter(r -> r.kind == GroupKind.CULTURE_SPORTS).findFirst()
                .orElseThrow();
        assertEquals(1, culture.activeGroups);
        assertEquals(1, culture.members);
    }
}
