package org.guanai.training.internal.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.guanai.jpa.support.Checks;
import org.guanai.registry.api.ValidationException;
import org.guanai.training.api.FollowUpRound;
import org.guanai.testing.SourceKeys;
import org.junit.Test;

/** The rules on their own: completion, certificates, class days, follow-up dates. */
public class TrainingRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 9, 1);
    private static final LocalDate STARTS = LocalDate.of(2026, 5, 10);
    private static final LocalDate ENDS = LocalDate.of(2026, 5, 12);

    @Test
    public void completedWhenAttendedHoursReachTheRequiredOnes() {
        assertFalse(TrainingRules.completed(new BigDecimal("17.5"), 18));
        assertTrue(TrainingRules.completed(new BigDecimal("18"), 18));
        assertTrue(TrainingRules.completed(new BigDecimal("18.0"), 18));
        assertTrue(TrainingRules.completed(new BigDecimal("24"), 18));
        assertFalse("nothing attended", TrainingRules.completed(null, 18));
        assertFalse("a course without hours completes no one", TrainingRules.completed(BigDecimal.TEN, 0));
    }

    @Test
    public void certificateOnlyForWhoCompletedACourseThatGivesOne() {
        assertEquals(List.of(), fields(c -> TrainingRules.checkCertificate(c, new BigDecimal("18"), 18, "结业证书", null,
                ENDS, STARTS, TODAY)));
        assertEquals(List.of("completed"), fields(c -> TrainingRules.checkCertificate(c, new BigDecimal("12"), 18,
                "结业证书", null, ENDS, STARTS, TODAY)));
        assertEquals(List.of("certificate"), fields(c -> TrainingRules.checkCertificate(c, new BigDecimal("18"), 18,
                null, null, ENDS, STARTS, TODAY)));
        assertEquals(List.of("certificate"), fields(c -> TrainingRules.checkCertificate(c, new BigDecimal("18"), 18,
                "结业证书", "PX2026-000001", ENDS, STARTS, TODAY)));
        assertEquals(List.of("issuedOn"), fields(c -> TrainingRules.checkCertificate(c, new BigDecimal("18"), 18,
                "结业证书", null, STARTS.minusDays(1), STARTS, TODAY)));
        assertEquals(List.of("issuedOn"), fields(c -> TrainingRules.checkCertificate(c, new BigDecimal("18"), 18,
                "结业证书", null, TODAY.plusDays(1), STARTS, TODAY)));
    }

    @Test
    public void theMessageSaysHowManyHoursAreMissing() {
        Checks checks = new Checks();
        TrainingRules.checkCertificate(checks, new BigDecimal("12.0"), 18, "结业证书", null, ENDS, STARTS, TODAY);
        ValidationException e = org.junit.Assert.assertThrows(ValidationException.class, checks::throwIfAny);
        assertTrue(e.errors().get(0).message, e.errors().get(0).message.startsWith("未结业：已参训 12 学时，须 18 学时"));
    }

    @Test
    public void theMessageIsInEnglishForThoseWhoAskForIt() {
        Checks checks = new Checks();
        TrainingRules.checkCertificate(checks, new BigDecimal("12.0"), 18, "结业证书", null, ENDS, STARTS, TODAY);
        ValidationException e = org.junit.Assert.assertThrows(ValidationException.class, checks::throwIfAny);
        assertEquals("completed: not completed: attended 12 of the 18 hours required",
                e.getMessage(java.util.Locale.ENGLISH));
    }

    @Test
    public void everyKeyTheDashboardAndTheBulletinNameIsThere() {
        // a key in neither file would show as the key itself on the dashboard
        assertEquals(List.of(), SourceKeys.missing(Text.TEXT, Path.of("src/main/java/org/guanai/training/internal/spi"), "zh", "en", "text", "figure", "column"));
    }

    @Test
    public void everyKeyIsInBothLanguages() {
        assertEquals(List.of(), Text.TEXT.problems());
    }

    @Test
    public void certificateNumbersAreStableAndUnique() {
        assertEquals("PX2026-000051", TrainingRules.certificateNumber(2026, 51));
        assertEquals("PX2026-1234567", TrainingRules.certificateNumber(2026, 1234567));
    }

    @Test
    public void aClassDayLiesInTheClassAndHasHalfHours() {
        assertEquals(List.of(), fields(c -> TrainingRules.checkDay(c, STARTS, new BigDecimal("3.5"), STARTS, ENDS, TODAY)));
        assertEquals(List.of("day"), fields(c -> TrainingRules.checkDay(c, ENDS.plusDays(1), BigDecimal.ONE, STARTS, ENDS, TODAY)));
        assertEquals(List.of("day"), fields(c -> TrainingRules.checkDay(c, STARTS.minusDays(1), BigDecimal.ONE, STARTS, ENDS, TODAY)));
        assertEquals(List.of("day"), fields(c -> TrainingRules.checkDay(c, STARTS, BigDecimal.ONE, STARTS, ENDS, STARTS.minusDays(1))));
        for (String bad : List.of("0", "-1", "12.5", "2.25")) {
            assertEquals(bad, List.of("hours"), fields(c -> TrainingRules.checkDay(c, STARTS, new BigDecimal(bad), STARTS, ENDS, TODAY)));
        }
        assertEquals(List.of("day", "hours"), fields(c -> TrainingRules.checkDay(c, null, null, STARTS, ENDS, TODAY)));
    }

    @Test
    public void followUpsComeAfterTheClassEndedAndFallDueAfterThreeAndSixMonths() {
        assertEquals(LocalDate.of(2026, 8, 12), TrainingRules.dueOn(ENDS, FollowUpRound.THREE_MONTHS));
        assertEquals(LocalDate.of(2026, 11, 12), TrainingRules.dueOn(ENDS, FollowUpRound.SIX_MONTHS));
        assertEquals(List.of(), fields(c -> TrainingRules.checkFollowUpDate(c, ENDS.plusDays(1), ENDS, TODAY)));
        assertEquals(List.of("followedUpOn"), fields(c -> TrainingRules.checkFollowUpDate(c, ENDS, ENDS, TODAY)));
        assertEquals(List.of("followedUpOn"), fields(c -> TrainingRules.checkFollowUpDate(c, STARTS, ENDS, TODAY)));
        assertEquals(List.of("followedUpOn"), fields(c -> TrainingRules.checkFollowUpDate(c, TODAY.plusDays(1), ENDS, TODAY)));
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
