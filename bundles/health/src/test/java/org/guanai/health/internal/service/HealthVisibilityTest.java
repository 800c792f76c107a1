package org.guanai.health.internal.service;

import static org.guanai.health.internal.service.Health.TODAY;
import static org.guanai.health.internal.testing.FakeRegistry.TOWNSHIP_A;
import static org.guanai.health.internal.testing.FakeRegistry.TOWNSHIP_B;
import static org.guanai.health.internal.testing.FakeRegistry.VILLAGE_A1;
import static org.guanai.health.internal.testing.FakeRegistry.VILLAGE_B1;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.guanai.health.api.CheckRecordDTO;
import org.guanai.health.api.CheckResult;
import org.guanai.health.api.CoverageDTO;
import org.guanai.health.api.CoverageRowDTO;
import org.guanai.health.api.TalkDTO;
import org.guanai.health.api.TalkQuery;
import org.guanai.registry.api.AccessRefusedException;
import org.guanai.registry.api.NotFoundException;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.Roles;
import org.guanai.registry.api.ValidationException;
import org.guanai.registry.api.security.Scope;
import org.junit.After;
import org.junit.Test;

/**
 * The health services decide who sees what through the registry's {@code Visibility} alone, whoever calls them
 * (REST or console): talks follow divisions, coverage suppresses small cells for callers who may not read
 * results, and only health staff record or change results. The findings 4 and 5 of the security probe.
 */
public class HealthVisibilityTest {
    private final Health health = Health.open();

    @After
    public void close() {
        health.close();
    }

    private TalkDTO talk(Long site, String township, Long... attendees) {
        TalkDTO t = new TalkDTO();
        t.heldOn = TODAY.minusDays(3);
        t.siteId = site;
        t.townshipCode = township;
        t.speaker = "李医生";
        t.topic = "两癌防治";
        t.attendeeIds = new ArrayList<>(List.of(attendees));
        return t;
    }

    @Test
    public void finding4_talksFollowDivisions() {
        long inA = health.registry.woman("甲", VILLAGE_A1).id;
        long inB = health.registry.woman("乙", VILLAGE_B1).id;
        long siteA = health.registry.site("东塘妇女之家", VILLAGE_A1).id;
        long siteB = health.registry.site("西林妇女之家", VILLAGE_B1).id;
        TalkDTO atA = health.talks.create(talk(siteA, null, inA, inB));
        TalkDTO atB = health.talks.create(talk(siteB, null, inB));
        assertEquals("a talk takes its site's township", TOWNSHIP_A, atA.townshipCode);
        TalkDTO county = health.talks.create(talk(null, null, inA));
        assertNull(county.townshipCode);

        health.visibility.scope("tina", Scope.of(Set.of(TOWNSHIP_A), Set.of()));
        health.visibility.scope("noah", Scope.nothing());
        List<TalkDTO> tinas = Health.as("tina", () -> health.talks.list(new TalkQuery(), PageRequest.first(50)).items,
                Roles.TOWNSHIP);
        assertEquals(List.of(atA.id, county.id), tinas.stream().map(t -> t.id).sorted().collect(Collectors.toList()));
        TalkDTO seen = tinas.stream().filter(t -> t.id.equals(atA.id)).findFirst().orElseThrow();
        assertEquals("attendees outside her divisions are not shown", List.of(inA), seen.attendeeIds);
        assertEquals(2, seen.headCount);
        assertThrows(NotFoundException.class, () -> Health.as("tina", () -> health.talks.get(atB.id), Roles.TOWNSHIP));

        List<TalkDTO> noahs = Health.as("noah", () -> health.talks.list(new TalkQuery(), PageRequest.first(50)).items,
                Roles.TOWNSHIP);
        assertEquals("a township user with no divisions sees only county-wide talks, without attendees",
                List.of(county.id), noahs.stream().map(t -> t.id).collect(Collectors.toList()));
        assertTrue(noahs.get(0).attendeeIds.isEmpty());
        assertThrows(NotFoundException.class, () -> Health.as("noah", () -> health.talks.get(atA.id), Roles.TOWNSHIP));

        ValidationException elsewhere = assertThrows(ValidationException.class,
                () -> Health.as("tina", () -> health.talks.create(talk(null, TOWNSHIP_B)), Roles.TOWNSHIP));
        assertEquals("townshipCode", elsewhere.errors().get(0).field);
        ValidationException otherSite = assertThrows(ValidationException.class,
                () -> Health.as("tina", () -> health.talks.create(talk(siteB, null)), Roles.TOWNSHIP));
        assertEquals("siteId", otherSite.errors().get(0).field);
        ValidationException wholeCounty = assertThrows(ValidationException.class,
                () -> Health.as("tina", () -> health.talks.create(talk(null, null)), Roles.TOWNSHIP));
        assertEquals("townshipCode", wholeCounty.errors().get(0).field);
        assertEquals(TOWNSHIP_A, Health.as("tina", () -> health.talks.create(talk(null, TOWNSHIP_A)),
                Roles.TOWNSHIP).townshipCode);
    }

