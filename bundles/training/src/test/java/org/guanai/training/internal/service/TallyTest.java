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
}
