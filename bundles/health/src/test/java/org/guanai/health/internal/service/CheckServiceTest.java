package org.guanai.health.internal.service;

import static org.guanai.health.internal.service.Health.TODAY;
import static org.guanai.health.internal.service.Health.check;
import static org.guanai.health.internal.service.Health.fields;
import static org.guanai.health.internal.service.Health.message;
import static org.guanai.health.internal.service.Health.only;
import static org.guanai.health.internal.testing.FakeRegistry.VILLAGE_A1;
import static org.guanai.health.internal.testing.FakeRegistry.VILLAGE_B1;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.guanai.health.api.CampaignDTO;
import org.guanai.health.api.CampaignKind;
import org.guanai.health.api.CheckQuery;
import org.guanai.health.api.CheckRecordDTO;
import org.guanai.health.api.CheckResult;
import org.guanai.registry.api.CareCategory;
import org.guanai.registry.api.NotFoundException;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.PersonDTO;
import org.guanai.registry.api.StaleVersionException;
import org.guanai.registry.api.ValidationException;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

public class CheckServiceTest {

    private static Health health;

    @BeforeClass
    public static void open() {
        health = Health.open();
    }

    @AfterClass
    public static void close() {
        health.close();
    }

    private static PersonDTO woman(String name) {
        return health.registry.woman(name, VILLAGE_A1);
    }

    @Test
    public void recordsACheckOfAnActiveWoman() {
        PersonDTO her = woman("刘芳");
        CheckRecordDTO in = check(her.id, TODAY.minusDays(3), CheckResult.ABNORMAL);
        in.findings = "  宫颈细胞学异常 ";
        in.followUpDue = TODAY.plusDays(30);

        CheckRecordDTO created = health.checks.record(in);
        assertEquals(her.id, created.personId);
        assertEquals("刘芳", created.personName);
        assertEquals("430621100", created.townshipCode);
        assertEquals(CheckResult.ABNORMAL, created.result);
        assertEquals("宫颈细胞学异常", created.findings);
        assertEquals(1, created.version);
        assertFalse(created.outcomeHidden);
        assertEquals(TODAY.plusDays(30), health.checks.get(created.id).followUpDue);
    }

    @Test
    public void someoneWhoIsNotALeftBehindWomanIsRefusedWithAClearMessage() {
        PersonDTO child = health.registry.person("小明", VILLAGE_A1, CareCategory.LEFT_BEHIND_CHILD);
        long before = health.count("HealthCheck");

        ValidationException e = assertThrows(ValidationException.class,
                () -> health.checks.record(check(child.id, TODAY, CheckResult.NORMAL)));
        assertEquals("personId", only(e).field);
        assertEquals("person " + child.id + " is not an active left-behind woman; set allowOtherCategory to record"
                + " a check for her anyway", only(e).message);
        assertEquals(before, health.count("HealthCheck"));
    }

    @Test
    public void anEndedWomanIsRefusedToo() {
        PersonDTO moved = woman("搬走");
        health.registry.persons.endPerson(moved.id);
        ValidationException e = assertThrows(ValidationException.class,
                () -> health.checks.record(check(moved.id, TODAY, CheckResult.NORMAL)));
        assertTrue(only(e).message, only(e).message.contains("is not an active left-behind woman"));
    }

    @Test
    public void allowOtherCategoryAcceptsAnyoneWhoExists() {
        PersonDTO elder = health.registry.person("王奶奶", VILLAGE_A1, CareCategory.LEFT_BEHIND_ELDERLY);
        PersonDTO moved = woman("已迁出");
        health.registry.persons.endPerson(moved.id);
        for (PersonDTO p : List.of(elder, moved)) {
            CheckRecordDTO in = check(p.id, TODAY, CheckResult.NORMAL);
            in.allowOtherCategory = true;
            assertEquals(p.id, health.checks.record(in).personId);
        }

        CheckRecordDTO nobody = check(987654L, TODAY, CheckResult.NORMAL);
        nobody.allowOtherCategory = true;
        ValidationException e = assertThrows(ValidationException.class, () -> health.checks.record(nobody));
        assertEquals("person 987654 does not exist", message(e, "personId"));
    }

