package org.guanai.training.internal.service;

import static org.guanai.training.internal.service.Training.OTHER_TOWNSHIP;
import static org.guanai.training.internal.service.Training.VILLAGE;
import static org.guanai.training.internal.service.Training.classOf;
import static org.guanai.training.internal.service.Training.day;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.guanai.registry.api.ConflictException;
import org.guanai.registry.api.NotFoundException;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.Roles;
import org.guanai.registry.api.Status;
import org.guanai.registry.api.ValidationException;
import org.guanai.registry.api.security.Caller;
import org.guanai.registry.api.security.CallerContext;
import org.guanai.registry.api.security.Scope;
import org.guanai.training.api.EnrolmentDTO;
import org.guanai.training.api.EnrolmentQuery;
import org.guanai.training.api.TrainingClassDTO;
import org.guanai.training.api.TrainingClassQuery;
import org.junit.After;
import org.junit.Test;

/** Classes, enrolment, attendance, completion and certificates over the real schema. */
public class EnrolmentAttendanceTest {
    private static final LocalDate STARTS = LocalDate.now().minusDays(10);
    private static final LocalDate ENDS = STARTS.plusDays(2);

    private final Training t = new Training();

    @After
    public void close() {
        CallerContext.clear();
        t.close();
    }

    private TrainingClassDTO openClass(int hours) {
        return t.classes.create(classOf(t.course(hours, "电子商务培训结业证书").id, STARTS, ENDS));
    }

    @Test
    public void aClassEndingBeforeItStartsNamesTheFieldAndWritesNothing() {
        long course = t.course(12, null).id;
        TrainingClassDTO bad = classOf(course, STARTS, STARTS.minusDays(1));
        bad.capacity = 0;
        bad.trainer = " ";
        ValidationException e = assertThrows(ValidationException.class, () -> t.classes.create(bad));
        assertEquals(List.of("trainer", "endsOn", "capacity"), fields(e));
        assertEquals(0, t.classes.list(new TrainingClassQuery(), PageRequest.first(10)).total);

        TrainingClassDTO unknownCourse = classOf(999L, STARTS, ENDS);
        assertEquals(List.of("courseId"), fields(assertThrows(ValidationException.class, () -> t.classes.create(unknownCourse))));
        assertEquals(0, t.classes.list(new TrainingClassQuery(), PageRequest.first(10)).total);
    }

    @Test
    public void aClassTakesItsTownshipFromItsVillage() {
        TrainingClassDTO c = openClass(12);
        assertEquals("330726101", c.townshipCode);
        assertEquals("农村电商与直播带货", c.courseTitle);
        assertEquals(0, c.enrolled);
    }

    @Test
    public void enrolsOnceAndRefusesEndedPersonsAndAFullClass() {
        TrainingClassDTO c = openClass(12);
        t.woman(1, "王秀英", null, VILLAGE);
        t.woman(2, "李春花", null, VILLAGE);
        t.woman(3, "刘芳", null, VILLAGE).status = Status.ENDED;
        EnrolmentDTO n = t.enrolments.enrol(c.id, 1, null);
        assertEquals("王秀英", n.personName);
        assertEquals("a class already begun: its first day", STARTS, n.enrolledOn);
        assertThrows(ConflictException.class, () -> t.enrolments.enrol(c.id, 1, null));
        assertEquals(List.of("personId"), fields(assertThrows(ValidationException.class, () -> t.enrolments.enrol(c.id, 3, null))));
        assertEquals(List.of("personId"), fields(assertThrows(ValidationException.class, () -> t.enrolments.enrol(c.id, 99, null))));
        assertEquals("in the future, and after the class ended", List.of("enrolledOn", "enrolledOn"), fields(assertThrows(ValidationException.class,
                () -> t.enrolments.enrol(c.id, 2, LocalDate.now().plusDays(1)))));
        assertEquals(1, t.classes.get(c.id).enrolled);

        TrainingClassDTO small = classOf(c.courseId, STARTS, ENDS);
        small.capacity = 1;
        long smallId = t.classes.create(small).id;
        t.enrolments.enrol(smallId, 1, null);
        assertEquals(List.of("classId"), fields(assertThrows(ValidationException.class, () -> t.enrolments.enrol(smallId, 2, null))));
    }

