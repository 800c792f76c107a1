package org.guanai.meeting.internal.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.guanai.meeting.api.MatterDTO;
import org.guanai.meeting.api.MatterState;
import org.guanai.meeting.api.MeetingDTO;
import org.guanai.meeting.internal.spi.MeetingDemoData;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.spi.DemoRequest;
import org.guanai.testing.fakes.FakeDivisions;
import org.junit.After;
import org.junit.Test;

/** The demo year: four quarterly meetings, matters in every state, written through the services (so all valid). */
public class DemoDataTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private final Meeting m = new Meeting();

    @After
    public void close() {
        m.close();
    }

    @Test
    public void aYearOfQuarterlyMeetingsWithMattersInEveryState() throws Exception {
        java.time.Clock fixed = java.time.Clock.fixed(TODAY.atStartOfDay(java.time.ZoneId.systemDefault()).toInstant(),
                java.time.ZoneId.systemDefault());
        m.matters.setClock(fixed);
        m.meetings.setClock(fixed);
        m.household(5, "张大山", Meeting.VILLAGE).hardship = true;
        MeetingDemoData demo = new MeetingDemoData(m.departments, m.meetings, m.matters, new FakeDivisions(),
                m.households);
        assertFalse(demo.hasData());
        String said = demo.contribute(new DemoRequest(7, 1.0, TODAY, null));
        assertTrue(said, said.startsWith("12 departments, 4 meetings"));
        assertTrue(demo.hasData());
        List<MeetingDTO> meetings = m.meetings.list(null, null, PageRequest.first(10)).items;
        assertEquals(4, meetings.size());
        assertTrue(meetings.stream().allMatch(x -> !x.heldOn.isAfter(TODAY) && x.heldOn.isAfter(TODAY.minusYears(1))));
        List<MatterDTO> matters = m.matters.list(null, PageRequest.first(500)).items;
        assertTrue(matters.size() >= 20);
        assertTrue("done on time", matters.stream().anyMatch(x -> MatterRules.onTime(x.state, x.doneOn, x.dueOn)));
        assertTrue("done late", matters.stream().anyMatch(x -> x.state == MatterState.DONE && x.doneOn.isAfter(x.dueOn)));
        assertTrue("overdue", matters.stream().anyMatch(x -> x.overdue));
        assertTrue("open, not yet due", matters.stream().anyMatch(x -> x.state == MatterState.OPEN && !x.overdue));
        assertTrue("county-wide", matters.stream().anyMatch(x -> x.townshipCode == null));
        assertTrue("about a township", matters.stream().anyMatch(x -> x.townshipCode != null));
        assertTrue("with progress", matters.stream().allMatch(x -> x.progressCount > 0 || x.raisedOn.equals(TODAY)));
    }
}
