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
    public void personIdsAreThoseOfActiveLeftBehindWomenWithTheirNames() {
        FakePersons persons = new FakePersons();
        persons.add(person(1, "王秀英", CareCategory.LEFT_BEHIND_WOMAN, Status.ACTIVE));
        persons.add(person(2, "李小明", CareCategory.LEFT_BEHIND_CHILD, Status.ACTIVE));
        persons.add(person(3, "张桂兰", CareCategory.LEFT_BEHIND_WOMAN, Status.ENDED));
        WomanIdCompleter completer = new WomanIdCompleter();
        completer.persons = persons;

        List<Candidate> candidates = new ArrayList<>();
        completer.completeCandidates(null, new ArgumentCommandLine("", 0), candidates);
        assertEquals(1, candidates.size());
        assertEquals("1", candidates.get(0).value());
        assertEquals("王秀英", candidates.get(0).descr());
        assertEquals(CareCategory.LEFT_BEHIND_WOMAN, persons.lastQuery.category);
        assertEquals(Status.ACTIVE, persons.lastQuery.status);
        assertEquals(100, persons.lastPage.limit);
    }

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

    @Test
    public void townshipAndVillageCodesCompleteFromWhatIsTyped() {
        TownshipCompleter townships = new TownshipCompleter();
        townships.divisions = new FakeDivisions();
        List<Candidate> all = new ArrayList<>();
        townships.completeCandidates(null, new ArgumentCommandLine("", 0), all);
        assertEquals(List.of("330726001", "330726101"), all.stream().map(Candidate::value).collect(Collectors.toList()));
        assertEquals("浦阳街道", all.get(0).descr());

        VillageCompleter villages = new VillageCompleter();
        villages.divisions = new FakeDivisions();
        List<String> values = new ArrayList<>();
        villages.complete(null, new ArgumentCommandLine("3307261012", 10), values);
        assertEquals(List.of("330726101201", "330726101202"),
                values.stream().map(String::trim).sorted().collect(Collectors.toList()));
    }

    @Test
    public void aServiceThatIsNotReadyOffersNothingAndBreaksNothing() {
        FakeDivisions divisions = new FakeDivisions();
        divisions.failure = new IllegalStateException("no county configured");
        TownshipCompleter completer = new TownshipCompleter();
        completer.divisions = divisions;

        List<Candidate> candidates = new ArrayList<>();
        completer.completeCandidates(null, new ArgumentCommandLine("33", 2), candidates);
        assertTrue(candidates.isEmpty());
    }

    private static PersonDTO person(long id, String name, CareCategory category, Status status) {
        PersonDTO p = new PersonDTO();
        p.id = id;
        p.name = name;
        p.categories = EnumSet.of(category);
        p.status = status;
        return p;
    }
}