    @Test
    public void aTownshipUserEnrolsOnlyPersonsOfTheirDivisions() {
        TrainingClassDTO c = openClass(12);
        t.woman(1, "王秀英", null, VILLAGE);
        t.enrolments.enrol(c.id, 1, null);
        t.visibility.scope("tina", Scope.of(Set.of(OTHER_TOWNSHIP), Set.of()));
        CallerContext.bind(Caller.of("tina", Set.of(Roles.TOWNSHIP), "test"));
        assertEquals(0, t.enrolments.list(new EnrolmentQuery(), PageRequest.first(10)).total);
        assertThrows(NotFoundException.class, () -> t.classes.get(c.id));
        TrainingClassDTO elsewhere = classOf(c.courseId, STARTS, ENDS);
        assertEquals(List.of("villageCode"), fields(assertThrows(ValidationException.class, () -> t.classes.create(elsewhere))));
    }

    @Test
    public void completionIsComputedFromAttendanceAndTheCertificateFollowsIt() {
        TrainingClassDTO c = openClass(12);
        t.woman(1, "王秀英", null, VILLAGE);
        t.woman(2, "李春花", null, VILLAGE);
        t.woman(3, "刘芳", null, VILLAGE);
        EnrolmentDTO first = t.enrolments.enrol(c.id, 1, null);
        EnrolmentDTO second = t.enrolments.enrol(c.id, 2, null);
        t.enrolments.enrol(c.id, 3, null);

        t.attendance.record(c.id, day(STARTS, "6", 1L, 2L, 3L));
        EnrolmentDTO halfway = t.enrolments.get(first.id);
        assertEquals(0, new BigDecimal("6").compareTo(halfway.attendedHours));
        assertFalse(halfway.completed);
        ValidationException early = assertThrows(ValidationException.class,
                () -> t.enrolments.issueCertificate(first.id, halfway.version, null));
        assertEquals(List.of("completed"), fields(early));
        assertNull(t.enrolments.get(first.id).certificateNumber);

        t.attendance.record(c.id, day(STARTS.plusDays(1), "6", 1L, 3L));
        EnrolmentDTO done = t.enrolments.get(first.id);
        assertTrue(done.completed);
        assertFalse(t.enrolments.get(second.id).completed);
        EnrolmentDTO issued = t.enrolments.issueCertificate(first.id, done.version, ENDS);
        assertEquals(TrainingRules.certificateNumber(STARTS.getYear(), first.id), issued.certificateNumber);
        assertEquals(ENDS, issued.certificateIssuedOn);
        assertEquals(List.of("certificate"), fields(assertThrows(ValidationException.class,
                () -> t.enrolments.issueCertificate(first.id, issued.version, ENDS))));

        // recording a day again replaces it: 2 was absent on the second day after all, 3 was not there
        t.attendance.record(c.id, day(STARTS.plusDays(1), "6", 2L));
        assertFalse(t.enrolments.get(first.id).completed);
        assertEquals(List.of(1L, 2L, 3L), t.attendance.days(c.id).get(0).personIds);
        assertEquals(List.of(2L), t.attendance.days(c.id).get(1).personIds);
    }

    @Test
    public void attendanceOutsideTheClassOrOfSomeoneNotEnrolledWritesNothing() {
        TrainingClassDTO c = openClass(12);
        t.woman(1, "王秀英", null, VILLAGE);
        t.woman(2, "李春花", null, VILLAGE);
        t.enrolments.enrol(c.id, 1, null);
        assertEquals(List.of("day"), fields(assertThrows(ValidationException.class,
                () -> t.attendance.record(c.id, day(ENDS.plusDays(1), "6", 1L)))));
        assertEquals(List.of("hours", "personIds[1]"), fields(assertThrows(ValidationException.class,
                () -> t.attendance.record(c.id, day(STARTS, "13", 1L, 2L)))));
        assertEquals(List.of(), t.attendance.days(c.id));
    }

    static List<String> fields(ValidationException e) {
        return e.errors().stream().map(f -> f.field).collect(Collectors.toList());
    }
}
