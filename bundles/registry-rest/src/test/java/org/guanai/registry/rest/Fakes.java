package org.guanai.registry.rest;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
import org.guanai.registry.api.IndicatorDTO;
import org.guanai.registry.api.ModuleDTO;
import org.guanai.registry.api.ModuleService;
import org.guanai.registry.api.NotFoundException;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.PersonDTO;
import org.guanai.registry.api.PersonQuery;
import org.guanai.registry.api.PersonService;
import org.guanai.registry.api.ServiceRecordDTO;
import org.guanai.registry.api.ServiceRecordQuery;
import org.guanai.registry.api.ServiceRecordService;
import org.guanai.registry.api.ServiceSiteDTO;
import org.guanai.registry.api.ServiceSiteService;
import org.guanai.registry.api.ServiceTeamDTO;
import org.guanai.registry.api.ServiceTeamService;
import org.guanai.registry.api.SiteQuery;
import org.guanai.registry.api.StatsService;
import org.guanai.registry.api.TeamQuery;
import org.guanai.registry.api.TimelineDTO;
import org.guanai.registry.api.TimelineService;
import org.guanai.registry.api.TownshipStatsDTO;
import org.guanai.registry.api.VolunteerDTO;
import org.guanai.registry.api.VolunteerService;

/**
 * Hand-written service fakes: each records what the resource passed in its last call and
 * answers with a record whose version tells the test which call made it (get: 3, create: 0,
 * update/end: expected version + 1). Id {@link #MISSING} does not exist.
 */
final class Fakes {
    static final long CREATED_ID = 7;
    static final long MISSING = 404;

    private Fakes() {
    }

    /** What a fake saw; one per fake. */
    static class Calls<Q> {
        int calls;
        Q query;
        PageRequest page;
        Long id;
        Long expectedVersion;
        Object body;
        EndRequest end;

        <T> Page<T> recordList(Q q, PageRequest p) {
            calls++;
            query = q;
            page = p;
            return new Page<>(new ArrayList<>(), 0, p.offset, p.limit);
        }

        void recordGet(String type, long id) {
            calls++;
            this.id = id;
            if (id == MISSING) {
                throw new NotFoundException(type, id);
            }
        }

        void recordCreate(Object body) {
            calls++;
            this.body = body;
        }

        void recordUpdate(long id, long version, Object body) {
            calls++;
            this.id = id;
            expectedVersion = version;
            this.body = body;
        }

        void recordEnd(long id, long version, EndRequest end) {
            calls++;
            this.id = id;
            expectedVersion = version;
            this.end = end;
        }
    }

    static final class Households extends Calls<HouseholdQuery> implements HouseholdService {
        @Override
        public Page<HouseholdDTO> list(HouseholdQuery query, PageRequest page) {
            return recordList(query, page);
        }

        @Override
        public HouseholdDTO get(long id) {
            recordGet("household", id);
            return household(id, 3);
        }

        @Override
        public HouseholdDTO create(HouseholdDTO household) {
            recordCreate(household);
            return household(CREATED_ID, 0);
        }

        @Override
        public HouseholdDTO update(long id, long expectedVersion, HouseholdDTO household) {
            recordUpdate(id, expectedVersion, household);
            return household(id, expectedVersion + 1);
        }

        @Override
        public HouseholdDTO end(long id, long expectedVersion, EndRequest end) {
            recordEnd(id, expectedVersion, end);
            return household(id, expectedVersion + 1);
        }

        private static HouseholdDTO household(long id, long version) {
            HouseholdDTO h = new HouseholdDTO();
            h.id = id;
            h.version = version;
            return h;
        }
    }

    static final class Persons extends Calls<PersonQuery> implements PersonService {
        @Override
        public Page<PersonDTO> list(PersonQuery query, PageRequest page) {
            return recordList(query, page);
        }

        @Override
        public PersonDTO get(long id) {
            recordGet("person", id);
            return person(id, 3);
        }

        @Override
        public Optional<PersonDTO> findByIdNumber(String idNumber) {
            throw new UnsupportedOperationException();
        }

        @Override
        public PersonDTO create(PersonDTO person) {
            recordCreate(person);
            return person(CREATED_ID, 0);
        }

        @Override
        public PersonDTO update(long id, long expectedVersion, PersonDTO person) {
            recordUpdate(id, expectedVersion, person);
            return person(id, expectedVersion + 1);
        }

