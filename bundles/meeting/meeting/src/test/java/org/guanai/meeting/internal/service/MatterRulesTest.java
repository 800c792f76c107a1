package org.guanai.meeting.internal.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.guanai.jpa.support.Checks;
import org.guanai.meeting.api.MatterState;
import org.guanai.registry.api.ValidationException;
import org.junit.Test;

/** The rules of a matter's dates and state, as plain functions. */
public class MatterRulesTest {
    private static final LocalDate MEETING = LocalDate.of(2026, 3, 10);
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    @Test
    public void aMatterIsDueOnOrAfterItsMeeting() {
        assertEquals(List.of(), fields(c -> MatterRules.due(c, MEETING, MEETING)));
        assertEquals(List.of("dueOn"), fields(c -> MatterRules.due(c, MEETING, MEETING.minusDays(1))));
        assertEquals(List.of("dueOn"), fields(c -> MatterRules.due(c, MEETING, null)));
    }

    @Test
    public void progressNeedsAnOpenMatterAndADayFromTheMeetingToToday() {
        assertEquals(List.of(), fields(c -> MatterRules.progress(c, MatterState.OPEN, MEETING, MEETING, TODAY)));
        assertEquals(List.of("matterId"), fields(c -> MatterRules.progress(c, MatterState.DONE, MEETING, TODAY, TODAY)));
        assertEquals(List.of("notedOn"), fields(c -> MatterRules.progress(c, MatterState.OPEN, MEETING,
                MEETING.minusDays(1), TODAY)));
        assertEquals(List.of("notedOn"), fields(c -> MatterRules.progress(c, MatterState.OPEN, MEETING,
                TODAY.plusDays(1), TODAY)));
    }

    @Test
    public void doneNeedsAnOpenMatterADayAndAResult() {
        assertEquals(List.of(), fields(c -> MatterRules.done(c, MatterState.OPEN, MEETING, TODAY, "已办结", TODAY)));
        assertEquals(List.of("state"), fields(c -> MatterRules.done(c, MatterState.DONE, MEETING, TODAY, "再次", TODAY)));
        assertEquals(List.of("result"), fields(c -> MatterRules.done(c, MatterState.OPEN, MEETING, TODAY, " ", TODAY)));
        assertEquals(List.of("doneOn", "result"), fields(c -> MatterRules.done(c, MatterState.OPEN, MEETING,
                MEETING.minusDays(1), null, TODAY)));
        assertEquals(List.of("doneOn"), fields(c -> MatterRules.done(c, MatterState.OPEN, MEETING,
                TODAY.plusDays(1), "提前", TODAY)));
    }

    @Test
    public void overdueIsOpenPastTheDueDayAndOnTimeIsDoneByIt() {
        assertTrue(MatterRules.overdue(MatterState.OPEN, TODAY.minusDays(1), TODAY));
        assertFalse(MatterRules.overdue(MatterState.OPEN, TODAY, TODAY));
        assertFalse(MatterRules.overdue(MatterState.DONE, TODAY.minusDays(30), TODAY));
        assertTrue(MatterRules.onTime(MatterState.DONE, TODAY, TODAY));
        assertFalse(MatterRules.onTime(MatterState.DONE, TODAY.plusDays(1), TODAY));
        assertFalse(MatterRules.onTime(MatterState.OPEN, null, TODAY));
    }

    @Test
    public void theOnTimeRateCountsOnlyMattersWhoseDueDayHasCome() {
        assertNull(MatterRules.onTimePercent(0, 0, 0));
        assertEquals(66.7, MatterRules.onTimePercent(2, 2, 1), 0.0);
        assertEquals(50.0, MatterRules.onTimePercent(1, 2, 0), 0.0);
        assertEquals(0.0, MatterRules.onTimePercent(0, 0, 3), 0.0);
    }

    private static List<String> fields(java.util.function.Consumer<Checks> rule) {
        Checks checks = new Checks();
        rule.accept(checks);
        try {
            checks.throwIfAny();
            return List.of();
        } catch (ValidationException e) {
            return e.errors().stream().map(f -> f.field).collect(Collectors.toList());
        }
    }
}
