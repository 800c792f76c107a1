package org.guanai.health.internal.rest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.guanai.health.api.CampaignDTO;
import org.guanai.health.api.CampaignQuery;
import org.guanai.health.api.CampaignService;
import org.guanai.health.api.CheckQuery;
import org.guanai.health.api.CheckRecordDTO;
import org.guanai.health.api.CheckResult;
import org.guanai.health.api.CheckService;
import org.guanai.health.api.CoverageDTO;
import org.guanai.health.api.DueWomanDTO;
import org.guanai.health.api.FollowUpDTO;
import org.guanai.health.api.ScreeningReports;
import org.guanai.health.api.TalkDTO;
import org.guanai.health.api.TalkQuery;
import org.guanai.health.api.TalkService;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;
import org.guanai.testing.fakes.Calls;
import org.guanai.testing.fakes.CannedService;

/**
 * Hand-written fakes of the health services: each records what the resource passed in its last call
 * (the shared {@link Calls}) and answers with a record whose version tells which call made it (get: 3,
 * create: 0, update/end: expected version + 1). Id {@link #MISSING} does not exist.
 */
final class Fakes {
    static final long CREATED_ID = Calls.CREATED_ID;
    static final long MISSING = Calls.MISSING;
    /** The outcome stored for every check of the fake. */
    static final String STORED_FINDINGS = "stored findings";

    private Fakes() {
    }

    static final class Checks extends Calls<CheckQuery> implements CheckService {
        int writes;

        @Override
        public Page<CheckRecordDTO> list(CheckQuery query, PageRequest page) {
            return recordList(query, page);
        }

        @Override
        public CheckRecordDTO get(long id) {
            recordGet("check", id);
            return stored(id, 3);
        }

        @Override
        public CheckRecordDTO record(CheckRecordDTO check) {
            writes++;
            recordCreate(check);
            return stored(CREATED_ID, 0);
        }

        @Override
        public CheckRecordDTO update(long id, long expectedVersion, CheckRecordDTO check) {
            writes++;
            recordUpdate(id, expectedVersion, check);
            CheckRecordDTO c = stored(id, expectedVersion + 1);
            c.checkedOn = check.checkedOn;
            return c;
        }

        /** A check as the service returns it with results. */
        static CheckRecordDTO stored(long id, long version) {
            CheckRecordDTO c = new CheckRecordDTO();
            c.id = id;
            c.version = version;
            c.personId = 12L;
            c.checkedOn = LocalDate.of(2026, 3, 3);
            c.result = CheckResult.ABNORMAL;
            c.findings = STORED_FINDINGS;
            c.followUpDue = LocalDate.of(2026, 4, 3);
            return c;
        }
    }

    static final class Campaigns extends CannedService<CampaignQuery, CampaignDTO> implements CampaignService {
        Campaigns() {
            super("campaign", CampaignDTO.class);
        }
    }

    static final class Talks extends CannedService<TalkQuery, TalkDTO> implements TalkService {
        Talks() {
            super("talk", TalkDTO.class);
        }
    }

    static final class Reports implements ScreeningReports {
        int calls;
        Integer year;
        String township;
        String village;
        LocalDate today;
        PageRequest page;

        @Override
        public Page<DueWomanDTO> dueList(int year, String townshipCode, String villageCode, PageRequest page) {
            calls++;
            this.year = year;
            this.township = townshipCode;
            this.village = villageCode;
            this.page = page;
            return new Page<>(new ArrayList<>(due), due.size(), page.offset, page.limit);
        }

        /** What {@link #dueList} returns. */
        public final List<DueWomanDTO> due = new ArrayList<>();

        @Override
        public Page<FollowUpDTO> overdueFollowUps(LocalDate today, String townshipCode, PageRequest page) {
            calls++;
            this.today = today;
            this.township = townshipCode;
            this.page = page;
            return new Page<>(new ArrayList<>(), 0, page.offset, page.limit);
        }

        @Override
        public CoverageDTO coverage(int year) {
            calls++;
            this.year = year;
            CoverageDTO c = new CoverageDTO();
            c.year = year;
            return c;
        }
    }
}