        @Override
        public PersonDTO end(long id, long expectedVersion, EndRequest end) {
            recordEnd(id, expectedVersion, end);
            return person(id, expectedVersion + 1);
        }

        static PersonDTO person(long id, long version) {
            PersonDTO p = new PersonDTO();
            p.id = id;
            p.version = version;
            return p;
        }
    }

    static final class Timelines implements TimelineService {
        Long personId;

        @Override
        public TimelineDTO timeline(long personId) {
            this.personId = personId;
            TimelineDTO t = new TimelineDTO();
            t.personId = personId;
            return t;
        }
    }

    static final class Guardianships extends Calls<GuardianshipQuery> implements GuardianshipService {
        String alertTownship;
        PageRequest alertPage;

        @Override
        public Page<GuardianshipDTO> list(GuardianshipQuery query, PageRequest page) {
            return recordList(query, page);
        }

        @Override
        public GuardianshipDTO get(long id) {
            recordGet("guardianship", id);
            return guardianship(id, 3);
        }

        @Override
        public GuardianshipDTO create(GuardianshipDTO guardianship) {
            recordCreate(guardianship);
            return guardianship(CREATED_ID, 0);
        }

        @Override
        public GuardianshipDTO update(long id, long expectedVersion, GuardianshipDTO guardianship) {
            recordUpdate(id, expectedVersion, guardianship);
            return guardianship(id, expectedVersion + 1);
        }

        @Override
        public GuardianshipDTO end(long id, long expectedVersion, EndRequest end) {
            recordEnd(id, expectedVersion, end);
            return guardianship(id, expectedVersion + 1);
        }

        @Override
        public Page<PersonDTO> childrenWithoutCapableGuardian(String townshipCode, PageRequest page) {
            calls++;
            alertTownship = townshipCode;
            alertPage = page;
            return new Page<>(List.of(Persons.person(5, 1)), 1, page.offset, page.limit);
        }

        private static GuardianshipDTO guardianship(long id, long version) {
            GuardianshipDTO g = new GuardianshipDTO();
            g.id = id;
            g.version = version;
            return g;
        }
    }

    static final class Sites extends Calls<SiteQuery> implements ServiceSiteService {
        @Override
        public Page<ServiceSiteDTO> list(SiteQuery query, PageRequest page) {
            return recordList(query, page);
        }

        @Override
        public ServiceSiteDTO get(long id) {
            recordGet("site", id);
            return site(id, 3);
        }

        @Override
        public ServiceSiteDTO create(ServiceSiteDTO site) {
            recordCreate(site);
            return site(CREATED_ID, 0);
        }

        @Override
        public ServiceSiteDTO update(long id, long expectedVersion, ServiceSiteDTO site) {
            recordUpdate(id, expectedVersion, site);
            return site(id, expectedVersion + 1);
        }

        @Override
        public ServiceSiteDTO end(long id, long expectedVersion, EndRequest end) {
            recordEnd(id, expectedVersion, end);
            return site(id, expectedVersion + 1);
        }

        private static ServiceSiteDTO site(long id, long version) {
            ServiceSiteDTO s = new ServiceSiteDTO();
            s.id = id;
            s.version = version;
            return s;
        }
    }

    static final class Teams extends Calls<TeamQuery> implements ServiceTeamService {
        @Override
        public Page<ServiceTeamDTO> list(TeamQuery query, PageRequest page) {
            return recordList(query, page);
        }

        @Override
        public ServiceTeamDTO get(long id) {
            recordGet("team", id);
            return team(id, 3);
        }

        @Override
        public ServiceTeamDTO create(ServiceTeamDTO team) {
            recordCreate(team);
            return team(CREATED_ID, 0);
        }

        @Override
        public ServiceTeamDTO update(long id, long expectedVersion, ServiceTeamDTO team) {
            recordUpdate(id, expectedVersion, team);
            return team(id, expectedVersion + 1);
        }

        @Override
        public ServiceTeamDTO end(long id, long expectedVersion, EndRequest end) {
            recordEnd(id, expectedVersion, end);
            return team(id, expectedVersion + 1);
        }

        private static ServiceTeamDTO team(long id, long version) {
            ServiceTeamDTO t = new ServiceTeamDTO();
            t.id = id;
            t.version = version;
            return t;
        }
    }

