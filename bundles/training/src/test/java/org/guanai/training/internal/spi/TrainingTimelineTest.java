package org.guanai.training.internal.spi;

import static org.guanai.training.internal.service.Training.VILLAGE;
import static org.guanai.training.internal.service.Training.classOf;
import static org.guanai.training.internal.service.Training.day;
import static org.junit.Assert.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.guanai.registry.api.Message;
import org.guanai.registry.api.TimelineEntryDTO;
import org.guanai.training.api.FollowUpRound;
import org.guanai.training.api.Outcome;
import org.guanai.training.api.OutcomeFollowUpDTO;
import org.guanai.training.api.TrainingClassDTO;
import org.guanai.training.internal.service.Training;
import org.junit.After;
import org.junit.Test;

/** A woman's training on her timeline: titles from the module's bundle, Chinese first, English beside. */
public class TrainingTimelineTest {
    private static final LocalDate STARTS = LocalDate.now().minusMonths(7);
    private static final LocalDate ENDS = STARTS.plusDays(1);

    private final Training t = new Training();

    @After
    public void close() {
        t.close();
    }

    @Test
    public void enrolledCompletedAndFollowedUpInChineseAndEnglish() {
        TrainingClassDTO c = t.classes.create(classOf(t.course(6, null).id, STARTS, ENDS));
        t.woman(1, "王秀英", null, VILLAGE);
        long enrolment = t.enrolments.enrol(c.id, 1, STARTS).id;
        t.attendance.record(c.id, day(STARTS, "6", 1L));
        OutcomeFollowUpDTO f = new OutcomeFollowUpDTO();
        f.enrolmentId = enrolment;
        f.round = FollowUpRound.THREE_MONTHS;
        f.outcome = Outcome.STARTED_BUSINESS;
        f.followedUpOn = ENDS.plusMonths(3);
        t.followUps.record(f);
        TrainingTimeline timeline = new TrainingTimeline(t.enrolments, t.classes, t.followUps, t.fairs);

        List<TimelineEntryDTO> entries = timeline.entriesFor(1);

        String course = c.courseTitle;
        assertEquals(List.of("training-enrolled", "training-completed", "training-outcome"),
                entries.stream().map(e -> e.kind).collect(Collectors.toList()));
        assertEquals(List.of("报名培训：" + course, "培训结业：" + course, "培训回访：自主创业"),
                entries.stream().map(e -> e.title).collect(Collectors.toList()));
        assertEquals(List.of("报名培训：" + course, "培训结业：" + course, "培训回访：自主创业"),
                entries.stream().map(e -> e.titleZh).collect(Collectors.toList()));
        assertEquals("参训 6 / 6 学时", entries.get(1).detail);
        assertEquals("attended 6 of 6 hours", entries.get(1).detailEn);
        assertEquals(List.of("Enrolled: " + course, "Completed: " + course, "Follow-up: started a business"),
                entries.stream().map(e -> e.in(Message.ENGLISH).title).collect(Collectors.toList()));
        assertEquals(List.of(), new TrainingTimeline(t.enrolments, t.classes, t.followUps, t.fairs).entriesFor(2));
    }

    @Test
    public void everyOutcomeHasALabelInBothLanguages() {
        for (Outcome o : Outcome.values()) {
            assertEquals(o.name(), false, TrainingTimeline.outcome(o).render(Message.CHINESE).startsWith("label."));
            assertEquals(o.name(), false, TrainingTimeline.outcome(o).render(Message.ENGLISH).startsWith("label."));
        }
    }
}