    @Test
    public void finding5_coverageSuppressesSmallCells() {
        List<Long> women = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            women.add(health.registry.woman("东" + i, VILLAGE_A1).id);
        }
        for (int i = 0; i < 8; i++) {
            health.registry.woman("西" + i, VILLAGE_B1);
        }
        health.record(women.get(0), TODAY.minusDays(10), CheckResult.REFERRED);
        for (int i = 1; i < 7; i++) {
            health.record(women.get(i), TODAY.minusDays(10), CheckResult.NORMAL);
        }
        int year = TODAY.getYear();

        CoverageDTO full = Health.as("hana", () -> health.reports.coverage(year), Roles.HEALTH);
        assertNull("health staff see every count", full.suppressedBelow);
        assertEquals(Long.valueOf(1), row(full, TOWNSHIP_A).referred);

        CoverageDTO county = Health.asCountyStaff(() -> health.reports.coverage(year));
        assertEquals(Integer.valueOf(5), county.suppressedBelow);
        CoverageRowDTO a = row(county, TOWNSHIP_A);
        assertEquals("who was checked is no result", 7, a.checked);
        assertNull("one referred woman among seven checked, whom the check list names", a.referred);
        assertNull(a.referredPercent);
        assertNull(a.referralsFollowedUp);
        assertEquals("nobody abnormal says nothing about anyone", Long.valueOf(0), a.abnormal);
        assertNull("the county total would give the township's count away", county.county.referred);
        assertEquals(Long.valueOf(0), row(county, TOWNSHIP_B).referred);

        health.visibility.scope("tina", Scope.of(Set.of(TOWNSHIP_A), Set.of()));
        CoverageDTO tina = Health.as("tina", () -> health.reports.coverage(year), Roles.TOWNSHIP);
        assertNull(row(tina, TOWNSHIP_A).referred);
        assertEquals(List.of(TOWNSHIP_A), tina.townships.stream().map(r -> r.townshipCode).collect(Collectors.toList()));
    }

    @Test
    public void onlyHealthStaffRecordOrChangeResultsAndOthersKeepTheStoredOutcome() {
        long woman = health.registry.woman("丙", VILLAGE_A1).id;
        AccessRefusedException refused = assertThrows(AccessRefusedException.class, () -> Health.asCountyStaff(
                () -> health.checks.record(Health.check(woman, TODAY.minusDays(2), CheckResult.NORMAL))));
        assertEquals(CheckServiceImpl.OUTCOME_WRITE_REFUSED.toString(), refused.getMessage());

        CheckRecordDTO stored = Health.as("hana",
                () -> health.record(woman, TODAY.minusDays(2), CheckResult.ABNORMAL), Roles.HEALTH);
        CheckRecordDTO seen = Health.asCountyStaff(() -> health.checks.get(stored.id));
        assertTrue(seen.outcomeHidden);
        assertNull(seen.result);

        CheckRecordDTO withResult = Health.asCountyStaff(() -> health.checks.get(stored.id));
        withResult.result = CheckResult.NORMAL;
        assertThrows(AccessRefusedException.class,
                () -> Health.asCountyStaff(() -> health.checks.update(stored.id, stored.version, withResult)));

        seen.providerName = "乡镇卫生院";
        CheckRecordDTO corrected = Health.asCountyStaff(() -> health.checks.update(stored.id, stored.version, seen));
        assertTrue(corrected.outcomeHidden);
        CheckRecordDTO now = health.checks.get(stored.id);
        assertEquals("乡镇卫生院", now.providerName);
        assertEquals("the outcome county staff never saw is kept", CheckResult.ABNORMAL, now.result);
        assertFalse(now.outcomeHidden);
    }

    @Test
    public void overdueFollowUpsAreRefusedToCallersWhoMayNotReadResults() {
        assertThrows(AccessRefusedException.class,
                () -> Health.asCountyStaff(() -> health.reports.overdueFollowUps(TODAY, null, PageRequest.first(10))));
        assertEquals(0, Health.as("hana", () -> health.reports.overdueFollowUps(TODAY, null, PageRequest.first(10)),
                Roles.HEALTH).total);
    }

    private static CoverageRowDTO row(CoverageDTO coverage, String township) {
        return coverage.townships.stream().filter(r -> r.townshipCode.equals(township)).findFirst().orElseThrow();
    }
}
