package org.guanai.mutualaid.internal.service;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.guanai.mutualaid.api.GroupDTO;
import org.guanai.mutualaid.api.GroupKind;
import org.guanai.registry.api.CareCategory;
import org.guanai.registry.api.EndRequest;
import org.guanai.registry.api.HouseholdDTO;
import org.guanai.registry.api.NotFoundException;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.PersonDTO;
import org.guanai.registry.api.Status;
import org.guanai.registry.api.TeamQuery;
import org.guanai.registry.api.VolunteerDTO;
import org.guanai.registry.api.VolunteerService;
import org.guanai.registry.api.security.CallerContext;
import org.guanai.testing.LiquibaseTestMigrator;
import org.guanai.testing.TestDatabase;
import org.guanai.testing.fakes.FakeDivisions;
import org.guanai.testing.fakes.FakeGuardianships;
import org.guanai.testing.fakes.FakeHouseholds;
import org.guanai.testing.fakes.FakePersons;
import org.guanai.testing.fakes.FakeSites;
import org.guanai.testing.fakes.FakeVisibility;

/** The module's services over a fresh Derby in target/, with the registry faked; close it after each test. */
final class MutualAid implements AutoCloseable {
    static final String VILLAGE = "330726101201";
    static final String OTHER_VILLAGE = "330726001201";
    static final String TOWNSHIP = "330726101";
    static final String OTHER_TOWNSHIP = "330726001";
    static final LocalDate TODAY = LocalDate.now();

    final TestDatabase db = TestDatabase.create("guanai-mutualaid",
            ds -> new MutualAidSchema(new LiquibaseTestMigrator(ds)));
    final FakeVisibility visibility = new FakeVisibility();
    final FakePersons persons = new FakePersons();
    final FakeHouseholds households = new FakeHouseholds();
    final FakeVolunteers volunteers = new FakeVolunteers();
    final FakeGuardianships guardianships = new FakeGuardianships();
    final FakeSites sites = new FakeSites();
    final Registry registry = new Registry(persons, persons, households, volunteers, sites, new FakeDivisions(),
            guardianships, visibility);
    final GroupServiceImpl groups = new GroupServiceImpl(db.jpa, registry, visibility, null, null);
    final MembershipServiceImpl members = new MembershipServiceImpl(db.jpa, registry, visibility, null, null);
    final ActivityServiceImpl activities = new ActivityServiceImpl(db.jpa, registry, visibility, null, null);
    final PairingServiceImpl pairings = new PairingServiceImpl(db.jpa, registry, visibility, null, null);
    final VisitServiceImpl visits = new VisitServiceImpl(db.jpa, visibility, null, null);
    final MutualAidReportsImpl reports = new MutualAidReportsImpl(db.jpa, registry, groups, pairings);

    @Override
    public void close() {
        CallerContext.clear();
        db.close();
    }

    PersonDTO person(long id, String name, String village, Long household, CareCategory... categories) {
        PersonDTO p = FakePersons.person(id, name, null, village);
        p.householdId = household;
        p.categories.addAll(List.of(categories));
        persons.add(p);
        return p;
    }

    HouseholdDTO household(long id, String head, String village, boolean hardship) {
        HouseholdDTO h = new HouseholdDTO();
        h.id = id;
        h.headName = head;
        h.villageCode = village;
        h.townshipCode = village.substring(0, 9);
        h.hardship = hardship;
        h.status = Status.ACTIVE;
        households.records.put(id, h);
        return h;
    }

    VolunteerDTO volunteer(long id, String name) {
        VolunteerDTO v = new VolunteerDTO();
        v.id = id;
        v.name = name;
        v.status = Status.ACTIVE;
        volunteers.records.put(id, v);
        return v;
    }

    GroupDTO group(String name, GroupKind kind, String village, LocalDate founded) {
        GroupDTO g = new GroupDTO();
        g.name = name;
        g.kind = kind;
        g.villageCode = village;
        g.foundedOn = founded;
        return groups.create(g);
    }

    /** Volunteers by id; all of them visible. */
    static final class FakeVolunteers implements VolunteerService {
        final Map<Long, VolunteerDTO> records = new LinkedHashMap<>();

        @Override
        public Page<VolunteerDTO> list(TeamQuery query, PageRequest page) {
            return new Page<>(List.copyOf(records.values()), records.size(), 0, records.size());
        }

        @Override
        public VolunteerDTO get(long id) {
            VolunteerDTO v = records.get(id);
            if (v == null) {
                throw new NotFoundException("volunteer", id);
            }
            return v;
        }

        @Override
        public VolunteerDTO create(VolunteerDTO volunteer) {
            throw new UnsupportedOperationException();
        }

        @Override
        public VolunteerDTO update(long id, long expectedVersion, VolunteerDTO volunteer) {
            throw new UnsupportedOperationException();
        }

        @Override
        public VolunteerDTO end(long id, long expectedVersion, EndRequest end) {
            throw new UnsupportedOperationException();
        }
    }

    static Set<String> fields(org.guanai.registry.api.ValidationException e) {
        java.util.Set<String> fields = new java.util.LinkedHashSet<>();
        e.errors().forEach(f -> fields.add(f.field));
        return fields;
    }
}
