package org.guanai.registry.console.support;

import org.guanai.shell.api.BadInputException;
import org.guanai.shell.api.Console;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.guanai.registry.api.CareCategory;
import org.guanai.registry.api.ConflictException;
import org.guanai.registry.api.EndReason;
import org.guanai.registry.api.FieldError;
import org.guanai.registry.api.Gender;
import org.guanai.registry.api.NotFoundException;
import org.guanai.registry.api.SchoolStage;
import org.guanai.registry.api.StaleVersionException;
import org.guanai.registry.api.Status;
import org.guanai.registry.api.ValidationException;
import org.guanai.registry.console.Captured;
import org.junit.Rule;
import org.junit.Test;

public class ConsoleTest {

    @Rule
    public final Captured console = new Captured();

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
        assertBad("--category: 'MAN' is not one of WOMAN, CHILD, ELDERLY",
                () -> Labels.parse("--category", "MAN", CareCategory.class));
        assertBad("--status: 'open' is not one of ACTIVE, ENDED",
                () -> Labels.parse("--status", "open", Status.class));
    }

    @Test
    public void aMultiValuedOptionTakesRepeatsAndCommas() {
        assertEquals(EnumSet.of(CareCategory.LEFT_BEHIND_WOMAN, CareCategory.LEFT_BEHIND_ELDERLY),
                Labels.parseAll("--category", List.of("woman", "ELDERLY,woman"), CareCategory.class));
        assertEquals(EnumSet.noneOf(CareCategory.class), Labels.parseAll("--category", null, CareCategory.class));
        assertBad("--category: 'kid' is not one of WOMAN, CHILD, ELDERLY",
                () -> Labels.parseAll("--category", List.of("CHILD", "kid"), CareCategory.class));
    }

    @Test
    public void datesMonthsAndIdsNameTheOptionWhenMalformed() {
        assertEquals(LocalDate.of(2025, 3, 1), Console.parseDate("--date", "2025-03-01"));
        assertBad("--date: '2025-13-01' is not a date (YYYY-MM-DD)", () -> Console.parseDate("--date", "2025-13-01"));
        assertEquals(LocalDate.of(2021, 3, 1), Console.parseMonth("--migrant #1 since", "2021-03"));
        assertBad("--migrant #1 since: 'March' is not a month (YYYY-MM)",
                () -> Console.parseMonth("--migrant #1 since", "March"));
        assertEquals(Long.valueOf(42), Console.parseId("id", "42"));
        assertBad("id: 'abc' is not an id (a positive number)", () -> Console.parseId("id", "abc"));
        assertBad("--household: '0' is not an id (a positive number)", () -> Console.parseId("--household", "0"));
        assertBad("--limit: 'ten' is not a whole number", () -> Console.page(null, "ten"));
    }

    @Test
    public void aValidationExceptionIsPrintedAsOneLinePerField() throws Exception {
        Object result = Console.run("person", () -> {
            throw new ValidationException(List.of(new FieldError("idNumber", "check digit does not match"),
                    new FieldError("villageCode", "is not a village of the county")));
        });
        assertNull(result);
        assertEquals(lines("Invalid person:", "  idNumber: check digit does not match",
                "  villageCode: is not a village of the county"), console.err());
        assertEquals("", console.out());
    }

    @Test
    public void thePageRangeIsCheckedByPageRequestAndReportedAsAField() throws Exception {
        Console.run("person query", () -> Console.page("0", "1000"));
        assertEquals(lines("Invalid person query:", "  limit: must be between 1 and 500"), console.err());
    }

    @Test
    public void refusalsAndBadInputArePrintedAsTheirMessage() throws Exception {
        Console.run("person", () -> {
            throw new NotFoundException("Person", 7);
        });
        Console.run("person", () -> {
            throw new ConflictException("idNumber", "ID number 330726… is already registered (person 3)");
        });
        Console.run("person", () -> {
            throw new StaleVersionException("Person", 7, 2, 3);
        });
        Console.run("person", () -> Labels.parse("--category", "MAN", CareCategory.class));
        assertEquals(lines("Person 7 does not exist",
                "ID number 330726… is already registered (person 3)",
                "Person 7 is at version 3, not 2; reload it and try again",
                "--category: 'MAN' is not one of WOMAN, CHILD, ELDERLY"), console.err());
    }

    @Test
    public void unexpectedFailuresStillReachTheShell() throws Exception {
        try {
            Console.run("person", () -> {
                throw new IllegalStateException("database down");
            });
            fail();
        } catch (IllegalStateException e) {
            assertEquals("database down", e.getMessage());
        }
    }

    static String lines(String... lines) {
        return String.join(System.lineSeparator(), lines) + System.lineSeparator();
    }

    private static void assertBad(String message, Runnable parse) {
        try {
            parse.run();
            fail("expected: " + message);
        } catch (BadInputException e) {
            assertEquals(message, e.getMessage());
            assertTrue(e.getStackTrace().length > 0);
        }
    }
}
