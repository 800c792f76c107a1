package org.guanai.demo.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.guanai.demo.generator.Household;
import org.guanai.demo.generator.Resident;
import org.guanai.demo.generator.ServiceVisit;
import org.guanai.demo.generator.Site;
import org.guanai.demo.generator.SyntheticCounty;
import org.guanai.demo.generator.Team;
import org.guanai.demo.generator.Volunteer;
import org.junit.Test;

public class CountyLoaderTest {
    private static final SyntheticCounty COUNTY = SyntheticCounty.generate(4, 0.05, 0, LocalDate.of(2026, 1, 1));

    /** Records what the loader writes, handing out ids as the registry would. */
    private static class RecordingWriter implements CountyWriter {
        final AtomicLong ids = new AtomicLong();
        final List<String> divisionCsv = Collections.synchronizedList(new ArrayList<>());
        final List<Household> households = Collections.synchronizedList(new ArrayList<>());
        final Map<Long, Site> sites = Collections.synchronizedMap(new HashMap<>());
        final Map<Long, Team> teams = Collections.synchronizedMap(new HashMap<>());
        final List<Long> volunteerTeams = Collections.synchronizedList(new ArrayList<>());
        final Map<Long, String> persons = Collections.synchronizedMap(new HashMap<>());
        final List<List<Long>> recordPersons = Collections.synchronizedList(new ArrayList<>());
        final List<Long> recordSites = Collections.synchronizedList(new ArrayList<>());
        int failAtBatch = -1;
        final AtomicLong batches = new AtomicLong();

        @Override
        public void divisions(String csv) {
            divisionCsv.add(csv);
        }

        @Override
        public Map<String, Long> households(List<Household> batch) {
            if (batches.incrementAndGet() == failAtBatch) {
                throw new IllegalStateException("database gone");
            }
            Map<String, Long> out = new HashMap<>();
            for (Household h : batch) {
                households.add(h);
                for (Resident r : h.residents()) {
                    long id = ids.incrementAndGet();
                    persons.put(id, r.idNumber());
                    out.put(r.idNumber(), id);
                }
            }
            return out;
        }

        @Override
        public long site(Site site) {
            long id = ids.incrementAndGet();
            sites.put(id, site);
            return id;
        }

        @Override
        public long team(Team team, Long siteId) {
            assertEquals(team.site() == null, siteId == null);
            long id = ids.incrementAndGet();
            teams.put(id, team);
            return id;
        }

        @Override
        public void volunteer(Volunteer volunteer, long teamId) {
            assertTrue(teams.containsKey(teamId));
            volunteerTeams.add(teamId);
        }

        @Override
        public void serviceRecord(ServiceVisit visit, Long siteId, Long teamId, List<Long> personIds) {
            recordSites.add(siteId);
            recordPersons.add(personIds);
        }
    }

    @Test
    public void writesEveryRecordOnceAndLinksThem() throws Exception {
        RecordingWriter writer = new RecordingWriter();
        List<String> progress = Collections.synchronizedList(new ArrayList<>());
        CountyLoader.Result result = new CountyLoader(writer, 3, progress::add).load(COUNTY);

        assertEquals(1, writer.divisionCsv.size());
        assertEquals(COUNTY.divisions().size() + 1, writer.divisionCsv.get(0).split("\n").length);
        assertEquals(COUNTY.households().size(), writer.households.size());
        assertEquals(COUNTY.households().size(), writer.households.stream().distinct().count());
        assertEquals(COUNTY.personCount(), writer.persons.size());
        assertEquals(COUNTY.sites().size(), writer.sites.size());
        assertEquals(COUNTY.teams().size(), writer.teams.size());
        assertEquals(COUNTY.volunteerCount(), writer.volunteerTeams.size());
        assertEquals(COUNTY.serviceRecords().size(), writer.recordPersons.size());
        for (int i = 0; i < COUNTY.serviceRecords().size(); i++) {
            ServiceVisit visit = COUNTY.serviceRecords().get(i);
            List<Long> ids = writer.recordPersons.get(i);
            assertEquals(visit.personIdNumbers().size(), ids.size());
            for (int k = 0; k < ids.size(); k++) {
                assertNotNull(ids.get(k));
                assertEquals(visit.personIdNumbers().get(k), writer.persons.get(ids.get(k)));
            }
            assertEquals(COUNTY.sites().get(visit.site()), writer.sites.get(writer.recordSites.get(i)));
        }
        assertEquals(COUNTY.personCount(), result.persons());
        assertEquals(COUNTY.households().size(), result.households());
        assertFalse(progress.isEmpty());
        assertTrue(progress.toString(), progress.stream().anyMatch(l -> l.startsWith(String.format("%,d / %,d persons",
                COUNTY.personCount(), COUNTY.personCount()))));
    }

    @Test
    public void aBulkWriterTakesAllHouseholdsAtOnceAndFindsTheServiceRecordsPersons() throws Exception {
        List<SyntheticCounty> bulk = new ArrayList<>();
        Map<String, Long> byIdNumber = new HashMap<>();
        RecordingWriter writer = new RecordingWriter() {
            @Override
            public java.util.function.Function<String, Long> allHouseholds(SyntheticCounty county,
                    java.util.function.Consumer<String> progress) {
                bulk.add(county);
                county.households().forEach(h -> h.residents().forEach(r -> {
                    long id = ids.incrementAndGet();
                    persons.put(id, r.idNumber());
                    byIdNumber.put(r.idNumber(), id);
                }));
                return byIdNumber::get;
            }
        };
        CountyLoader.Result result = new CountyLoader(writer, 3, line -> { }).load(COUNTY);

        assertEquals(List.of(COUNTY), bulk);
        assertTrue("no household goes through the batches", writer.households.isEmpty());
        assertEquals(COUNTY.serviceRecords().size(), writer.recordPersons.size());
        for (int i = 0; i < COUNTY.serviceRecords().size(); i++) {
            List<String> idNumbers = COUNTY.serviceRecords().get(i).personIdNumbers();
            assertEquals(idNumbers, writer.recordPersons.get(i).stream().map(writer.persons::get).toList());
        }
        assertEquals(COUNTY.personCount(), result.persons());
        assertEquals(COUNTY.households().size(), result.households());
    }

    @Test
    public void aFailingBatchStopsTheLoadWithItsCause() throws Exception {
        RecordingWriter writer = new RecordingWriter();
        writer.failAtBatch = 3;
        try {
            new CountyLoader(writer, 2, line -> { }).load(COUNTY);
            fail();
        } catch (IllegalStateException expected) {
            assertEquals("database gone", expected.getMessage());
        }
        assertTrue(writer.recordPersons.isEmpty());
    }
}
