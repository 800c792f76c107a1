package org.guanai.shell.api.completers;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.karaf.shell.api.console.Candidate;
import org.apache.karaf.shell.support.completers.ArgumentCommandLine;
import org.guanai.registry.api.Status;
import org.guanai.registry.api.CareCategory;
import org.guanai.registry.api.PersonDTO;
import org.junit.Test;
import org.guanai.testing.fakes.FakeDivisions;
import org.guanai.testing.fakes.FakePersons;

public class CompletersTest {

    @Test
    public void personIdsOfActivePersonsComeWithTheirNames() {
        FakePersons persons = new FakePersons();
        persons.add(person(1, "王秀英")).add(person(2, "李小明"));
        persons.records.get(2L).status = Status.ENDED;
        PersonIdCompleter completer = new PersonIdCompleter();
        completer.persons = persons;

        List<Candidate> candidates = new ArrayList<>();
        completer.completeCandidates(null, new ArgumentCommandLine("", 0), candidates);
        assertEquals(1, candidates.size());
        assertEquals("1", candidates.get(0).value());
        assertEquals("王秀英", candidates.get(0).descr());
        assertEquals(Status.ACTIVE, persons.lastQuery.status);
        assertEquals(100, persons.lastPage.limit);
    }

    @Test
    public void divisionCodesCompleteFromWhatIsTypedWithoutTheCounty() {
        DivisionCompleter completer = new DivisionCompleter();
        completer.divisions = new FakeDivisions();

        List<String> values = new ArrayList<>();
        completer.complete(null, new ArgumentCommandLine("3307261012", 10), values);
        assertEquals(List.of("330726101201", "330726101202"), values.stream().map(String::trim).sorted().collect(Collectors.toList()));

        List<Candidate> all = new ArrayList<>();
        completer.completeCandidates(null, new ArgumentCommandLine("", 0), all);
        assertEquals(5, all.size());
        assertTrue(all.stream().anyMatch(c -> c.value().equals("330726001") && c.descr().equals("浦阳街道")));
    }

    @Test
    public void aRegistryThatIsNotReadyOffersNothingAndBreaksNothing() {
        FakeDivisions divisions = new FakeDivisions();
        divisions.failure = new IllegalStateException("no county configured");
        DivisionCompleter completer = new DivisionCompleter();
        completer.divisions = divisions;

        List<Candidate> candidates = new ArrayList<>();
        completer.completeCandidates(null, new ArgumentCommandLine("33", 2), candidates);
        assertTrue(candidates.isEmpty());
    }

    @Test
    public void personIdsAreThoseOfActiveLeftBehindWomenWithTheirNames() {
        FakePersons persons = new FakePersons();
        PersonDTO woman = person(1, "王秀英");
        woman.categories = java.util.EnumSet.of(CareCategory.LEFT_BEHIND_WOMAN);
        persons.add(woman).add(person(2, "李小明"));
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

    private static PersonDTO person(long id, String name) {
        PersonDTO p = new PersonDTO();
        p.id = id;
        p.name = name;
        p.status = Status.ACTIVE;
        return p;
    }
}
