package org.guanai.training.internal.service;

import static org.junit.Assert.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.guanai.registry.api.DivisionDTO;
import org.guanai.training.api.Outcome;
import org.guanai.training.api.TrainingReportDTO;
import org.guanai.training.internal.service.TrainingReportsImpl.Trainee;
import org.junit.Test;

/** The report's arithmetic: women counted once, completion per woman, certificates for anyone, outcomes. */
public class TallyTest {

    @Test
    public void countsWomenOnceAndEveryCertificate() {
        DivisionDTO county = new DivisionDTO();
        county.code = "330726";
        county.name = "浦江县";
        Map<String, String> townships = new LinkedHashMap<>();
        townships.put("330726101", "黄宅镇");
        townships.put("330726001", "浦阳街道");
        List<Trainee> trainees = List.of(
                new Trainee(1, "330726101", false, false, null),
                new Trainee(1, "330726101", true, true, Outcome.STARTED_BUSINESS), // her second class: completed
                new Trainee(2, "330726101", false, false, Outcome.NO_CHANGE),
                new Trainee(3, "330726101", true, true, null)); // an elderly man: his certificate counts, he does not
        TrainingReportDTO report = Tally.report(2026, county, townships, trainees, Set.of(1L, 2L),
                Map.of("330726101", 7, "330726001", 4));
        assertEquals(2, report.townships.get(0).womenTrained);
        assertEquals(1, report.townships.get(0).womenCompleted);
        assertEquals(50.0, report.townships.get(0).completionRate, 0.0);
        assertEquals(2, report.townships.get(0).certificates);
        assertEquals(Integer.valueOf(1), report.townships.get(0).outcomes.get(Outcome.STARTED_BUSINESS));
        assertEquals(0, report.townships.get(1).womenTrained);
        assertEquals(0.0, report.townships.get(1).completionRate, 0.0);
        assertEquals(11, report.county.womenNeverTrained);
        assertEquals("合计 浦江县", report.county.name);
        assertEquals(2, report.county.womenTrained);
    }

    @Test
    public void fairsCountPerTownshipAndPersonsOnceForTheCounty() {
        TrainingReportDTO report = Tally.report(2026, county(), townships(), List.of(), Set.of(), Map.of());
        Tally.Fairs fairs = new Tally.Fairs();
        fairs.held.put("330726101", new int[] {2, 230});
        fairs.signedUp.put("330726101", Set.of(1L, 2L));
        fairs.signedUp.put("330726001", Set.of(2L, 3L)); // moved house between two fairs: one person for the county
        Tally.fairs(report, fairs);
        assertEquals(2, report.townships.get(0).fairs);
        assertEquals(230, report.townships.get(0).fairHeadCount);
        assertEquals(2, report.townships.get(0).fairSignUps);
        assertEquals(0, report.townships.get(1).fairs);
        assertEquals(2, report.townships.get(1).fairSignUps);
        assertEquals(2, report.county.fairs);
        assertEquals(230, report.county.fairHeadCount);
        assertEquals(3, report.county.fairSignUps);
    }

    private static DivisionDTO county() {
        DivisionDTO county = new DivisionDTO();
        county.code = "330726";
        county.name = "浦江县";
        return county;
    }

    private static Map<String, String> townships() {
        Map<String, String> townships = new LinkedHashMap<>();
        townships.put("330726101", "黄宅镇");
        townships.put("330726001", "浦阳街道");
        return townships;
    }
}
