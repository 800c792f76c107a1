package org.guanai.mutualaid.internal.lists;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;

import org.junit.Test;

/** The one rule of "gone quiet", at its edges. */
public class QuietTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @Test
    public void quietAfterTheWindowWithNothingInIt() {
        assertTrue(Quiet.isQuiet(TODAY.minusDays(90), null, TODAY, 90));
        assertTrue(Quiet.isQuiet(TODAY.minusYears(1), TODAY.minusDays(91), TODAY, 90));
    }

    @Test
    public void notQuietWhenNewOrWithSomethingOnTheWindowsFirstDay() {
        assertFalse(Quiet.isQuiet(TODAY.minusDays(89), null, TODAY, 90));
        assertFalse(Quiet.isQuiet(TODAY.minusYears(1), TODAY.minusDays(90), TODAY, 90));
        assertFalse(Quiet.isQuiet(null, null, TODAY, 90));
    }
}
