package org.guanai.registry.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.guanai.registry.api.DivisionDTO;
import org.guanai.registry.api.DivisionLevel;
import org.guanai.registry.api.DivisionService;
import org.guanai.registry.api.EndRequest;
import org.guanai.registry.api.GuardianshipDTO;
import org.guanai.registry.api.GuardianshipQuery;
import org.guanai.registry.api.GuardianshipService;
import org.guanai.registry.api.HouseholdDTO;
import org.guanai.registry.api.HouseholdQuery;
import org.guanai.registry.api.HouseholdService;
import org.guanai.registry.api.NotFoundException;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.PersonDTO;
import org.guanai.registry.api.PersonQuery;
import org.guanai.registry.api.PersonService;
import org.guanai.registry.api.StaleVersionException;
import org.guanai.registry.api.Status;

/**
 * Hand-written fakes of the registry services: records kept in maps, the last query and write
 * remembered for assertions, and a hook to make a write fail the way the registry would.
 */
public final class Fakes {
    private Fakes() {
    }

    /** Throws instead of writing when set, e.g. a ValidationException. */
    public interface Refusal {
        void check();
    }

    static <T> Page<T> page(List<T> all, PageRequest page) {
        List<T> items = all.stream().skip(page.offset).limit(page.limit).collect(Collectors.toList());
        return new Page<>(items, all.size(), page.offset, page.limit);
    }

    static PersonDTO person(long id, String name, String idNumber, String village) {
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

    public static class Persons implements PersonService {
        public final Map<Long, PersonDTO> records = new LinkedHashMap<>();
        public PersonQuery lastQuery;
        public PageRequest lastPage;
        public PersonDTO lastCreated;
        public long lastExpectedVersion = -1;
        public EndRequest lastEnd;
        public Refusal refusal = () -> { };
        public int calls;

        public Persons add(PersonDTO p) {
            records.put(p.id, p);
            return this;
        }

        @Override
        public Page<PersonDTO> list(PersonQuery query, PageRequest page) {
            calls++;
            lastQuery = query;
            lastPage = page;
            List<PersonDTO> matching = records.values().stream()
                    .filter(p -> query.status == null || query.status == p.status)
                    .filter(p -> query.category == null || p.categories.contains(query.category))
                    .filter(p -> query.householdId == null || query.householdId.equals(p.householdId))
                    .collect(Collectors.toList());
            return page(matching, page);
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

    public static class Households implements HouseholdService {
        public final Map<Long, HouseholdDTO> records = new LinkedHashMap<>();
        public HouseholdDTO lastCreated;
        public Refusal refusal = () -> { };

        @Override
        public Page<HouseholdDTO> list(HouseholdQuery query, PageRequest page) {
            return page(new ArrayList<>(records.values()), page);
        }

        @Override
        public HouseholdDTO get(long id) {
            HouseholdDTO h = records.get(id);
            if (h == null) {
                throw new NotFoundException("Household", id);
            }
            return h;
        }

        @Override
        public HouseholdDTO create(HouseholdDTO household) {
            lastCreated = household;
            refusal.check();
            household.id = 10L + records.size();
            household.status = Status.ACTIVE;
            records.put(household.id, household);
            return household;
        }

        @Override
        public HouseholdDTO update(long id, long expectedVersion, HouseholdDTO household) {
            throw new UnsupportedOperationException();
        }

        @Override
        public HouseholdDTO end(long id, long expectedVersion, EndRequest end) {
            throw new UnsupportedOperationException();
        }
    }

    public static class Guardianships implements GuardianshipService {
        public final Map<Long, GuardianshipDTO> records = new LinkedHashMap<>();
        public final List<PersonDTO> alerts = new ArrayList<>();
        public String lastAlertTownship;

        @Override
        public Page<GuardianshipDTO> list(GuardianshipQuery query, PageRequest page) {
            List<GuardianshipDTO> matching = records.values().stream()
                    .filter(g -> query.childId == null || query.childId.equals(g.childId))
                    .filter(g -> query.guardianId == null || query.guardianId.equals(g.guardianId))
                    .filter(g -> query.status == null || query.status == g.status)
                    .collect(Collectors.toList());
            return page(matching, page);
        }

        @Override
        public GuardianshipDTO get(long id) {
            GuardianshipDTO g = records.get(id);
            if (g == null) {
                throw new NotFoundException("Guardianship", id);
            }
            return g;
        }

        @Override
        public GuardianshipDTO create(GuardianshipDTO guardianship) {
            throw new UnsupportedOperationException();
        }

        @Override
        public GuardianshipDTO update(long id, long expectedVersion, GuardianshipDTO guardianship) {
            throw new UnsupportedOperationException();
        }

        @Override
        public GuardianshipDTO end(long id, long expectedVersion, EndRequest end) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Page<PersonDTO> childrenWithoutCapableGuardian(String townshipCode, PageRequest page) {
            lastAlertTownship = townshipCode;
            return page(alerts, page);
        }
    }

    /** A county 330726 with two townships and three villages. */
    public static class Divisions implements DivisionService {
        public final Map<String, DivisionDTO> records = new LinkedHashMap<>();
        public String imported;
        public RuntimeException failure;

        public Divisions() {
            add("330726", "浦江县", DivisionLevel.COUNTY, null);
            add("330726001", "浦阳街道", DivisionLevel.TOWNSHIP, "330726");
            add("330726101", "黄宅镇", DivisionLevel.TOWNSHIP, "330726");
            add("330726001201", "石门村", DivisionLevel.VILLAGE, "330726001");
            add("330726101201", "前吴村", DivisionLevel.VILLAGE, "330726101");
            add("330726101202", "新光村", DivisionLevel.VILLAGE, "330726101");
        }

        private void add(String code, String name, DivisionLevel level, String parent) {
            records.put(code, new DivisionDTO(code, name, level, parent));
        }

        private void check() {
            if (failure != null) {
                throw failure;
            }
        }

        @Override
        public DivisionDTO county() {
            check();
            return records.get("330726");
        }

        @Override
        public Optional<DivisionDTO> find(String code) {
            check();
            return Optional.ofNullable(records.get(code));
        }

        @Override
        public DivisionDTO get(String code) {
            return find(code).orElseThrow(() -> new NotFoundException("Division", code));
        }

        @Override
        public List<DivisionDTO> children(String parentCode) {
            check();
            return records.values().stream().filter(d -> parentCode.equals(d.parentCode)).collect(Collectors.toList());
        }

        @Override
        public List<DivisionDTO> search(String prefix, int limit) {
            check();
            return records.values().stream().filter(d -> d.code.startsWith(prefix) || d.name.startsWith(prefix))
                    .limit(limit).collect(Collectors.toList());
        }

        @Override
        public int importCsv(Reader csv) {
            try (BufferedReader lines = new BufferedReader(csv)) {
                imported = lines.lines().collect(Collectors.joining("\n"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return (int) imported.lines().filter(l -> !l.startsWith("code")).count();
        }
    }
}
