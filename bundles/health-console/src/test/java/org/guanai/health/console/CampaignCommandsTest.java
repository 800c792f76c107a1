package org.guanai.health.console;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.guanai.health.api.CampaignDTO;
import org.guanai.health.api.CampaignKind;
import org.guanai.health.api.ProviderKind;
import org.guanai.registry.api.Status;
import org.guanai.testing.Captured;
import org.guanai.testing.fakes.FakeDivisions;
import org.junit.Rule;
import org.junit.Test;

public class CampaignCommandsTest {

    @Rule
    public final Captured console = new Captured();

    private final Fakes.Campaigns campaigns = new Fakes.Campaigns();
    private final FakeDivisions divisions = new FakeDivisions();

    @Test
    public void campaignListTurnsOptionsIntoTheQueryAndPrintsOneRowPerCampaign() throws Exception {
        CampaignDTO c = new CampaignDTO();
        c.id = 3L;
        c.kind = CampaignKind.TWO_CANCERS;
        c.year = 2026;
        c.providerName = "县妇幼保健院";
        c.startsOn = LocalDate.of(2026, 4, 1);
        c.endsOn = LocalDate.of(2026, 6, 30);
        c.townshipCodes = List.of("330726001", "330726101");
        c.siteIds = List.of(5L, 6L);
        c.status = Status.ACTIVE;
        campaigns.records.add(c);

        CampaignList list = new CampaignList();
        list.campaigns = campaigns;
        list.divisions = divisions;
        list.year = "2026";
        list.kind = "两癌";
        list.township = "330726101";
        list.execute();

        assertEquals(Integer.valueOf(2026), campaigns.lastQuery.year);
        assertEquals(CampaignKind.TWO_CANCERS, campaigns.lastQuery.kind);
        assertEquals("330726101", campaigns.lastQuery.townshipCode);
        List<String> lines = console.out().lines().toList();
        assertEquals(console.out(), 4, lines.size());
        assertEquals(List.of("3", "2026", "两癌筛查", "县妇幼保健院", "2026-04-01", "2026-06-30", "浦阳街道、黄宅镇", "2",
                "有效"), Rows.cells(lines.get(2)));
        assertEquals("第 1–1 条，共 1 条筛查活动", lines.get(3));
    }

    @Test
    public void aBadKindIsReportedBeforeTheServiceIsAsked() throws Exception {
        CampaignList list = new CampaignList();
        list.campaigns = campaigns;
        list.divisions = divisions;
        list.kind = "dental";
        list.execute();

        assertEquals(Captured.lines("--kind：“dental”不是以下之一：GYNAECOLOGICAL, TWO_CANCERS, GENERAL"),
                console.err());
        assertEquals(0, campaigns.calls);
    }

    @Test
    public void campaignAddSendsTheParsedCampaign() throws Exception {
        CampaignAdd add = new CampaignAdd();
        add.campaigns = campaigns;
        add.divisions = divisions;
        add.kind = "gyn";
        add.year = "2026";
        add.provider = "县妇幼保健院";
        add.providerKind = "mch-station";
        add.from = "2026-04-01";
        add.to = "2026-06-30";
        add.townships = List.of("330726101");
        add.sites = List.of("5,6");
        add.execute();

        CampaignDTO sent = campaigns.lastCreated;
        assertEquals(CampaignKind.GYNAECOLOGICAL, sent.kind);
        assertEquals(2026, sent.year);
        assertEquals(ProviderKind.MCH_STATION, sent.providerKind);
        assertEquals(LocalDate.of(2026, 6, 30), sent.endsOn);
        assertEquals(List.of("330726101"), sent.townshipCodes);
        assertEquals(List.of(5L, 6L), sent.siteIds);
        assertEquals(Captured.lines("已登记筛查活动 10 · 2026 年妇科检查 · 县妇幼保健院（黄宅镇）"), console.out());
    }

    @Test
    public void aCampaignWithoutTownshipsCoversTheCounty() throws Exception {
        CampaignAdd add = new CampaignAdd();
        add.campaigns = campaigns;
        add.divisions = divisions;
        add.kind = "GENERAL";
        add.year = "2026";
        add.provider = "黄宅镇卫生院";
        add.execute();

        assertTrue(campaigns.lastCreated.townshipCodes.isEmpty());
        assertTrue(campaigns.lastCreated.siteIds.isEmpty());
        assertTrue(console.out(), console.out().contains("（全县）"));
    }
}
