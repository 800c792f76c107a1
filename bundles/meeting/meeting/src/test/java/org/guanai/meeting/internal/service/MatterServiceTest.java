package org.guanai.meeting.internal.service;

import static org.guanai.meeting.internal.service.Meeting.OTHER_TOWNSHIP;
import static org.guanai.meeting.internal.service.Meeting.OTHER_VILLAGE;
import static org.guanai.meeting.internal.service.Meeting.TODAY;
import static org.guanai.meeting.internal.service.Meeting.TOWNSHIP;
import static org.guanai.meeting.internal.service.Meeting.VILLAGE;
import static org.guanai.meeting.internal.service.Meeting.matter;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.guanai.meeting.api.DepartmentDTO;
import org.guanai.meeting.api.DepartmentRowDTO;
import org.guanai.meeting.api.DoneRequest;
import org.guanai.meeting.api.MatterDTO;
import org.guanai.meeting.api.MatterQuery;
import org.guanai.meeting.api.MatterReportDTO;
import org.guanai.meeting.api.MatterState;
import org.guanai.meeting.api.MeetingDTO;
import org.guanai.meeting.api.ProgressDTO;
import org.guanai.registry.api.NotFoundException;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.Roles;
import org.guanai.registry.api.ValidationException;
import org.guanai.registry.api.security.Caller;
import org.guanai.registry.api.security.CallerContext;
import org.guanai.registry.api.security.Scope;
import org.junit.After;
import org.junit.Test;

/** Departments, meetings and matters: what they keep, who sees them, and bad input refused by field, nothing written. */
public class MatterServiceTest {
    private final Meeting m = new Meeting();

    @After
    public void close() {
        m.close();
    }

    @Test
    public void aMatterAboutAPersonLiesWhereSheLivesAndNamesHerAndItsDepartment() {
        DepartmentDTO civil = m.department("县民政局", "13907301234");
        MeetingDTO meeting = m.meeting(TODAY.minusDays(20), civil.id);
        m.person(7, "王秀英", VILLAGE, 70L);
        MatterDTO in = matter(meeting.id, civil.id, TODAY.plusDays(10), null, null);
        in.personId = 7L;
        MatterDTO saved = m.matters.create(in);
        assertEquals(TOWNSHIP, saved.townshipCode);
        assertEquals(VILLAGE, saved.villageCode);
        assertEquals(Long.valueOf(70), saved.householdId);
        assertEquals("王秀英", saved.concerns);
        assertEquals("县民政局", saved.departmentName);
        assertEquals(meeting.heldOn, saved.raisedOn);
        assertEquals(MatterState.OPEN, saved.state);
        assertEquals(List.of("县民政局"), m.meetings.get(meeting.id).departmentNames);
        assertEquals(1, m.meetings.get(meeting.id).matterCount);
    }

    @Test
    public void badInputIsRefusedByFieldAndNothingIsWritten() {
        DepartmentDTO civil = m.department("县民政局", null);
        MeetingDTO meeting = m.meeting(TODAY.minusDays(20));
        m.person(7, "王秀英", VILLAGE, null);
        MatterDTO early = matter(meeting.id, civil.id, TODAY.minusDays(21), null, "330726999999");
        early.personId = 7L;
        early.title = " ";
        assertEquals(Set.of("dueOn", "villageCode", "title"), fields(() -> m.matters.create(early)));
        assertEquals(Set.of("meetingId", "departmentId"), fields(() -> m.matters.create(
                matter(999, 998, TODAY, null, null))));
        assertEquals(Set.of("townshipCode"), fields(() -> m.matters.create(
                matter(meeting.id, civil.id, TODAY, OTHER_TOWNSHIP, VILLAGE))));
        assertEquals(0, m.matters.list(null, PageRequest.first(10)).total);
        assertEquals(Set.of("name"), fields(() -> m.department("县民政局", null)));
        assertEquals(Set.of("contactPhone"), fields(() -> m.department("县教育局", "电话")));
        assertEquals(Set.of("heldOn"), fields(() -> m.meeting(TODAY.plusDays(1))));
        assertEquals(Set.of("departmentIds"), fields(() -> m.meeting(TODAY, 12345L)));
    }

