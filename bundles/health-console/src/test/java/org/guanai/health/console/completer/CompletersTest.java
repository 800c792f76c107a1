package org.guanai.health.console.completer;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.karaf.shell.api.console.Candidate;
import org.apache.karaf.shell.support.completers.ArgumentCommandLine;
import org.guanai.health.api.CampaignDTO;
import org.guanai.health.api.CampaignKind;
import org.guanai.health.console.Fakes;
import org.guanai.registry.api.CareCategory;
import org.guanai.registry.api.PersonDTO;
import org.guanai.registry.api.Status;
import org.junit.Test;
import org.guanai.testing.fakes.FakeDivisions;
import org.guanai.testing.fakes.FakePersons;

public class CompletersTest {


    @Test
    public void campaignIdsComeWithYearKindAndProvider() {
        Fakes.Campaigns campaigns = new Fakes.Campaigns();
        CampaignDTO c = new CampaignDTO();
        c.id = 3L;
        c.year = 2026;
        c.kind = CampaignKind.TWO_CANCERS;
        c.providerName = "县妇幼保健院";
        c.status = Status.ACTIVE;
        campaigns.records.add(c);
        CampaignIdCompleter completer = new CampaignIdCompleter();
        completer.campaigns = campaigns;

        List<Candidate> candidates = new ArrayList<>();
        completer.completeCandidates(null, new ArgumentCommandLine("", 0), candidates);
        assertEquals("3", candidates.get(0).value());
        assertEquals("2026 两癌筛查 · 县妇幼保健院", candidates.get(0).descr());
        assertEquals(Status.ACTIVE, campaigns.lastQuery.status);
    }



}
