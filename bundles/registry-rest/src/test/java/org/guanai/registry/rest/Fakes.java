package org.guanai.registry.rest;

import java.util.List;
import java.util.Optional;

import org.guanai.registry.api.DivisionDTO;
import org.guanai.registry.api.DivisionLevel;
import org.guanai.registry.api.GuardianshipDTO;
import org.guanai.registry.api.GuardianshipQuery;
import org.guanai.registry.api.GuardianshipService;
import org.guanai.registry.api.HouseholdDTO;
import org.guanai.registry.api.HouseholdQuery;
import org.guanai.registry.api.HouseholdService;
import org.guanai.registry.api.IndicatorDTO;
import org.guanai.registry.api.ModuleDTO;
import org.guanai.registry.api.ModuleService;
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
import org.guanai.testing.fakes.FakeDivisions;

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
            super("household", HouseholdDTO.class);
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
            t.entries.add(new org.guanai.registry.api.TimelineEntryDTO(java.time.LocalDate.of(2025, 1, 20),
                    "registry", "service-record",
                    org.guanai.registry.api.Message.label(org.guanai.registry.api.ServiceKind.WARMTH_VISIT), null,
                    null));
            return t;
        }
    }

    static final class Guardianships extends CannedService<GuardianshipQuery, GuardianshipDTO>
            implements GuardianshipService {
        String alertTownship;
        PageRequest alertPage;

        Guardianships() {
            super("guardianship", GuardianshipDTO.class);
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
            super("site", ServiceSiteDTO.class);
        }
    }

    static final class Teams extends CannedService<TeamQuery, ServiceTeamDTO> implements ServiceTeamService {
        Teams() {
            super("team", ServiceTeamDTO.class);
        }
    }

    static final class Volunteers extends CannedService<TeamQuery, VolunteerDTO> implements VolunteerService {
        Volunteers() {
            super("volunteer", VolunteerDTO.class);
        }
    }

    static final class Records extends CannedService<ServiceRecordQuery, ServiceRecordDTO>
            implements ServiceRecordService {
        Records() {
            super("service record", ServiceRecordDTO.class);
        }
    }

    /** County 360100 with townships 360100001 and 360100002 and a village of the first; any code passes. */
    static final class Divisions extends FakeDivisions {
        static final DivisionDTO COUNTY = new DivisionDTO("360100", "Test County", DivisionLevel.COUNTY, null);

        Divisions() {
            super(COUNTY, new DivisionDTO("360100001", "One", DivisionLevel.TOWNSHIP, "360100"),
                    new DivisionDTO("360100002", "Two", DivisionLevel.TOWNSHIP, "360100"),
                    new DivisionDTO("360100001001", "One village", DivisionLevel.VILLAGE, "360100001"));
            anyCode = true;
        }
    }

    static final class Modules implements ModuleService {
        String indicatorTownship = "not called";

        @Override
        public List<ModuleDTO> modules() {
            ModuleDTO registry = new ModuleDTO();
            registry.id = "registry";
            registry.description = "核心登记的说明";
            registry.descriptionZh = "核心登记的说明";
            registry.descriptionEn = "what the registry does";
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