    static final class Volunteers extends Calls<TeamQuery> implements VolunteerService {
        @Override
        public Page<VolunteerDTO> list(TeamQuery query, PageRequest page) {
            return recordList(query, page);
        }

        @Override
        public VolunteerDTO get(long id) {
            recordGet("volunteer", id);
            return volunteer(id, 3);
        }

        @Override
        public VolunteerDTO create(VolunteerDTO volunteer) {
            recordCreate(volunteer);
            return volunteer(CREATED_ID, 0);
        }

        @Override
        public VolunteerDTO update(long id, long expectedVersion, VolunteerDTO volunteer) {
            recordUpdate(id, expectedVersion, volunteer);
            return volunteer(id, expectedVersion + 1);
        }

        @Override
        public VolunteerDTO end(long id, long expectedVersion, EndRequest end) {
            recordEnd(id, expectedVersion, end);
            return volunteer(id, expectedVersion + 1);
        }

        private static VolunteerDTO volunteer(long id, long version) {
            VolunteerDTO v = new VolunteerDTO();
            v.id = id;
            v.version = version;
            return v;
        }
    }

    static final class Records extends Calls<ServiceRecordQuery> implements ServiceRecordService {
        @Override
        public Page<ServiceRecordDTO> list(ServiceRecordQuery query, PageRequest page) {
            return recordList(query, page);
        }

        @Override
        public ServiceRecordDTO get(long id) {
            recordGet("service record", id);
            return record(id, 3);
        }

        @Override
        public ServiceRecordDTO create(ServiceRecordDTO record) {
            recordCreate(record);
            return record(CREATED_ID, 0);
        }

        @Override
        public ServiceRecordDTO update(long id, long expectedVersion, ServiceRecordDTO record) {
            recordUpdate(id, expectedVersion, record);
            return record(id, expectedVersion + 1);
        }

        private static ServiceRecordDTO record(long id, long version) {
            ServiceRecordDTO r = new ServiceRecordDTO();
            r.id = id;
            r.version = version;
            return r;
        }
    }

    /** County 360100 with townships 360100001 and 360100002. */
    static final class Divisions implements DivisionService {
        static final DivisionDTO COUNTY = new DivisionDTO("360100", "Test County", DivisionLevel.COUNTY, null);
        String childrenOf;
        String searched;
        Integer searchLimit;

        @Override
        public DivisionDTO county() {
            return COUNTY;
        }

        @Override
        public Optional<DivisionDTO> find(String code) {
            return code.equals(COUNTY.code) ? Optional.of(COUNTY) : Optional.empty();
        }

        @Override
        public DivisionDTO get(String code) {
            return find(code).orElseThrow(() -> new NotFoundException("division", code));
        }

        @Override
        public List<DivisionDTO> children(String parentCode) {
            childrenOf = parentCode;
            return List.of(new DivisionDTO(parentCode + "001", "One", DivisionLevel.TOWNSHIP, parentCode),
                    new DivisionDTO(parentCode + "002", "Two", DivisionLevel.TOWNSHIP, parentCode));
        }

        @Override
        public List<DivisionDTO> search(String prefix, int limit) {
            searched = prefix;
            searchLimit = limit;
            return List.of(COUNTY);
        }

        @Override
        public int importCsv(Reader csv) {
            throw new UnsupportedOperationException();
        }
    }

    static final class Modules implements ModuleService {
        String indicatorTownship = "not called";

        @Override
        public List<ModuleDTO> modules() {
            ModuleDTO registry = new ModuleDTO();
            registry.id = "registry";
            return List.of(registry);
        }

        @Override
        public List<IndicatorDTO> indicators(String townshipCode) {
            indicatorTownship = townshipCode;
            return List.of(new IndicatorDTO("registry", "children", "留守儿童", "Left-behind children", 12, "persons"));
        }
    }

    static final class Stats implements StatsService {
        @Override
        public List<TownshipStatsDTO> byTownship() {
            TownshipStatsDTO one = new TownshipStatsDTO();
            one.townshipCode = "360100001";
            return List.of(one);
        }

        @Override
        public TownshipStatsDTO county() {
            TownshipStatsDTO county = new TownshipStatsDTO();
            county.townshipCode = "360100";
            return county;
        }
    }
}
