package org.guanai.legal.internal.service;

import static org.guanai.legal.internal.service.Legal.ADMIN;
import static org.guanai.legal.internal.service.Legal.COUNTY;
import static org.guanai.legal.internal.service.Legal.LEGAL;
import static org.guanai.legal.internal.service.Legal.STATS;
import static org.guanai.legal.internal.service.Legal.TODAY;
import static org.guanai.legal.internal.service.Legal.as;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.StringWriter;
import java.util.List;
import java.util.Set;

import org.guanai.legal.api.CaseOutcome;
import org.guanai.legal.api.CaseQuery;
import org.guanai.legal.api.CaseStatus;
import org.guanai.legal.api.CaseStepDTO;
import org.guanai.legal.api.ClosureDTO;
import org.guanai.legal.api.Department;
import org.guanai.legal.api.Measure;
import org.guanai.legal.api.OverdueReason;
import org.guanai.legal.api.RightsCaseDTO;
import org.guanai.legal.api.RiskLevel;
import org.guanai.legal.api.StepKind;
import org.guanai.legal.api.SubjectKind;
import org.guanai.registry.api.AccessRefusedException;
import org.guanai.registry.api.NotFoundException;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.ValidationException;
import org.guanai.registry.api.audit.AuditEvent;
import org.guanai.registry.api.security.Caller;
import org.junit.After;
import org.junit.Test;

/** Rights cases over Derby: the life of a case, who may see it (nobody else, not even its existence), the audit of every read. */
public class CaseServiceTest {
    private final Legal m = new Legal();

    @After
    public void close() {
        m.close();
    }

    private RightsCaseDTO step(Caller who, RightsCaseDTO c, StepKind kind, java.util.function.Consumer<CaseStepDTO> fill) {
        CaseStepDTO s = new CaseStepDTO();
        s.kind = kind;
        s.on = TODAY;
        fill.accept(s);
        return as(who, () -> m.cases.addStep(c.id, c.version, s));
    }

    @Test
    public void aCaseGoesFromIntakeThroughReferralFollowUpAndMeasuresToClosure() {
        RightsCaseDTO c = m.take(TODAY.minusDays(2), RiskLevel.HIGH);
        assertEquals(CaseStatus.RECEIVED, c.status);
        assertEquals("王秀英", c.subjectName);
        assertEquals(Legal.TOWNSHIP, c.townshipCode);
        assertEquals("legal", c.handler);
        assertEquals(TODAY.minusDays(1), c.firstResponseDue);
        c = step(LEGAL, c, StepKind.REFERRAL, s -> s.department = Department.POLICE);
        assertEquals(CaseStatus.REFERRED, c.status);
        assertEquals(TODAY, c.firstResponseOn);
        RightsCaseDTO referred = c;
        ValidationException early = assertThrows(ValidationException.class,
                () -> step(LEGAL, referred, StepKind.MEASURE, s -> s.measure = Measure.PROTECTION_ORDER_GRANTED));
        assertEquals(Set.of("measure"), Legal.fields(early));
        c = step(LEGAL, c, StepKind.MEASURE, s -> s.measure = Measure.PROTECTION_ORDER_APPLIED);
        c = step(LEGAL, c, StepKind.MEASURE, s -> s.measure = Measure.PROTECTION_ORDER_GRANTED);
        c = step(LEGAL, c, StepKind.FOLLOW_UP, s -> s.note = "电话回访");
        assertEquals(CaseStatus.FOLLOWING_UP, c.status);
        assertEquals(4, c.steps.size());
        RightsCaseDTO open = c;
        ValidationException noOutcome = assertThrows(ValidationException.class,
                () -> as(LEGAL, () -> m.cases.close(open.id, open.version, new ClosureDTO())));
        assertEquals(Set.of("outcome", "reason"), Legal.fields(noOutcome));
        assertEquals(open.version, as(LEGAL, () -> m.cases.get(open.id)).version); // nothing written
        ClosureDTO closure = new ClosureDTO();
        closure.outcome = CaseOutcome.RESOLVED;
        closure.reason = "保护令已签发，回访安全";
        c = as(LEGAL, () -> m.cases.close(open.id, open.version, closure));
        assertEquals(CaseStatus.CLOSED, c.status);
        RightsCaseDTO closed = c;
        ValidationException after = assertThrows(ValidationException.class,
                () -> step(LEGAL, closed, StepKind.FOLLOW_UP, s -> { }));
        assertEquals(Set.of("status"), Legal.fields(after));
    }

    @Test
    public void aReferralBeforeTheIntakeIsRefusedAndWritesNothing() {
        RightsCaseDTO c = m.take(TODAY.minusDays(2), RiskLevel.MEDIUM);
        ValidationException e = assertThrows(ValidationException.class, () -> step(LEGAL, c, StepKind.REFERRAL, s -> {
            s.department = Department.COURT;
            s.on = TODAY.minusDays(3);
        }));
        assertEquals(Set.of("on"), Legal.fields(e));
        RightsCaseDTO read = as(LEGAL, () -> m.cases.get(c.id));
        assertEquals(c.version, read.version);
        assertEquals(List.of(), read.steps);
    }

