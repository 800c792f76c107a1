package org.guanai.meeting.internal.service;

import static org.guanai.meeting.internal.service.Meeting.TODAY;
import static org.guanai.meeting.internal.service.Meeting.VILLAGE;
import static org.guanai.meeting.internal.service.Meeting.matter;
import static org.junit.Assert.assertEquals;

import java.util.List;
import java.util.stream.Collectors;

import org.guanai.meeting.api.DepartmentDTO;
import org.guanai.meeting.api.DoneRequest;
import org.guanai.meeting.api.MatterDTO;
import org.guanai.meeting.api.MeetingDTO;
import org.guanai.meeting.internal.spi.MeetingTimeline;
import org.guanai.registry.api.Message;
import org.guanai.registry.api.TimelineEntryDTO;
import org.junit.After;
import org.junit.Test;

/** Matters on a person's timeline, hers and her household's: titles from the bundle, Chinese first. */
public class MeetingTimelineTest {
    private final Meeting m = new Meeting();

    @After
    public void close() {
        m.close();
    }

    @Test
    public void herMattersAndHerHouseholdsInChineseAndEnglish() {
        DepartmentDTO civil = m.department("县民政局", "13907301235");
        MeetingDTO meeting = m.meeting(TODAY.minusDays(20), civil.id);
        m.household(71, "王建国", VILLAGE);
        m.person(8, "王小花", VILLAGE, 71L);
        MatterDTO hers = matter(meeting.id, civil.id, TODAY.plusDays(10), null, null);
        hers.personId = 8L;
        hers.title = "落实监护人";
        hers = m.matters.create(hers);
        m.matters.done(hers.id, hers.version, new DoneRequest(TODAY.minusDays(1), "已落实"));
        MatterDTO family = matter(meeting.id, civil.id, TODAY.plusDays(10), null, null);
        family.householdId = 71L;
        family.title = "危房改造";
        m.matters.create(family);

        List<TimelineEntryDTO> entries = new MeetingTimeline(m.matters, m.places).entriesFor(8);

        assertEquals(List.of("联席会议议定事项：落实监护人 · 县民政局", "事项办结：落实监护人",
                        "联席会议议定事项（家庭）：危房改造 · 县民政局"),
                entries.stream().map(e -> e.title).collect(Collectors.toList()));
        assertEquals("办理期限 " + hers.dueOn, entries.get(0).detail);
        assertEquals("已落实", entries.get(1).detail);
        assertEquals(List.of("Matter raised at the joint meeting: 落实监护人 · 县民政局", "Matter done: 落实监护人",
                        "Matter raised at the joint meeting (household): 危房改造 · 县民政局"),
                entries.stream().map(e -> e.in(Message.ENGLISH).title).collect(Collectors.toList()));
        assertEquals(List.of("due " + hers.dueOn, "已落实"), List.of(entries.get(0).detail, entries.get(1).detail));
    }
}