    @Test
    public void progressThenDoneAndADoneMatterStaysAsItWasClosed() {
        DepartmentDTO edu = m.department("县教育局", null);
        MeetingDTO meeting = m.meeting(TODAY.minusDays(40), edu.id);
        MatterDTO matter = m.matters.create(matter(meeting.id, edu.id, TODAY.plusDays(20), TOWNSHIP, null));
        m.matters.addProgress(progress(matter.id, TODAY.minusDays(10), "已召开专题会议部署"));
        assertEquals(Set.of("notedOn"), fields(() -> m.matters.addProgress(progress(matter.id,
                TODAY.minusDays(41), "会前"))));
        assertEquals(Set.of("matterId"), fields(() -> m.matters.addProgress(progress(424242L, TODAY, "无此事项"))));
        assertEquals(Set.of("result"), fields(() -> m.matters.done(matter.id, matter.version,
                new DoneRequest(TODAY, null))));
        MatterDTO done = m.matters.done(matter.id, matter.version, new DoneRequest(TODAY.minusDays(1), "已配备生活老师"));
        assertEquals(MatterState.DONE, done.state);
        assertEquals(1, done.progressCount);
        assertEquals(TODAY.minusDays(10), done.lastProgressOn);
        assertEquals(Set.of("matterId"), fields(() -> m.matters.addProgress(progress(matter.id, TODAY, "再记"))));
        assertEquals(Set.of("state"), fields(() -> m.matters.done(matter.id, done.version,
                new DoneRequest(TODAY, "再次办结"))));
        MatterDTO change = matter(meeting.id, edu.id, TODAY.plusDays(30), TOWNSHIP, null);
        assertEquals(Set.of("state"), fields(() -> m.matters.update(matter.id, done.version, change)));
        assertEquals("已召开专题会议部署", m.matters.progress(matter.id).get(0).note);
        MeetingDTO later = m.meetings.get(meeting.id);
        later.heldOn = TODAY;
        assertEquals(Set.of("heldOn"), fields(() -> m.meetings.update(meeting.id, later.version, later)));
    }

    @Test
    public void aTownshipWorkerSeesHerTownshipsMattersAndTheCountyWideOnes() {
        DepartmentDTO edu = m.department("县教育局", null);
        MeetingDTO meeting = m.meeting(TODAY.minusDays(10), edu.id);
        MatterDTO county = m.matters.create(matter(meeting.id, edu.id, TODAY, null, null));
        MatterDTO mine = m.matters.create(matter(meeting.id, edu.id, TODAY, TOWNSHIP, VILLAGE));
        MatterDTO other = m.matters.create(matter(meeting.id, edu.id, TODAY, null, OTHER_VILLAGE));
        m.visibility.scope("tina", Scope.of(Set.of(TOWNSHIP), Set.of()));
        CallerContext.bind(Caller.of("tina", Set.of(Roles.TOWNSHIP), "test"));
        assertEquals(List.of(county.id, mine.id), m.matters.list(null, PageRequest.first(10)).items.stream()
                .map(x -> x.id).sorted().collect(Collectors.toList()));
        assertThrows(NotFoundException.class, () -> m.matters.get(other.id));
        assertEquals(Set.of("matterId"), fields(() -> m.matters.addProgress(progress(other.id, TODAY, "越权"))));
        assertEquals(Set.of("villageCode"), fields(() -> m.matters.create(
                matter(meeting.id, edu.id, TODAY, null, OTHER_VILLAGE))));
        assertEquals(2, m.reports.byDepartment(null, null, null).total.raised);
        ProgressDTO noted = m.matters.addProgress(progress(county.id, TODAY, "本镇已完成排查"));
        assertEquals("tina", noted.reportedBy);
    }

