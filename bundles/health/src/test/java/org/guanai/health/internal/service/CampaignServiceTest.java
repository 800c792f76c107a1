package org.guanai.health.internal.service;

import static org.guanai.health.internal.service.Health.TODAY;
import static org.guanai.health.internal.service.Health.campaign;
import static org.guanai.health.internal.service.Health.fields;
import static org.guanai.health.internal.service.Health.message;
import static org.guanai.health.internal.service.Health.only;
import static org.guanai.health.internal.testing.FakeRegistry.FOREIGN_TOWNSHIP;
import static org.guanai.health.internal.testing.FakeRegistry.TOWNSHIP_A;
import static org.guanai.health.internal.testing.FakeRegistry.TOWNSHIP_B;
import static org.guanai.health.internal.testing.FakeRegistry.TOWNSHIP_C;
import static org.guanai.health.internal.testing.FakeRegistry.VILLAGE_A1;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.guanai.health.api.CampaignDTO;
import org.guanai.health.api.CampaignKind;
import org.guanai.health.api.CampaignQuery;
import org.guanai.health.api.ProviderKind;
import org.guanai.registry.api.ConflictException;
import org.guanai.registry.api.EndRequest;
import org.guanai.registry.api.NotFoundException;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.StaleVersionException;
import org.guanai.registry.api.Status;
import org.guanai.registry.api.ValidationException;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

public class CampaignServiceTest {

    private static Health health;

    @BeforeClass
    public static void open() {
        health = Health.open();
    }

    @AfterClass
    public static void close() {
        health.close();
    }

    @Test
    public void createsReadsAndReplacesACampaign() {
        long site = health.registry.site("青山村妇女之家", VILLAGE_A1).id;
        CampaignDTO in = campaign(CampaignKind.TWO_CANCERS, 2026, " 县妇幼保健院 ");
        in.providerKind = ProviderKind.MCH_STATION;
        in.startsOn = LocalDate.of(2026, 3, 1);
        in.endsOn = LocalDate.of(2026, 11, 30);
        in.townshipCodes = new ArrayList<>(List.of(TOWNSHIP_B, TOWNSHIP_A, TOWNSHIP_B));
        in.siteIds = new ArrayList<>(List.of(site));

        CampaignDTO created = health.campaigns.create(in);
        assertEquals("县妇幼保健院", created.providerName);
        assertEquals(List.of(TOWNSHIP_A, TOWNSHIP_B), created.townshipCodes);
        assertEquals(List.of(site), created.siteIds);
        assertEquals(Status.ACTIVE, created.status);
        assertEquals(1, created.version);

        CampaignDTO change = health.campaigns.get(created.id);
        change.townshipCodes = new ArrayList<>(List.of(TOWNSHIP_C));
        change.siteIds = new ArrayList<>();
        CampaignDTO updated = health.campaigns.update(created.id, created.version, change);
        assertEquals(List.of(TOWNSHIP_C), health.campaigns.get(created.id).townshipCodes);
        assertEquals(List.of(), updated.siteIds);
        assertEquals(created.version + 1, updated.version);
        assertThrows(StaleVersionException.class, () -> health.campaigns.update(created.id, created.version, change));
        assertThrows(NotFoundException.class, () -> health.campaigns.get(31337));
    }

    @Test
    public void kindYearAndProviderAreRequired() {
        ValidationException e = assertThrows(ValidationException.class, () -> health.campaigns.create(new CampaignDTO()));
        assertEquals(List.of("kind", "year", "providerName"), fields(e));
        assertEquals("is required", message(e, "year"));
    }

    @Test
    public void theYearIsFrom2000ToNextYear() {
        for (int bad : new int[] {1999, 2028, -5}) {
            ValidationException e = assertThrows(ValidationException.class,
                    () -> health.campaigns.create(campaign(CampaignKind.GENERAL, bad, "乡镇卫生院")));
            assertEquals("year", only(e).field);
            assertEquals("must be between 2000 and 2027", only(e).message);
        }
        assertEquals(2027, health.campaigns.create(campaign(CampaignKind.GENERAL, 2027, "乡镇卫生院")).year);
        assertEquals(2000, health.campaigns.create(campaign(CampaignKind.GENERAL, 2000, "乡镇卫生院")).year);
    }

