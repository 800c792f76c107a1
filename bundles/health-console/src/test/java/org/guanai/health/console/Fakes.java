package org.guanai.health.console;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import org.guanai.registry.api.EndRequest;
import org.guanai.registry.api.NotFoundException;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.Status;
import org.guanai.testing.fakes.Pages;
import org.guanai.testing.fakes.Refusal;

/**
 * Hand-written fakes of the health services: records in lists, the last query and write remembered for
 * assertions, and a hook to refuse a write as the service would. The registry fakes are the shared ones
 * in {@code org.guanai.testing.fakes}.
 */
public final class Fakes {
    private Fakes() {
    }

    public static class Campaigns implements CampaignService {
        public final List<CampaignDTO> records = new ArrayList<>();
        public CampaignQuery lastQuery;
        public PageRequest lastPage;
        public CampaignDTO lastCreated;
        public Refusal refusal = Refusal.NONE;
        public int calls;

        @Override
        public Page<CampaignDTO> list(CampaignQuery query, PageRequest page) {
            calls++;
            lastQuery = query;
            lastPage = page;
            return Pages.page(records.stream().filter(c -> query.status == null || query.status == c.status)
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
        public CheckRecordDTO lastRecorded;
        public Refusal refusal = Refusal.NONE;
        public int calls;

        @Override
        public Page<CheckRecordDTO> list(CheckQuery query, PageRequest page) {
            calls++;
            lastQuery = query;
            return Pages.page(records.stream().filter(c -> query.personId == null || query.personId.equals(c.personId))
                    .collect(Collectors.toList()), page);
        }

        @Override
        public CheckRecordDTO get(long id) {
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
            Page<DueWomanDTO> result = Pages.page(due, page);
            if (dueTotal >= 0) {
                result.total = dueTotal;
            }
            return result;
        }

        @Override
        public Page<FollowUpDTO> overdueFollowUps(LocalDate today, String townshipCode, PageRequest page) {
            lastToday = today;
            lastTownship = townshipCode;
            return Pages.page(followUps, page);
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
            return Pages.page(records, page);
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
}