    @Test
    public void theOverdueListAndTheReportByDepartment() {
        DepartmentDTO edu = m.department("县教育局", null);
        DepartmentDTO civil = m.department("县民政局", null);
        MeetingDTO meeting = m.meeting(TODAY.minusDays(90), edu.id, civil.id);
        MatterDTO overdue = m.matters.create(matter(meeting.id, edu.id, TODAY.minusDays(30), TOWNSHIP, null));
        MatterDTO late = m.matters.create(matter(meeting.id, edu.id, TODAY.minusDays(60), TOWNSHIP, null));
        m.matters.done(late.id, late.version, new DoneRequest(TODAY.minusDays(10), "已完成"));
        MatterDTO onTime = m.matters.create(matter(meeting.id, civil.id, TODAY.minusDays(20), null, null));
        m.matters.done(onTime.id, onTime.version, new DoneRequest(TODAY.minusDays(25), "已完成"));
        m.matters.create(matter(meeting.id, civil.id, TODAY.plusDays(5), null, null));
        MatterQuery q = new MatterQuery();
        q.overdue = Boolean.TRUE;
        List<MatterDTO> list = m.matters.list(q, PageRequest.first(10)).items;
        assertEquals(1, list.size());
        assertEquals(overdue.id, list.get(0).id);
        assertTrue(list.get(0).overdue);
        MatterReportDTO report = m.reports.byDepartment(TODAY.minusDays(100), TODAY, null);
        DepartmentRowDTO eduRow = report.departments.stream().filter(r -> r.departmentId.equals(edu.id)).findFirst()
                .orElseThrow();
        assertEquals(2, eduRow.raised);
        assertEquals(1, eduRow.overdue);
        assertEquals(1, eduRow.done);
        assertEquals(0, eduRow.doneOnTime);
        assertEquals(0.0, eduRow.onTimePercent, 0.0);
        assertEquals(4, report.total.raised);
        assertEquals(2, report.total.open);
        assertEquals(33.3, report.total.onTimePercent, 0.0);
        assertEquals(0, m.reports.byDepartment(TODAY.minusDays(80), null, null).total.raised);
        q.overdue = Boolean.FALSE;
        assertEquals(3, m.matters.list(q, PageRequest.first(10)).total);
    }

    @Test
    public void aContactsPhoneIsMaskedForWhoeverMayNotSeeItAndAMaskedOneSentBackChangesNothing() {
        DepartmentDTO d = m.department("县妇联", "13907301234");
        assertEquals("13907301234", d.contactPhone);
        CallerContext.bind(Caller.of("tina", Set.of(Roles.TOWNSHIP), "test"));
        DepartmentDTO read = m.departments.get(d.id);
        assertEquals("139****1234", read.contactPhone);
        read.contactName = "王丽";
        m.departments.update(d.id, read.version, read);
        CallerContext.clear();
        DepartmentDTO after = m.departments.get(d.id);
        assertEquals("13907301234", after.contactPhone);
        assertEquals("王丽", after.contactName);
        after.contactPhone = "138****0000";
        assertEquals(Set.of("contactPhone"), fields(() -> m.departments.update(d.id, after.version, after)));
        assertNull(m.departments.list(null, PageRequest.first(5)).items.get(0).endedOn);
        assertFalse(m.departments.list(null, PageRequest.first(5)).items.isEmpty());
    }

    static ProgressDTO progress(Long matter, java.time.LocalDate on, String note) {
        ProgressDTO p = new ProgressDTO();
        p.matterId = matter;
        p.notedOn = on;
        p.note = note;
        return p;
    }

    static Set<String> fields(Runnable write) {
        try {
            write.run();
        } catch (ValidationException e) {
            return e.errors().stream().map(f -> f.field).collect(Collectors.toSet());
        }
        throw new AssertionError("not refused");
    }
}
