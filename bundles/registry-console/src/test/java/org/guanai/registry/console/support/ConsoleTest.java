package org.guanai.registry.console.support;

import org.guanai.shell.api.BadInputException;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.EnumSet;
import java.util.List;

import org.guanai.registry.api.CareCategory;
import org.guanai.registry.api.EndReason;
import org.guanai.registry.api.Gender;
import org.guanai.registry.api.SchoolStage;
import org.guanai.registry.api.Status;
import org.junit.Test;

public class ConsoleTest {

    @Test
    public void categoriesAcceptShortFormsInAnyCaseAndTheFullName() {
        assertEquals(CareCategory.LEFT_BEHIND_WOMAN, Labels.parse("--category", "WOMAN", CareCategory.class));
        assertEquals(CareCategory.LEFT_BEHIND_CHILD, Labels.parse("--category", "child", CareCategory.class));
        assertEquals(CareCategory.LEFT_BEHIND_ELDERLY, Labels.parse("--category", " Elderly ", CareCategory.class));
        assertEquals(CareCategory.LEFT_BEHIND_ELDERLY, Labels.parse("--category", "老人", CareCategory.class));
        assertEquals(CareCategory.LEFT_BEHIND_WOMAN,
                Labels.parse("--category", "left-behind-woman", CareCategory.class));
    }

    @Test
    public void otherEnumsAcceptHyphensAndTheirShortForms() {
        assertEquals(EndReason.PARENT_RETURNED, Labels.parse("--reason", "parent-returned", EndReason.class));
        assertEquals(SchoolStage.MIDDLE_SCHOOL, Labels.parse("--school-stage", "middle_school", SchoolStage.class));
        assertEquals(Gender.FEMALE, Labels.parse("--gender", "f", Gender.class));
        assertEquals(Gender.MALE, Labels.parse("--gender", "男", Gender.class));
        assertNull(Labels.parse("--status", null, Status.class));
    }

    @Test
    public void anUnknownValueNamesTheOptionAndWhatItAccepts() {
        assertBad("--category: 'MAN' is not one of LEFT_BEHIND_WOMAN, LEFT_BEHIND_CHILD, LEFT_BEHIND_ELDERLY",
                () -> Labels.parse("--category", "MAN", CareCategory.class));
        assertBad("--status: 'open' is not one of ACTIVE, ENDED",
                () -> Labels.parse("--status", "open", Status.class));
    }

    @Test
    public void aMultiValuedOptionTakesRepeatsAndCommas() {
        assertEquals(EnumSet.of(CareCategory.LEFT_BEHIND_WOMAN, CareCategory.LEFT_BEHIND_ELDERLY),
                Labels.parseAll("--category", List.of("woman", "ELDERLY,woman"), CareCategory.class));
        assertEquals(EnumSet.noneOf(CareCategory.class), Labels.parseAll("--category", null, CareCategory.class));
        assertBad("--category: 'kid' is not one of LEFT_BEHIND_WOMAN, LEFT_BEHIND_CHILD, LEFT_BEHIND_ELDERLY",
                () -> Labels.parseAll("--category", List.of("CHILD", "kid"), CareCategory.class));
    }

    private static void assertBad(String message, Runnable parse) {
        try {
            parse.run();
            fail("expected: " + message);
        } catch (BadInputException e) {
            assertEquals(message, e.getMessage(java.util.Locale.ENGLISH));
            assertTrue(e.getStackTrace().length > 0);
        }
    }
}
