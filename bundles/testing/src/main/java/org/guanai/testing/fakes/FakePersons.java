package org.guanai.testing.fakes;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.guanai.registry.api.EndRequest;
import org.guanai.registry.api.NotFoundException;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.PersonDTO;
import org.guanai.registry.api.PersonDirectory;
import org.guanai.registry.api.PersonQuery;
import org.guanai.registry.api.PersonService;
import org.guanai.registry.api.PersonSummaryDTO;
import org.guanai.registry.api.StaleVersionException;
import org.guanai.registry.api.Status;

/**
 * An in-memory PersonService (and the modules' PersonDirectory over the same records): records by id, the last query, page, create and end remembered,
 * {@link #calls} counted, and a {@link #refusal} to make a write fail as the registry would.
 */
public class FakePersons implements PersonService, PersonDirectory {
    public final Map<Long, PersonDTO> records = new LinkedHashMap<>();
    public PersonQuery lastQuery;
    public PageRequest lastPage;
    public PersonDTO lastCreated;
    public long lastExpectedVersion = -1;
    public EndRequest lastEnd;
    public Refusal refusal = Refusal.NONE;
    public int calls;

    /** An active person of version 1 in a village (its township from the code's first nine digits). */
    public static PersonDTO person(long id, String name, String idNumber, String village) {
        PersonDTO p = new PersonDTO();
        p.id = id;
        p.version = 1;
        p.name = name;
        p.idNumber = idNumber;
        p.villageCode = village;
        p.townshipCode = village == null ? null : village.substring(0, 9);
        p.status = Status.ACTIVE;
        return p;
    }

    public FakePersons add(PersonDTO p) {
        records.put(p.id, p);
        return this;
    }

    @Override
    public Page<PersonDTO> list(PersonQuery query, PageRequest page) {
        calls++;
        lastQuery = query;
        lastPage = page;
        return Pages.page(matching(query), page);
    }

    @Override
    public PersonDTO get(long id) {
        calls++;
        PersonDTO p = records.get(id);
        if (p == null) {
            throw new NotFoundException("Person", id);
        }
        return p;
    }

    @Override
    public Map<Long, PersonDTO> find(Collection<Long> ids) {
        Map<Long, PersonDTO> found = new LinkedHashMap<>();
        ids.stream().filter(records::containsKey).forEach(id -> found.put(id, records.get(id)));
        return found;
    }

    /** The short rows of {@link #matching}, by id, as the registry gives them. */
    @Override
    public List<PersonSummaryDTO> summaries(PersonQuery query) {
        return matching(query == null ? new PersonQuery() : query).stream()
                .sorted(java.util.Comparator.comparingLong(p -> p.id))
                .map(FakePersons::summary)
                .collect(Collectors.toList());
    }

    /** What {@link #summaries} lists: what {@link #list} would (without counting a call). */
    protected List<PersonDTO> matching(PersonQuery query) {
        return records.values().stream()
                .filter(p -> query.status == null || query.status == p.status)
                .filter(p -> query.category == null || p.categories.contains(query.category))
                .filter(p -> query.householdId == null || query.householdId.equals(p.householdId))
                .collect(Collectors.toList());
    }

    public static PersonSummaryDTO summary(PersonDTO p) {
        PersonSummaryDTO s = new PersonSummaryDTO();
        s.id = p.id;
        s.name = p.name;
        s.townshipCode = p.townshipCode;
        s.villageCode = p.villageCode;
        s.phone = p.phone;
        return s;
    }

    @Override
    public Optional<PersonDTO> findByIdNumber(String idNumber) {
        return records.values().stream().filter(p -> idNumber.equals(p.idNumber)).findFirst();
    }

    @Override
    public PersonDTO create(PersonDTO person) {
        calls++;
        lastCreated = person;
        refusal.check();
        person.id = 100L + records.size();
        person.status = Status.ACTIVE;
        records.put(person.id, person);
        return person;
    }

    @Override
    public PersonDTO update(long id, long expectedVersion, PersonDTO person) {
        throw new UnsupportedOperationException();
    }

    @Override
    public PersonDTO end(long id, long expectedVersion, EndRequest end) {
        calls++;
        lastExpectedVersion = expectedVersion;
        lastEnd = end;
        refusal.check();
        PersonDTO p = get(id);
        if (p.version != expectedVersion) {
            throw new StaleVersionException("Person", id, expectedVersion, p.version);
        }
        p.version++;
        p.status = Status.ENDED;
        p.endedOn = end.date == null ? LocalDate.of(2025, 1, 15) : end.date;
        p.endReason = end.reason;
        p.endNote = end.note;
        return p;
    }
}