    @Test
    public void anyoneButLegalStaffAndTheHandlerFindsNoCaseAtAll() {
        RightsCaseDTO c = m.take(TODAY, RiskLevel.LOW);
        for (Caller other : List.of(COUNTY, ADMIN, STATS)) {
            assertThrows(NotFoundException.class, () -> as(other, () -> m.cases.get(c.id)));
            assertEquals(0, as(other, () -> m.cases.list(new CaseQuery(), PageRequest.first(50))).total);
            assertThrows(NotFoundException.class, () -> step(other, c, StepKind.FOLLOW_UP, s -> { }));
            assertThrows(AccessRefusedException.class, () -> as(other, () -> m.cases.intake(Legal.intake(TODAY, RiskLevel.LOW))));
        }
        RightsCaseDTO handled = Legal.intake(TODAY, RiskLevel.LOW);
        handled.handler = "county";
        RightsCaseDTO theirs = as(LEGAL, () -> m.cases.intake(handled));
        assertEquals(theirs.id, as(COUNTY, () -> m.cases.get(theirs.id)).id);
        assertEquals(1, as(COUNTY, () -> m.cases.list(new CaseQuery(), PageRequest.first(50))).total);
        step(COUNTY, theirs, StepKind.FOLLOW_UP, s -> s.note = "上门走访");
    }

    @Test
    public void everyReadIsAuditedAndTheTrailHoldsNoDescriptionOrName() {
        RightsCaseDTO c = m.take(TODAY, RiskLevel.LOW);
        as(LEGAL, () -> m.cases.get(c.id));
        as(LEGAL, () -> m.cases.list(new CaseQuery(), PageRequest.first(50)));
        List<String> ops = m.operations();
        assertTrue(ops.toString(), ops.contains("legal-case.create " + c.id + " legal"));
        assertEquals(ops.toString(), 2, ops.stream().filter(o -> o.equals("legal-case.read " + c.id + " legal")).count());
        for (AuditEvent e : m.audit.events) {
            String all = e.changes().toString() + e.detail();
            assertFalse(all, all.contains("殴打") || all.contains("王秀英") || all.contains("本人"));
        }
    }

    @Test
    public void theExportLeavesOutDescriptionsUnlessLegalStaffAskWithAPurpose() throws Exception {
        RightsCaseDTO c = m.take(TODAY, RiskLevel.LOW);
        StringWriter plain = new StringWriter();
        assertEquals(1L, (long) as(LEGAL, () -> export(new CaseQuery(), false, null, plain)));
        assertFalse(plain.toString(), plain.toString().contains("殴打") || plain.toString().contains("王秀英"));
        assertThrows(ValidationException.class, () -> as(LEGAL, () -> export(new CaseQuery(), true, " ", new StringWriter())));
        StringWriter full = new StringWriter();
        as(LEGAL, () -> export(new CaseQuery(), true, "法院调取材料", full));
        assertTrue(full.toString(), full.toString().contains("殴打") && full.toString().contains("王秀英"));
        StringWriter other = new StringWriter();
        assertEquals(0L, (long) as(COUNTY, () -> export(new CaseQuery(), false, null, other)));
        assertThrows(AccessRefusedException.class, () -> as(COUNTY, () -> export(new CaseQuery(), true, "查看", new StringWriter())));
        assertTrue(m.operations().toString(), m.operations().contains("legal-case.export null legal"));
        assertTrue(c.id > 0);
    }

    private long export(CaseQuery q, boolean details, String purpose, StringWriter out) {
        try {
            return m.cases.export(q, details, purpose, out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    public void theOverdueListHasUnansweredCasesPastTheirDueDayAndStaleHighRiskCases() {
        RightsCaseDTO late = m.take(TODAY.minusDays(5), RiskLevel.MEDIUM);
        m.take(TODAY.minusDays(3), RiskLevel.MEDIUM); // due today: in time
        RightsCaseDTO stale = m.take(TODAY.minusDays(20), RiskLevel.HIGH);
        step(LEGAL, stale, StepKind.REFERRAL, s -> {
            s.department = Department.POLICE;
            s.on = TODAY.minusDays(19);
        });
        RightsCaseDTO answered = m.take(TODAY.minusDays(20), RiskLevel.LOW);
        step(LEGAL, answered, StepKind.FOLLOW_UP, s -> s.on = TODAY.minusDays(19));
        var overdue = as(LEGAL, () -> m.cases.overdue(null, PageRequest.first(50)));
        assertEquals(2, overdue.total);
        assertEquals(stale.id.longValue(), overdue.items.get(0).caseId);
        assertEquals(OverdueReason.HIGH_RISK_NO_FOLLOW_UP, overdue.items.get(0).reason);
        assertEquals(12, overdue.items.get(0).daysOverdue);
        assertEquals(late.id.longValue(), overdue.items.get(1).caseId);
        assertEquals(OverdueReason.FIRST_RESPONSE_OVERDUE, overdue.items.get(1).reason);
        assertEquals(0, as(COUNTY, () -> m.cases.overdue(null, PageRequest.first(50))).total);
    }

    @Test
    public void intakeRefusesBadInputByField() {
        RightsCaseDTO bad = Legal.intake(TODAY.plusDays(1), null);
        bad.personId = 99L;
        ValidationException e = assertThrows(ValidationException.class, () -> as(LEGAL, () -> m.cases.intake(bad)));
        assertEquals(Set.of("receivedOn", "riskLevel", "personId"), Legal.fields(e));
        RightsCaseDTO anonymous = Legal.intake(TODAY, RiskLevel.LOW);
        anonymous.subjectKind = SubjectKind.ANONYMOUS;
        ValidationException where = assertThrows(ValidationException.class, () -> as(LEGAL, () -> m.cases.intake(anonymous)));
        assertEquals(Set.of("personId", "townshipCode"), Legal.fields(where));
        anonymous.personId = null;
        anonymous.townshipCode = Legal.OTHER_TOWNSHIP;
        RightsCaseDTO saved = as(LEGAL, () -> m.cases.intake(anonymous));
        assertNull(saved.subjectName);
        assertEquals(0, as(LEGAL, () -> m.cases.list(new CaseQuery(), PageRequest.first(1))).offset);
    }
}
