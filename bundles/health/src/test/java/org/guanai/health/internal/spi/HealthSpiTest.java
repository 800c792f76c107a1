package org.guanai.health.internal.spi;

import static org.guanai.health.internal.service.Health.TODAY;
import static org.guanai.health.internal.service.Health.check;
import static org.guanai.health.internal.testing.FakeRegistry.TOWNSHIP_A;
import static org.guanai.health.internal.testing.FakeRegistry.TOWNSHIP_B;
import static org.guanai.health.internal.testing.FakeRegistry.TOWNSHIP_C;
import static org.guanai.health.internal.testing.FakeRegistry.VILLAGE_A1;
import static org.guanai.health.internal.testing.FakeRegistry.VILLAGE_B1;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.guanai.health.api.CampaignDTO;
import org.guanai.health.api.CampaignKind;
import org.guanai.health.api.CheckRecordDTO;
import org.guanai.health.api.CheckResult;
import org.guanai.health.api.TalkDTO;
import org.guanai.health.internal.service.Health;
import org.guanai.registry.api.CareCategory;
import org.guanai.registry.api.IndicatorDTO;
import org.guanai.registry.api.TimelineEntryDTO;
import org.guanai.registry.api.ValidationException;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/** The module descriptor, the timeline entries and the dashboard indicators the module contributes. */
public class HealthSpiTest {

    private static Health health;
    private static HealthTimeline timeline;
    private static HealthIndicators indicators;

    @BeforeClass
    public static void open() {
        health = Health.open();
        timeline = new HealthTimeline(health.checks, health.campaigns, health.talks);
        indicators = new HealthIndicators(health.reports, health.checks);
        indicators.setClock(Health.CLOCK);
    }

    @AfterClass
    public static void close() {
        health.close();
    }

    @Test
    public void describesTheModule() {
        HealthModule module = new HealthModule("1.0.0.SNAPSHOT");
        assertEquals("health", module.id());
        assertEquals("健康检查", module.nameZh());
        assertEquals("Health checks", module.nameEn());
        assertEquals("1.0.0.SNAPSHOT", module.version());
        assertFalse(module.description().isBlank());
        assertFalse(module.description().contains("\n"));
    }

    @Test
    public void timelineShowsChecksAndTalksButNeverOutcomes() {
        long her = health.registry.woman("时间线", VILLAGE_A1).id;
        CampaignDTO campaign = health.campaigns.create(Health.campaign(CampaignKind.TWO_CANCERS, 2026, "县妇幼保健院"));
        CheckRecordDTO screening = check(her, LocalDate.of(2026, 4, 1), CheckResult.REFERRED);
        screening.campaignId = campaign.id;
        screening.providerName = null;
        screening.findings = "乳腺肿块 SECRET-FINDING";
        screening.referralTarget = "市中心医院 SECRET-TARGET";
        screening.followUpDue = LocalDate.of(2026, 5, 1);
        screening.followUpOutcome = "SECRET-OUTCOME";
        long screeningId = health.checks.record(screening).id;
        CheckRecordDTO plain = check(her, LocalDate.of(2025, 8, 8), CheckResult.ABNORMAL);
        plain.providerName = "乡镇卫生院";
        plain.findings = "SECRET-FINDING-2";
        long plainId = health.checks.record(plain).id;
        TalkDTO talk = new TalkDTO();
        talk.heldOn = TODAY.minusDays(2);
        talk.speaker = "李医生";
        talk.topic = "孕产期保健";
        talk.attendeeIds = new ArrayList<>(List.of(her));
        long talkId = health.talks.create(talk).id;
        health.record(health.registry.woman("别人", VILLAGE_A1).id, TODAY, CheckResult.NORMAL);

        List<TimelineEntryDTO> entries = timeline.entriesFor(her);
        assertEquals("health", timeline.moduleId());
        assertEquals(3, entries.size());

        TimelineEntryDTO t = entries.get(0);
        assertEquals(List.of(TODAY.minusDays(2), "health", "health-talk", "孕产期保健", "李医生",
                "/api/v1/health/talks/" + talkId), List.of(t.date, t.moduleId, t.kind, t.title, t.detail, t.href));
        TimelineEntryDTO s = entries.get(1);
        assertEquals(List.of(LocalDate.of(2026, 4, 1), "health", "health-check", "两癌筛查 2026",
                "县妇幼保健院", "/api/v1/health/checks/" + screeningId),
                List.of(s.date, s.moduleId, s.kind, s.title, s.detail, s.href));
        TimelineEntryDTO p = entries.get(2);
        assertEquals(List.of("健康检查 2025", "乡镇卫生院", "/api/v1/health/checks/" + plainId),
                List.of(p.title, p.detail, p.href));
        assertEquals(List.of("Two-cancers screening 2026", "Health check 2025", "孕产期保健"),
                List.of(s.titleEn, p.titleEn, t.titleEn));
        assertEquals(List.of("两癌筛查 2026", "健康检查 2025", "孕产期保健"), List.of(s.titleZh, p.titleZh, t.titleZh));

        for (TimelineEntryDTO e : entries) {
            String text = e.title + " " + e.titleEn + " " + e.detail + " " + e.href;
            for (String secret : List.of("SECRET", "REFERRED", "ABNORMAL", "NORMAL", "市中心医院", "乳腺")) {
                assertFalse(secret + " in " + text, text.contains(secret));
            }
        }
        assertEquals(List.of(), timeline.entriesFor(999999));
    }