    @Test
    public void everythingMissingIsListedAtOnce() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> health.checks.record(new CheckRecordDTO()));
        assertEquals(List.of("personId", "checkedOn", "providerName", "result"), fields(e));
        assertEquals("body", only(assertThrows(ValidationException.class, () -> health.checks.record(null))).field);
    }

    @Test
    public void aReferralNeedsItsTarget() {
        CheckRecordDTO in = check(woman("转诊").id, TODAY, CheckResult.REFERRED);
        in.referralTarget = "  ";
        ValidationException e = assertThrows(ValidationException.class, () -> health.checks.record(in));
        assertEquals("referralTarget", only(e).field);
        assertEquals("is required when the result is REFERRED", only(e).message);
    }

    @Test
    public void aCheckCannotBeInTheFuture() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> health.checks.record(check(woman("未来").id, TODAY.plusDays(1), CheckResult.NORMAL)));
        assertEquals("checkedOn", only(e).field);
        assertEquals("must not be in the future", only(e).in(java.util.Locale.ENGLISH).message);
    }

    @Test
    public void followUpDatesMustFitTheCheck() {
        long her = woman("随访").id;
        CheckRecordDTO early = check(her, TODAY.minusDays(10), CheckResult.ABNORMAL);
        early.followUpDue = TODAY.minusDays(11);
        early.followedUpOn = TODAY.minusDays(12);
        assertEquals(List.of("followUpDue", "followedUpOn"),
                fields(assertThrows(ValidationException.class, () -> health.checks.record(early))));

        CheckRecordDTO normal = check(her, TODAY.minusDays(10), CheckResult.NORMAL);
        normal.followedUpOn = TODAY.minusDays(1);
        ValidationException e = assertThrows(ValidationException.class, () -> health.checks.record(normal));
        assertEquals("followedUpOn", only(e).field);

        normal.followUpDue = TODAY.minusDays(5);
        assertEquals(TODAY.minusDays(1), health.checks.record(normal).followedUpOn);
        CheckRecordDTO referred = check(her, TODAY.minusDays(10), CheckResult.REFERRED);
        referred.followedUpOn = TODAY;
        assertEquals(TODAY, health.checks.record(referred).followedUpOn);
    }

    @Test
    public void aCampaignGivesItsProviderAndItsYear() {
        CampaignDTO campaign = health.campaigns.create(Health.campaign(CampaignKind.TWO_CANCERS, 2026, "县妇幼保健院"));
        long her = woman("两癌").id;
        CheckRecordDTO in = check(her, TODAY, CheckResult.NORMAL);
        in.campaignId = campaign.id;
        in.providerName = null;
        assertEquals("县妇幼保健院", health.checks.record(in).providerName);

        CheckRecordDTO lastYear = check(her, LocalDate.of(2025, 12, 30), CheckResult.NORMAL);
        lastYear.campaignId = campaign.id;
        ValidationException e = assertThrows(ValidationException.class, () -> health.checks.record(lastYear));
        assertEquals("checkedOn", only(e).field);
        assertEquals("must be in 2026, the year of campaign " + campaign.id, only(e).message);

        CheckRecordDTO unknown = check(her, TODAY, CheckResult.NORMAL);
        unknown.campaignId = 55555L;
        assertEquals("campaign 55555 does not exist",
                message(assertThrows(ValidationException.class, () -> health.checks.record(unknown)), "campaignId"));
    }

    @Test
    public void withoutResultsTheOutcomeIsWithheld() {
        PersonDTO her = woman("保密");
        CheckRecordDTO in = check(her.id, TODAY.minusDays(20), CheckResult.REFERRED);
        in.findings = "乳腺结节";
        in.followUpDue = TODAY.minusDays(5);
        in.followedUpOn = TODAY.minusDays(2);
        in.followUpOutcome = "已复查";
        long id = health.checks.record(in).id;

        CheckRecordDTO hidden = Health.asCountyStaff(() -> health.checks.get(id));
        assertTrue(hidden.outcomeHidden);
        assertNull(hidden.result);
        assertNull(hidden.findings);
        assertNull(hidden.referralTarget);
        assertNull(hidden.followUpDue);
        assertNull(hidden.followedUpOn);
        assertNull(hidden.followUpOutcome);
        assertEquals(TODAY.minusDays(20), hidden.checkedOn);
        assertEquals("保密", hidden.personName);
        assertEquals("县妇幼保健院", hidden.providerName);

        CheckQuery query = new CheckQuery();
        query.personId = her.id;
        CheckRecordDTO listed = Health.asCountyStaff(() -> health.checks.list(query, PageRequest.first(10))).items.get(0);
        assertTrue(listed.outcomeHidden);
        assertNull(listed.result);
        assertNull(listed.findings);

        CheckRecordDTO shown = health.checks.get(id);
        assertFalse(shown.outcomeHidden);
        assertEquals(CheckResult.REFERRED, shown.result);
        assertEquals("已复查", shown.followUpOutcome);
    }

    @Test
    public void theResultFilterIsIgnoredWithoutResults() {
        PersonDTO her = woman("筛选");
        health.record(her.id, TODAY.minusDays(30), CheckResult.NORMAL);
        health.record(her.id, TODAY.minusDays(20), CheckResult.ABNORMAL);
        CheckQuery query = new CheckQuery();
        query.personId = her.id;
        query.result = CheckResult.ABNORMAL;

        assertEquals(1, health.checks.list(query, PageRequest.first(10)).total);
        Page<CheckRecordDTO> blind = Health.asCountyStaff(() -> health.checks.list(query, PageRequest.first(10)));
        assertEquals(2, blind.total);
        assertTrue(blind.items.stream().allMatch(c -> c.outcomeHidden && c.result == null));
    }

    @Test
    public void listsByTownshipOfThePersonAndByYear() {
        PersonDTO inA = woman("东塘");
        PersonDTO inB = health.registry.woman("西林", VILLAGE_B1);
        long a1 = health.record(inA.id, LocalDate.of(2025, 3, 1), CheckResult.NORMAL).id;
        long a2 = health.record(inA.id, LocalDate.of(2026, 3, 1), CheckResult.NORMAL).id;
        long b1 = health.record(inB.id, LocalDate.of(2026, 3, 2), CheckResult.NORMAL).id;

        CheckQuery byTownship = new CheckQuery();
        byTownship.townshipCode = "430621101";
        Page<CheckRecordDTO> inWest = health.checks.list(byTownship, PageRequest.first(50));
        assertTrue(ids(inWest).contains(b1));
        assertFalse(ids(inWest).contains(a1));
        assertTrue(inWest.items.stream().allMatch(c -> "430621101".equals(c.townshipCode)));

        CheckQuery hers2026 = new CheckQuery();
        hers2026.personId = inA.id;
        hers2026.year = 2026;
        assertEquals(List.of(a2), ids(health.checks.list(hers2026, PageRequest.first(50))));
        hers2026.townshipCode = "430621100";
        assertEquals(List.of(a2), ids(health.checks.list(hers2026, PageRequest.first(50))));
        hers2026.townshipCode = "430621102";
        assertEquals(0, health.checks.list(hers2026, PageRequest.first(50)).total);
    }

    @Test
    public void aTownshipListIsPagedWithItsTotal() {
        PersonDTO her = health.registry.woman("分页", "430621102201");
        for (int i = 0; i < 5; i++) {
            health.record(her.id, TODAY.minusDays(i), CheckResult.NORMAL);
        }
        CheckQuery q = new CheckQuery();
        q.townshipCode = "430621102";
        Page<CheckRecordDTO> page = Health.asCountyStaff(() -> health.checks.list(q, PageRequest.of(3, 2)));
        assertEquals(5, page.total);
        assertEquals(2, page.items.size());
        Page<CheckRecordDTO> all = Health.asCountyStaff(() -> health.checks.list(q, PageRequest.of(0, 10)));
        assertEquals(ids(all).subList(3, 5), ids(page));
        assertEquals(0, Health.asCountyStaff(() -> health.checks.list(q, PageRequest.of(5, 2))).items.size());
    }

    @Test
    public void updatesCheckTheVersionAndKeepWorkingAfterHerRegistrationEnded() {
        PersonDTO her = woman("更正");
        CheckRecordDTO created = health.record(her.id, TODAY.minusDays(10), CheckResult.ABNORMAL);
        health.registry.persons.endPerson(her.id);

        CheckRecordDTO change = health.checks.get(created.id);
        change.followUpDue = TODAY.minusDays(1);
        change.followedUpOn = TODAY;
        change.followUpOutcome = "复查正常";
        CheckRecordDTO updated = health.checks.update(created.id, created.version, change);
        assertEquals(created.version + 1, updated.version);
        assertEquals(TODAY, updated.followedUpOn);

        assertThrows(StaleVersionException.class, () -> health.checks.update(created.id, created.version, change));
        assertThrows(NotFoundException.class, () -> health.checks.update(424242, 1, change));
        assertThrows(NotFoundException.class, () -> health.checks.get(424242));

        // Moving the check to someone else applies the category rule again.
        PersonDTO child = health.registry.person("孩子", VILLAGE_A1, CareCategory.LEFT_BEHIND_CHILD);
        CheckRecordDTO moved = health.checks.get(created.id);
        moved.personId = child.id;
        assertEquals("personId", only(assertThrows(ValidationException.class,
                () -> health.checks.update(created.id, updated.version, moved))).field);
    }

    private static List<Long> ids(Page<CheckRecordDTO> page) {
        return page.items.stream().map(c -> c.id).collect(Collectors.toList());
    }
}
