package org.guanai.training.internal.service;

import static org.guanai.training.internal.service.EnrolmentAttendanceTest.fields;
import static org.guanai.training.internal.service.Training.VILLAGE;
import static org.guanai.training.internal.service.Training.classOf;
import static org.guanai.training.internal.service.Training.day;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.guanai.registry.api.ConflictException;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.ValidationException;
import org.guanai.training.api.DueFollowUpDTO;
import org.guanai.training.api.FollowUpRound;
import org.guanai.training.api.Outcome;
import org.guanai.training.api.OutcomeFollowUpDTO;
import org.guanai.training.api.TrainingClassDTO;
import org.junit.After;
import org.junit.Test;

/** Follow-ups: after the class, one per round, and the due list of completed trainees. */
public class FollowUpServiceTest {
    private static final LocalDate STARTS = LocalDate.now().minusMonths(7);
    private static final LocalDate ENDS = STARTS.plusDays(1);

    private final Training t = new Training();

    @After
    public void close() {
        t.close();
    }

    private static OutcomeFollowUpDTO followUp(long enrolment, FollowUpRound round, LocalDate on) {
        OutcomeFollowUpDTO f = new OutcomeFollowUpDTO();
        f.enrolmentId = enrolment;
        f.round = round;
        f.outcome = Outcome.EMPLOYED_LOCALLY;
        f.followedUpOn = on;
        f.note = "在县城电商园做客服";
        return f;
    }

    @Test
    public void followUpsAreDueForCompletedTraineesUntilRecorded() {
        TrainingClassDTO c = t.classes.create(classOf(t.course(6, null).id, STARTS, ENDS));
        t.woman(1, "王秀英", null, VILLAGE);
        t.woman(2, "李春花", null, VILLAGE);
        long completed = t.enrolments.enrol(c.id, 1, STARTS).id;
        t.enrolments.enrol(c.id, 2, STARTS);
        t.attendance.record(c.id, day(STARTS, "6", 1L));

        List<DueFollowUpDTO> due = t.followUps.due(null, null, PageRequest.first(10)).items;
        assertEquals(List.of(FollowUpRound.THREE_MONTHS, FollowUpRound.SIX_MONTHS),
                due.stream().map(d -> d.round).collect(Collectors.toList()));
        assertEquals("王秀英", due.get(0).personName);
        assertEquals(ENDS.plusMonths(3), due.get(0).dueOn);
        assertEquals("as of a day before the 3-month mark, nothing is due", 0,
                t.followUps.due(ENDS.plusMonths(3).minusDays(1), null, PageRequest.first(10)).total);

        OutcomeFollowUpDTO recorded = t.followUps.record(followUp(completed, FollowUpRound.THREE_MONTHS, ENDS.plusMonths(3)));
        assertEquals(Long.valueOf(1), recorded.personId);
        assertEquals(List.of(FollowUpRound.SIX_MONTHS), t.followUps.due(null, null, PageRequest.first(10)).items
                .stream().map(d -> d.round).collect(Collectors.toList()));
        assertThrows(ConflictException.class,
                () -> t.followUps.record(followUp(completed, FollowUpRound.THREE_MONTHS, ENDS.plusMonths(3))));
        assertEquals(1, t.followUps.list(null, 1L, PageRequest.first(10)).total);
    }

    @Test
    public void aFollowUpBeforeTheClassEndedNamesTheFieldAndWritesNothing() {
        TrainingClassDTO c = t.classes.create(classOf(t.course(6, null).id, STARTS, ENDS));
        t.woman(1, "王秀英", null, VILLAGE);
        long enrolment = t.enrolments.enrol(c.id, 1, STARTS).id;
        assertEquals(List.of("followedUpOn"), fields(assertThrows(ValidationException.class,
                () -> t.followUps.record(followUp(enrolment, FollowUpRound.THREE_MONTHS, STARTS)))));
        OutcomeFollowUpDTO empty = new OutcomeFollowUpDTO();
        assertEquals(List.of("enrolmentId", "round", "outcome", "followedUpOn"),
                fields(assertThrows(ValidationException.class, () -> t.followUps.record(empty))));
        assertEquals(List.of("enrolmentId"), fields(assertThrows(ValidationException.class,
                () -> t.followUps.record(followUp(999, FollowUpRound.THREE_MONTHS, ENDS.plusDays(1))))));
        assertEquals(0, t.followUps.list(null, null, PageRequest.first(10)).total);
    }
}
