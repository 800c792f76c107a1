package org.guanai.registry.rest;

import java.io.Reader;
import java.util.List;
import java.util.Optional;

import org.guanai.registry.api.CountySetupDTO;
import org.guanai.registry.api.DivisionDTO;
import org.guanai.registry.api.DivisionLevel;
import org.guanai.registry.api.DivisionService;
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
import org.guanai.registry.api.ValidationException;
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
import org.guanai.testing.fakes.Calls;
import org.guanai.testing.fakes.CannedService;

/**
 * Hand-written service fakes: each records what the resource passed in its last call (see the shared
 * {@link Calls}) and answers with a record whose version tells the test which call made it (get: 3,
 * create: 0, update/end: expected version + 1). Id {@link #MISSING} does not exist.
 */
final class Fakes {
    static final long CREATED_ID = Calls.CREATED_ID;
    static final long MISSING = Calls.MISSING;

    private Fakes() {
    }

    static final class Households extends CannedService<HouseholdQuery, HouseholdDTO> implements HouseholdService {
        Households() {
            super("household", (id, version) -> {
                HouseholdDTO h = new HouseholdDTO();
                h.id = id;
                h.version = version;
                return h;
            });
        }
    }

    static final class Persons extends CannedService<PersonQuery, PersonDTO> implements PersonService {
        Persons() {
            super("person", Persons::person);
        }

        @Override
        public Optional<PersonDTO> findByIdNumber(String idNumber) {
            throw new UnsupportedOperationException();
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

    static final class Guardianships extends CannedService<GuardianshipQuery, GuardianshipDTO>
            implements GuardianshipService {
        String alertTownship;
        PageRequest alertPage;

        Guardianships() {
            super("guardianship", (id, version) -> {
                GuardianshipDTO g = new GuardianshipDTO();
                g.id = id;
                g.version = version;
                return g;
            });
        }

        @Override
        public Page<PersonDTO> childrenWithoutCapableGuardian(String townshipCode, PageRequest page) {
            calls++;
            alertTownship = townshipCode;
            alertPage = page;
            return new Page<>(List.of(Persons.person(5, 1)), 1, page.offset, page.limit);
        }
    }

    static final class Sites extends CannedService<SiteQuery, ServiceSiteDTO> implements ServiceSiteService {
        Sites() {
            super("site", (id, version) -> {
                ServiceSiteDTO s = new ServiceSiteDTO();
                s.id = id;
                s.version = version;
                return s;
            });
        }
    }

    static final class Teams extends CannedService<TeamQuery, ServiceTeamDTO> implements ServiceTeamService {
        Teams() {
            super("team", (id, version) -> {
                ServiceTeamDTO t = new ServiceTeamDTO();
                t.id = id;
                t.version = version;
                return t;
            });
        }
    }

    static final class Volunteers extends CannedService<TeamQuery, VolunteerDTO> implements VolunteerService {
        Volunteers() {
            super("volunteer", (id, version) -> {
                VolunteerDTO v = new VolunteerDTO();
                v.id = id;
                v.version = version;
                return v;
            });
        }
    }

    static final class Records extends CannedService<ServiceRecordQuery, ServiceRecordDTO>
            implements ServiceRecordService {
        Records() {
            super("service record", (id, version) -> {
                ServiceRecordDTO r = new ServiceRecordDTO();
                r.id = id;
                r.version = version;
                return r;
            });
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
            if (code.equals(COUNTY.code)) {
                return Optional.of(COUNTY);
            }
            return children(COUNTY.code).stream().filter(t -> t.code.equals(code)).findFirst();
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

        @Override
        public CountySetupDTO setUpCounty(String codeOrName, boolean dryRun) {
            throw new UnsupportedOperationException();
        }

        @Override
        public DivisionDTO setUpOwnCounty(String code, String name, Reader csv) {
            throw new UnsupportedOperationException();
        }

        @Override
        public DivisionDTO addVillage(String township, String name, String code) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String townshipCode(String field, String codeOrName) {
            return codeOrName == null || codeOrName.isBlank() ? null : codeOrName.strip();
        }

        @Override
        public String villageCode(String field, String codeOrName) {
            return codeOrName == null || codeOrName.isBlank() ? null : codeOrName.strip();
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

        @Override
        public List<org.guanai.registry.api.MigrantDestinationDTO> migrantDestinations(String townshipCode) {
            org.guanai.registry.api.MigrantDestinationDTO place = new org.guanai.registry.api.MigrantDestinationDTO();
            place.province = "广东省";
            place.city = townshipCode;
            return List.of(place);
        }

        @Override
        public List<org.guanai.registry.api.MonthlyStatsDTO> monthly(String townshipCode, java.time.YearMonth from,
                                                                    java.time.YearMonth to) {
            org.guanai.registry.api.MonthlyStatsDTO first = new org.guanai.registry.api.MonthlyStatsDTO();
            first.month = from.toString();
            org.guanai.registry.api.MonthlyStatsDTO last = new org.guanai.registry.api.MonthlyStatsDTO();
            last.month = to.toString();
            return List.of(first, last);
        }
    }
}
