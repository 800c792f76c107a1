package org.guanai.health.console;

import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.guanai.health.api.CampaignDTO;
import org.guanai.health.api.CampaignQuery;
import org.guanai.health.api.CampaignService;
import org.guanai.health.api.CheckQuery;
import org.guanai.health.api.CheckRecordDTO;
import org.guanai.health.api.CheckService;
import org.guanai.health.api.CoverageDTO;
import org.guanai.health.api.DueWomanDTO;
import org.guanai.health.api.FollowUpDTO;
import org.guanai.health.api.ScreeningReports;
import org.guanai.health.api.TalkDTO;
import org.guanai.health.api.TalkQuery;
import org.guanai.health.api.TalkService;
import org.guanai.registry.api.DivisionDTO;
import org.guanai.registry.api.DivisionLevel;
import org.guanai.registry.api.DivisionService;
import org.guanai.registry.api.EndRequest;
import org.guanai.registry.api.NotFoundException;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.PersonDTO;
import org.guanai.registry.api.PersonQuery;
import org.guanai.registry.api.PersonService;
import org.guanai.registry.api.ServiceSiteDTO;
import org.guanai.registry.api.ServiceSiteService;
import org.guanai.registry.api.SiteQuery;
import org.guanai.registry.api.Status;

/**
 * Hand-written fakes of the health and registry services: records in lists and maps, the last
 * query and write remembered for assertions, and a hook to refuse a write as the service would.
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

    public static class Campaigns implements CampaignService {
        public final List<CampaignDTO> records = new ArrayList<>();
        public CampaignQuery lastQuery;
        public PageRequest lastPage;
        public CampaignDTO lastCreated;
        public Refusal refusal = () -> { };
        public int calls;

        @Override
        public Page<CampaignDTO> list(CampaignQuery query, PageRequest page) {
            calls++;
            lastQuery = query;
            lastPage = page;
            return page(records.stream().filter(c -> query.status == null || query.status == c.status)
                    .collect(Collectors.toList()), page);
        }

        @Override
        public CampaignDTO get(long id) {
            return records.stream().filter(c -> c.id == id).findFirst()
                    .orElseThrow(() -> new NotFoundException("Campaign", id));
        }

        @Override
        public CampaignDTO create(CampaignDTO campaign) {
            calls++;
            lastCreated = campaign;
            refusal.check();
            campaign.id = 10L + records.size();
            campaign.status = Status.ACTIVE;
            records.add(campaign);
            return campaign;
        }

        @Override
        public CampaignDTO update(long id, long expectedVersion, CampaignDTO campaign) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CampaignDTO end(long id, long expectedVersion, EndRequest end) {
            throw new UnsupportedOperationException();
        }
    }

    public static class Checks implements CheckService {
        public final List<CheckRecordDTO> records = new ArrayList<>();
        public CheckQuery lastQuery;
        public Boolean lastWithResults;
        public CheckRecordDTO lastRecorded;
        public Refusal refusal = () -> { };
        public int calls;

        @Override
        public Page<CheckRecordDTO> list(CheckQuery query, PageRequest page, boolean withResults) {
            calls++;
            lastQuery = query;
            lastWithResults = withResults;
            return page(records.stream().filter(c -> query.personId == null || query.personId.equals(c.personId))
                    .collect(Collectors.toList()), page);
        }

        @Override
        public CheckRecordDTO get(long id, boolean withResults) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CheckRecordDTO record(CheckRecordDTO check) {
            calls++;
            lastRecorded = check;
            refusal.check();
            check.id = 40L + records.size();
            check.personName = "王秀英";
            records.add(check);
            return check;
        }

        @Override
        public CheckRecordDTO update(long id, long expectedVersion, CheckRecordDTO check) {
            throw new UnsupportedOperationException();
        }
    }

    public static class Reports implements ScreeningReports {
        public final List<DueWomanDTO> due = new ArrayList<>();
        /** Pretend the due list is this long in all (as if more pages followed). */
        public long dueTotal = -1;
        public final List<FollowUpDTO> followUps = new ArrayList<>();
        public CoverageDTO coverage = new CoverageDTO();
        public Integer lastYear;
        public String lastTownship;
        public String lastVillage;
        public LocalDate lastToday;

        @Override
        public Page<DueWomanDTO> dueList(int year, String townshipCode, String villageCode, PageRequest page) {
            lastYear = year;
            lastTownship = townshipCode;
            lastVillage = villageCode;
            Page<DueWomanDTO> result = page(due, page);
            if (dueTotal >= 0) {
                result.total = dueTotal;
            }
            return result;
        }

        @Override
        public Page<FollowUpDTO> overdueFollowUps(LocalDate today, String townshipCode, PageRequest page) {
            lastToday = today;
            lastTownship = townshipCode;
            return page(followUps, page);
        }

        @Override
        public CoverageDTO coverage(int year) {
            lastYear = year;
            coverage.year = year;
            return coverage;
        }
    }

    public static class Talks implements TalkService {
        public final List<TalkDTO> records = new ArrayList<>();
        public TalkQuery lastQuery;
        public TalkDTO lastCreated;

        @Override
        public Page<TalkDTO> list(TalkQuery query, PageRequest page) {
            lastQuery = query;
            return page(records, page);
        }

        @Override
        public TalkDTO get(long id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public TalkDTO create(TalkDTO talk) {
            lastCreated = talk;
            talk.id = 7L + records.size();
            records.add(talk);
            return talk;
        }

        @Override
        public TalkDTO update(long id, long expectedVersion, TalkDTO talk) {
            throw new UnsupportedOperationException();
        }
    }

    public static class Persons implements PersonService {
        public final List<PersonDTO> records = new ArrayList<>();
        public PersonQuery lastQuery;
        public PageRequest lastPage;

        @Override
        public Page<PersonDTO> list(PersonQuery query, PageRequest page) {
            lastQuery = query;
            lastPage = page;
            return page(records.stream().filter(p -> query.status == null || query.status == p.status)
                    .filter(p -> query.category == null || p.categories.contains(query.category))
                    .collect(Collectors.toList()), page);
        }

        @Override
        public PersonDTO get(long id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<PersonDTO> findByIdNumber(String idNumber) {
            throw new UnsupportedOperationException();
        }

        @Override
        public PersonDTO create(PersonDTO person) {
            throw new UnsupportedOperationException();
        }

        @Override
        public PersonDTO update(long id, long expectedVersion, PersonDTO person) {
            throw new UnsupportedOperationException();
        }

        @Override
        public PersonDTO end(long id, long expectedVersion, EndRequest end) {
            throw new UnsupportedOperationException();
        }
    }

    public static class Sites implements ServiceSiteService {
        public final Map<Long, ServiceSiteDTO> records = new LinkedHashMap<>();
        public int gets;

        public Sites add(long id, String name) {
            ServiceSiteDTO s = new ServiceSiteDTO();
            s.id = id;
            s.name = name;
            s.status = Status.ACTIVE;
            records.put(id, s);
            return this;
        }

        @Override
        public Page<ServiceSiteDTO> list(SiteQuery query, PageRequest page) {
            return page(new ArrayList<>(records.values()), page);
        }

        @Override
        public ServiceSiteDTO get(long id) {
            gets++;
            ServiceSiteDTO s = records.get(id);
            if (s == null) {
                throw new NotFoundException("Site", id);
            }
            return s;
        }

        @Override
        public ServiceSiteDTO create(ServiceSiteDTO site) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ServiceSiteDTO update(long id, long expectedVersion, ServiceSiteDTO site) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ServiceSiteDTO end(long id, long expectedVersion, EndRequest end) {
            throw new UnsupportedOperationException();
        }
    }

    /** A county 330726 with two townships and three villages. */
    public static class Divisions implements DivisionService {
        public final Map<String, DivisionDTO> records = new LinkedHashMap<>();
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
            throw new UnsupportedOperationException();
        }
    }
}