    @Test
    public void datesLieInTheYearInOrder() {
        CampaignDTO in = campaign(CampaignKind.GYNAECOLOGICAL, 2026, "县人民医院");
        in.startsOn = LocalDate.of(2025, 12, 1);
        in.endsOn = LocalDate.of(2027, 1, 1);
        ValidationException e = assertThrows(ValidationException.class, () -> health.campaigns.create(in));
        assertEquals(List.of("startsOn", "endsOn"), fields(e));
        assertEquals("must be in 2026, the campaign's year", message(e, "startsOn"));

        in.startsOn = LocalDate.of(2026, 6, 1);
        in.endsOn = LocalDate.of(2026, 5, 31);
        e = assertThrows(ValidationException.class, () -> health.campaigns.create(in));
        assertEquals("endsOn", only(e).field);
        assertEquals("must not be before startsOn", only(e).message);
    }

    @Test
    public void townshipsMustBeTheCountysAndSitesMustExist() {
        CampaignDTO in = campaign(CampaignKind.TWO_CANCERS, 2026, "县妇幼保健院");
        in.townshipCodes = new ArrayList<>(Arrays.asList(TOWNSHIP_A, FOREIGN_TOWNSHIP, VILLAGE_A1, "999", null));
        in.siteIds = new ArrayList<>(Arrays.asList(77777L, null));
        ValidationException e = assertThrows(ValidationException.class, () -> health.campaigns.create(in));
        assertEquals(List.of("townshipCodes[1]", "townshipCodes[2]", "townshipCodes[3]", "townshipCodes[4]",
                "siteIds[0]", "siteIds[1]"), fields(e));
        assertEquals(FOREIGN_TOWNSHIP + " is not a township of this county", message(e, "townshipCodes[1]"));
        assertEquals(VILLAGE_A1 + " is not a township of this county", message(e, "townshipCodes[2]"));
        assertEquals("service site 77777 does not exist", message(e, "siteIds[0]"));
    }

    @Test
    public void listsByYearKindStatusAndTownshipCountyWideIncluded() {
        CampaignDTO countyWide = health.campaigns.create(campaign(CampaignKind.GYNAECOLOGICAL, 2024, "全县"));
        CampaignDTO onlyA = campaign(CampaignKind.GYNAECOLOGICAL, 2024, "东塘");
        onlyA.townshipCodes = new ArrayList<>(List.of(TOWNSHIP_A));
        long a = health.campaigns.create(onlyA).id;
        CampaignDTO onlyB = campaign(CampaignKind.TWO_CANCERS, 2024, "西林");
        onlyB.townshipCodes = new ArrayList<>(List.of(TOWNSHIP_B));
        CampaignDTO b = health.campaigns.create(onlyB);

        CampaignQuery q = new CampaignQuery();
        q.year = 2024;
        assertEquals(List.of(countyWide.id, a, b.id), ids(q));
        q.townshipCode = TOWNSHIP_A;
        assertEquals(List.of(countyWide.id, a), ids(q));
        q.townshipCode = TOWNSHIP_C;
        assertEquals(List.of(countyWide.id), ids(q));
        q.townshipCode = null;
        q.kind = CampaignKind.TWO_CANCERS;
        assertEquals(List.of(b.id), ids(q));

        health.campaigns.end(b.id, b.version, new EndRequest(LocalDate.of(2024, 12, 31), null, "结束"));
        q.kind = null;
        q.status = Status.ENDED;
        assertEquals(List.of(b.id), ids(q));
        q.status = Status.ACTIVE;
        assertEquals(List.of(countyWide.id, a), ids(q));
    }

    @Test
    public void endingClosesOnceNotBeforeTheStartNorInTheFuture() {
        CampaignDTO in = campaign(CampaignKind.TWO_CANCERS, 2026, "县妇幼保健院");
        in.startsOn = LocalDate.of(2026, 3, 1);
        CampaignDTO created = health.campaigns.create(in);

        ValidationException e = assertThrows(ValidationException.class, () -> health.campaigns.end(created.id,
                created.version, new EndRequest(LocalDate.of(2026, 2, 28), null, null)));
        assertEquals("date", only(e).field);
        assertEquals("date", only(assertThrows(ValidationException.class, () -> health.campaigns.end(created.id,
                created.version, new EndRequest(TODAY.plusDays(1), null, null)))).field);

        CampaignDTO ended = health.campaigns.end(created.id, created.version, null);
        assertEquals(Status.ENDED, ended.status);
        assertEquals(TODAY, ended.endedOn);
        assertThrows(StaleVersionException.class, () -> health.campaigns.end(created.id, created.version, null));
        ConflictException twice = assertThrows(ConflictException.class,
                () -> health.campaigns.end(created.id, ended.version, null));
        assertTrue(twice.getMessage(), twice.getMessage(java.util.Locale.ENGLISH).contains("already ended on " + TODAY));
    }

    private static List<Long> ids(CampaignQuery q) {
        return health.campaigns.list(q, PageRequest.first(50)).items.stream().map(c -> c.id)
                .collect(Collectors.toList());
    }
}