    @Test
    public void indicatorsGiveThisYearsCoverageAndCheckCount() {
        try (Health fresh = Health.open()) {
            HealthIndicators figures = new HealthIndicators(fresh.reports, fresh.checks);
            figures.setClock(Health.CLOCK);
            // A: 3 women, 2 checked this year (one of them twice), one last year; B: 1 woman, unchecked.
            long a1 = fresh.registry.woman("一", VILLAGE_A1).id;
            long a2 = fresh.registry.woman("二", VILLAGE_A1).id;
            long a3 = fresh.registry.woman("三", VILLAGE_A1).id;
            fresh.registry.woman("四", VILLAGE_B1);
            fresh.record(a1, LocalDate.of(2026, 1, 2), CheckResult.NORMAL);
            fresh.record(a1, LocalDate.of(2026, 3, 2), CheckResult.NORMAL);
            fresh.record(a2, LocalDate.of(2026, 2, 2), CheckResult.NORMAL);
            fresh.record(a3, LocalDate.of(2025, 2, 2), CheckResult.NORMAL);
            // An elderly person in B checked this year: a check this year, but not coverage of women.
            long elder = fresh.registry.person("老人", VILLAGE_B1, CareCategory.LEFT_BEHIND_ELDERLY).id;
            CheckRecordDTO other = check(elder, LocalDate.of(2026, 4, 4), CheckResult.NORMAL);
            other.allowOtherCategory = true;
            fresh.checks.record(other);

            List<IndicatorDTO> county = figures.indicators(null);
            assertEquals(List.of("screening-coverage", "checks-this-year"),
                    county.stream().map(i -> i.id).collect(Collectors.toList()));
            IndicatorDTO coverage = county.get(0);
            assertEquals("health", coverage.moduleId);
            assertEquals("本年度健康检查覆盖率", coverage.labelZh);
            assertEquals("Health check coverage this year", coverage.labelEn);
            assertEquals("%", coverage.unit);
            assertEquals(50.0, coverage.value, 0);
            assertEquals("checks", county.get(1).unit);
            assertEquals(4, county.get(1).value, 0);

            List<IndicatorDTO> a = figures.indicators(TOWNSHIP_A);
            assertEquals(66.7, a.get(0).value, 0);
            assertEquals(3, a.get(1).value, 0);
            List<IndicatorDTO> b = figures.indicators(TOWNSHIP_B);
            assertEquals(0, b.get(0).value, 0);
            assertEquals(1, b.get(1).value, 0);
            List<IndicatorDTO> c = figures.indicators(TOWNSHIP_C);
            assertEquals(0, c.get(0).value, 0);
            assertEquals(0, c.get(1).value, 0);
            assertTrue(assertThrows(ValidationException.class, () -> figures.indicators("999999999"))
                    .getMessage().contains("townshipCode"));
        }
    }
}
