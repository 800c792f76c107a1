package org.guanai.training.internal.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.guanai.jpa.support.Checks;
import org.guanai.training.api.FairProjectDTO;
import org.junit.Test;

/** A fair's rules, without storage. */
public class FairRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 10);

    @Test
    public void aFairAheadHasNoHeadCountYetAndIsWithinAYear() {
        Checks ahead = new Checks();
        FairRules.checkHeld(ahead, TODAY.plusDays(3), 0, TODAY);
        assertFalse(ahead.hasErrors());
        Checks counted = new Checks();
        FairRules.checkHeld(counted, TODAY.plusDays(3), 40, TODAY);
        assertTrue(counted.hasErrors());
        Checks far = new Checks();
        FairRules.checkHeld(far, TODAY.plusDays(FairRules.MAX_DAYS_AHEAD + 1), 0, TODAY);
        assertTrue(far.hasErrors());
        Checks held = new Checks();
        FairRules.checkHeld(held, TODAY, 40, TODAY);
        assertFalse(held.hasErrors());
        Checks negative = new Checks();
        FairRules.checkHeld(negative, TODAY, -1, TODAY);
        assertTrue(negative.hasErrors());
    }

    @Test
    public void projectsAreCleanedAndNamedOnce() {
        Checks checks = new Checks();
        List<FairProjectDTO> out = FairRules.projects(checks, List.of(project(" 黄桃 "), project("民宿")));
        assertFalse(checks.hasErrors());
        assertEquals("黄桃", out.get(0).name);
        Checks twice = new Checks();
        FairRules.projects(twice, List.of(project("黄桃"), project("黄桃 ")));
        assertTrue(twice.hasErrors());
        Checks blank = new Checks();
        FairRules.projects(blank, new ArrayList<>(Arrays.asList(project(" "), null)));
        assertTrue(blank.hasErrors());
        Checks none = new Checks();
        assertTrue(FairRules.projects(none, List.of()).isEmpty());
        assertTrue(none.hasErrors());
    }

    @Test
    public void aSignUpIsTakenAtTheFairOrAfterButNotAheadOfIt() {
        LocalDate held = TODAY.minusDays(7);
        Checks checks = new Checks();
        assertEquals(held, FairRules.signedUpOn(checks, null, held, TODAY));
        assertEquals(TODAY, FairRules.signedUpOn(checks, TODAY, held, TODAY));
        assertFalse(checks.hasErrors());
        Checks before = new Checks();
        FairRules.signedUpOn(before, held.minusDays(1), held, TODAY);
        assertTrue(before.hasErrors());
        Checks future = new Checks();
        FairRules.signedUpOn(future, TODAY.plusDays(1), held, TODAY);
        assertTrue(future.hasErrors());
        Checks notYet = new Checks();
        FairRules.signedUpOn(notYet, null, TODAY.plusDays(1), TODAY);
        assertTrue(notYet.hasErrors());
    }

    private static FairProjectDTO project(String name) {
        FairProjectDTO p = new FairProjectDTO();
        p.name = name;
        return p;
    }
}
