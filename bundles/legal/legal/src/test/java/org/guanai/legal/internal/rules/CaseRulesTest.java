package org.guanai.legal.internal.rules;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.guanai.jpa.support.Checks;
import org.guanai.legal.api.CaseOutcome;
import org.guanai.legal.api.CaseStatus;
import org.guanai.legal.api.ClosureDTO;
import org.guanai.legal.api.Department;
import org.guanai.legal.api.Measure;
import org.guanai.legal.api.RiskLevel;
import org.guanai.legal.api.StepKind;
import org.guanai.registry.api.ValidationException;
import org.junit.Test;

/** The life of a rights case: each rule on its own, and the field each refusal names. */
public class CaseRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final LocalDate RECEIVED = TODAY.minusDays(10);
    private static final CaseFacts OPEN = new CaseFacts(RECEIVED, RiskLevel.HIGH, List.of(), false);

    private static List<String> step(CaseFacts facts, StepKind kind, LocalDate on, Department dept, Measure measure) {
        Checks checks = new Checks();
        CaseRules.checkStep(checks, facts, kind, on, dept, measure, TODAY);
        return fields(checks);
    }

    private static List<String> fields(Checks checks) {
        List<String> fields = new ArrayList<>();
        try {
            checks.throwIfAny();
        } catch (ValidationException e) {
            e.errors().forEach(f -> fields.add(f.field));
        }
        return fields;
    }

    @Test
    public void aReferralNeedsADepartmentAndADayBetweenTheIntakeAndToday() {
        assertEquals(List.of(), step(OPEN, StepKind.REFERRAL, RECEIVED, Department.POLICE, null));
        assertEquals(List.of("on"), step(OPEN, StepKind.REFERRAL, RECEIVED.minusDays(1), Department.POLICE, null));
        assertEquals(List.of("on"), step(OPEN, StepKind.REFERRAL, TODAY.plusDays(1), Department.POLICE, null));
        assertEquals(List.of("department"), step(OPEN, StepKind.REFERRAL, TODAY, null, null));
        assertEquals(List.of("on"), step(OPEN, StepKind.FOLLOW_UP, null, null, null));
    }

    @Test
    public void nothingIsAddedToAClosedCase() {
        CaseFacts closed = new CaseFacts(RECEIVED, RiskLevel.LOW, List.of(), true);
        assertEquals(List.of("status"), step(closed, StepKind.FOLLOW_UP, TODAY, null, null));
        assertEquals(List.of("status"), step(closed, StepKind.REFERRAL, TODAY, Department.COURT, null));
    }

    @Test
    public void aProtectionOrderIsGrantedOnlyAfterItWasAppliedFor() {
        assertEquals(List.of("measure"), step(OPEN, StepKind.MEASURE, TODAY, null, Measure.PROTECTION_ORDER_GRANTED));
        assertEquals(List.of("measure"), step(OPEN, StepKind.MEASURE, TODAY, null, null));
        CaseFacts applied = OPEN.with(new CaseFacts.Step(StepKind.MEASURE, TODAY.minusDays(2), Measure.PROTECTION_ORDER_APPLIED));
        assertEquals(List.of(), step(applied, StepKind.MEASURE, TODAY, null, Measure.PROTECTION_ORDER_GRANTED));
        assertEquals(List.of(), step(applied, StepKind.MEASURE, TODAY.minusDays(2), null, Measure.PROTECTION_ORDER_REFUSED));
        assertEquals(List.of("measure"), step(applied, StepKind.MEASURE, TODAY.minusDays(3), null, Measure.PROTECTION_ORDER_GRANTED));
    }

    @Test
    public void aCaseClosesOnceWithAnOutcomeAndAReasonNotBeforeItsLastAction() {
        CaseFacts acted = OPEN.with(new CaseFacts.Step(StepKind.FOLLOW_UP, TODAY.minusDays(3), null));
        ClosureDTO c = new ClosureDTO();
        Checks checks = new Checks();
        CaseRules.checkClosure(checks, acted, c, TODAY);
        assertEquals(List.of("outcome", "reason"), fields(checks));
        assertEquals(TODAY, c.closedOn);
        c.outcome = CaseOutcome.RESOLVED;
        c.reason = "已解决";
        c.closedOn = TODAY.minusDays(4);
        checks = new Checks();
        CaseRules.checkClosure(checks, acted, c, TODAY);
        assertEquals(List.of("closedOn"), fields(checks));
        c.closedOn = TODAY.minusDays(3);
        checks = new Checks();
        CaseRules.checkClosure(checks, acted, c, TODAY);
        assertEquals(List.of(), fields(checks));
        checks = new Checks();
        CaseRules.checkClosure(checks, new CaseFacts(RECEIVED, RiskLevel.LOW, List.of(), true), c, TODAY);
        assertEquals(List.of("status"), fields(checks));
    }

    @Test
    public void theStatusFollowsTheLastStep() {
        assertEquals(CaseStatus.RECEIVED, CaseRules.status(OPEN));
        CaseFacts referred = OPEN.with(new CaseFacts.Step(StepKind.REFERRAL, TODAY.minusDays(5), null));
        assertEquals(CaseStatus.REFERRED, CaseRules.status(referred));
        CaseFacts followed = referred.with(new CaseFacts.Step(StepKind.FOLLOW_UP, TODAY.minusDays(2), null));
        assertEquals(CaseStatus.FOLLOWING_UP, CaseRules.status(followed));
        assertEquals(CaseStatus.CLOSED, CaseRules.status(new CaseFacts(RECEIVED, RiskLevel.LOW, followed.steps(), true)));
        assertEquals(TODAY.minusDays(5), followed.firstResponseOn());
        assertEquals(TODAY.minusDays(2), followed.lastActionOn());
        assertNull(OPEN.firstResponseOn());
        assertEquals(RECEIVED, OPEN.lastActionOn());
    }

    @Test
    public void refusalsSayWhyInChineseAndInEnglishWhenAsked() {
        Checks checks = new Checks();
        CaseRules.checkStep(checks, OPEN, StepKind.REFERRAL, RECEIVED.minusDays(1), Department.POLICE, null, TODAY);
        try {
            checks.throwIfAny();
        } catch (ValidationException e) {
            String message = e.errors().get(0).message;
            assertTrue(message, message.startsWith("不能早于受理日期 " + RECEIVED));
            String english = e.errors().get(0).text().render(java.util.Locale.ENGLISH);
            assertTrue(english, english.startsWith("must not be before the intake"));
            return;
        }
        assertFalse("refused", true);
    }
}
