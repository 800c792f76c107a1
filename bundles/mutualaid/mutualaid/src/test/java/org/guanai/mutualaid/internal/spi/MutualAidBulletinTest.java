package org.guanai.mutualaid.internal.spi;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.guanai.mutualaid.api.CoverageRowDTO;
import org.guanai.mutualaid.api.GroupKind;
import org.guanai.mutualaid.api.InactiveGroupDTO;
import org.guanai.mutualaid.api.MutualAidReports;
import org.guanai.mutualaid.api.StalePairingDTO;
import org.guanai.mutualaid.api.SummaryDTO;
import org.guanai.mutualaid.api.SummaryRowDTO;
import org.guanai.mutualaid.api.UngroupedWomanDTO;
import org.guanai.mutualaid.api.UnpairedCaseDTO;
import org.guanai.mutualaid.api.VulnerableReason;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.spi.BulletinPeriod;
import org.guanai.registry.api.spi.BulletinSectionDTO;
import org.junit.Test;

/** The bulletin section reads the year's summary: totals of a township or the county, the quarter's activities. */
public class MutualAidBulletinTest {
    private static final String TOWNSHIP = "330726101";

    @Test
    public void aTownshipBulletinHasItsTotalsAndTheQuarterOnly() {
        BulletinSectionDTO s = new MutualAidBulletin(new Summaries(summary())).section(new BulletinPeriod(2026, 2, TOWNSHIP));
        Map<String, Double> figures = s.figures.stream().collect(Collectors.toMap(f -> f.id, f -> f.value));
        assertEquals(3.0, figures.get("groups"), 0);
        assertEquals(31.0, figures.get("members"), 0);
        assertEquals(5.0, figures.get("activities-quarter"), 0); // April to June, not March or July
        assertEquals(12.0, figures.get("women-in-no-group"), 0);
        assertEquals(50.0, figures.get("paired"), 0);
        assertTrue(s.tables.isEmpty());
    }

    @Test
    public void aCountyBulletinHasATableOfTownships() {
        BulletinSectionDTO s = new MutualAidBulletin(new Summaries(summary())).section(new BulletinPeriod(2026, 2, null));
        assertEquals(1, s.tables.size());
        assertEquals(List.of("黄宅镇", "3", "31", "5", "1", "12", "50.0"), s.tables.get(0).rows.get(0));
        assertEquals(3.0, s.figures.get(0).value, 0);
    }

    private static SummaryDTO summary() {
        SummaryDTO s = new SummaryDTO();
        s.year = 2026;
        s.inactiveDays = 90;
        SummaryRowDTO kind = row(TOWNSHIP, GroupKind.values()[0], 2, 20);
        SummaryRowDTO township = row(TOWNSHIP, null, 3, 31);
        township.inactiveGroups = 1;
        township.activitiesByMonth.putAll(Map.of("2026-03", 4L, "2026-04", 2L, "2026-06", 3L, "2026-07", 9L));
        SummaryRowDTO county = row(null, null, 3, 31);
        county.activitiesByMonth.putAll(township.activitiesByMonth);
        s.rows.addAll(List.of(kind, township, county));
        s.coverage.add(coverage(TOWNSHIP, "黄宅镇"));
        s.coverage.add(coverage(null, "合计"));
        return s;
    }

    private static SummaryRowDTO row(String township, GroupKind kind, long groups, long members) {
        SummaryRowDTO r = new SummaryRowDTO();
        r.townshipCode = township;
        r.kind = kind;
        r.activeGroups = groups;
        r.members = members;
        return r;
    }

    private static CoverageRowDTO coverage(String township, String name) {
        CoverageRowDTO c = new CoverageRowDTO();
        c.townshipCode = township;
        c.townshipName = name;
        c.womenInNoGroup = 12;
        c.vulnerableCases = 4;
        c.pairedCases = 2;
        c.pairedPercent = 50.0;
        return c;
    }

    /** Only the summary is read. */
    private static final class Summaries implements MutualAidReports {
        private final SummaryDTO summary;

        Summaries(SummaryDTO summary) {
            this.summary = summary;
        }

        @Override
        public SummaryDTO summary(int year) {
            return summary;
        }

        @Override
        public Page<UnpairedCaseDTO> unpairedVulnerable(String townshipCode, VulnerableReason reason, PageRequest page) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Page<InactiveGroupDTO> inactiveGroups(String townshipCode, int days, PageRequest page) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Page<StalePairingDTO> stalePairings(String townshipCode, int days, PageRequest page) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Page<UngroupedWomanDTO> womenInNoGroup(String townshipCode, String villageCode, PageRequest page) {
            throw new UnsupportedOperationException();
        }
    }
}
