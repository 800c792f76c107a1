package org.guanai.shell.api;

import static org.guanai.testing.Captured.lines;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.LocalDate;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.guanai.registry.api.ConflictException;
import org.guanai.registry.api.FieldError;
import org.guanai.registry.api.Message;
import org.guanai.registry.api.NotFoundException;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.StaleVersionException;
import org.guanai.registry.api.ValidationException;
import org.guanai.testing.Captured;
import org.guanai.testing.SourceKeys;
import org.junit.Rule;
import org.junit.Test;

/** The console helpers every module's commands share; each module's Labels (its short forms) is tested there. */
public class ConsoleTest {

    /** A small enum with hand-made short forms, standing in for a module's. */
    enum Colour {
        DARK_RED, GREEN
    }

    private static final Console.Aliases SHORT = c -> c == Colour.DARK_RED ? List.of("RED", "红") : List.of();

    @Rule
    public final Captured console = new Captured();

    @Test
    public void datesMonthsYearsIdsAndNumbersNameTheOptionWhenMalformed() {
        assertEquals(LocalDate.of(2025, 3, 1), Console.parseDate("--date", "2025-03-01"));
        assertEquals(LocalDate.of(2026, 4, 10), Console.parseDate("--date", "2026-04-10"));
        assertBad("--date: '2025-13-01' is not a date (YYYY-MM-DD)", () -> Console.parseDate("--date", "2025-13-01"));
        assertBad("--follow-up-due: '2026-02-30' is not a date (YYYY-MM-DD)",
                () -> Console.parseDate("--follow-up-due", "2026-02-30"));
        assertEquals(LocalDate.of(2021, 3, 1), Console.parseMonth("--migrant #1 since", "2021-03"));
        assertBad("--migrant #1 since: 'March' is not a month (YYYY-MM)",
                () -> Console.parseMonth("--migrant #1 since", "March"));
        assertEquals(Integer.valueOf(2026), Console.parseYear("--year", " 2026 "));
        assertBad("--year: '26' is not a year (YYYY)", () -> Console.parseYear("--year", "26"));
        assertBad("--year: 'next' is not a year (YYYY)", () -> Console.parseYear("--year", "next"));
        assertEquals(Long.valueOf(42), Console.parseId("id", "42"));
        assertBad("id: 'abc' is not an id (a positive number)", () -> Console.parseId("id", "abc"));
        assertBad("--person: 'abc' is not an id (a positive number)", () -> Console.parseId("--person", "abc"));
        assertBad("--household: '0' is not an id (a positive number)", () -> Console.parseId("--household", "0"));
        assertBad("--head-count: 'many' is not a whole number", () -> Console.parseInt("--head-count", "many"));
        assertBad("--limit: 'ten' is not a whole number", () -> Console.page(null, "ten"));
    }

    @Test
    public void multiValuedIdsTakeRepeatsAndCommas() {
        assertEquals(List.of(3L, 4L, 5L), Console.parseIds("--site", List.of("3", "4，5")));
        assertEquals(List.of(), Console.parseIds("--site", null));
        assertBad("--person: '0' is not an id (a positive number)", () -> Console.parseIds("--person", List.of("1,0")));
        assertEquals(List.of("330726001", "330726101"), Console.split(List.of("330726001, 330726101", " ")));
    }

    @Test
    public void aValidationExceptionIsPrintedAsOneLinePerField() throws Exception {
        Object person = Console.run("person", () -> {
            throw new ValidationException(List.of(new FieldError("idNumber", "check digit does not match"),
                    new FieldError("villageCode", "is not a village of the county")));
        });
        Object check = Console.run("check", () -> {
            throw new ValidationException(List.of(new FieldError("personId", "is not an active left-behind woman"),
                    new FieldError("referralTarget", "is required when the result is REFERRED")));
        });
        assertNull(person);
        assertNull(check);
        assertEquals(lines("人员有误：", "  idNumber: check digit does not match",
                "  villageCode: is not a village of the county",
                "检查结果有误：", "  personId: is not an active left-behind woman",
                "  referralTarget: is required when the result is REFERRED"), console.err());
        assertEquals("", console.out());
    }

    @Test
    public void thePageRangeIsCheckedByPageRequestAndReportedAsAField() throws Exception {
        Console.run("person query", () -> Console.page("0", "1000"));
        Console.run("query", () -> Console.page("0", "1000"));
        assertEquals(lines("人员查询有误：", "  limit: 须在 1 到 500 之间",
                "查询有误：", "  limit: 须在 1 到 500 之间"), console.err());
    }

    @Test
    public void refusalsAndBadInputArePrintedAsTheirMessage() throws Exception {
        Console.run("person", () -> {
            throw new NotFoundException("Person", 7);
        });
        Console.run("check", () -> {
            throw new NotFoundException("Campaign", 9);
        });
        Console.run("person", () -> {
            throw new ConflictException("idNumber", "ID number 330726… is already registered (person 3)");
        });
        Console.run("campaign", () -> {
            throw new ConflictException("status", "Campaign 9 is already ended");
        });
        Console.run("person", () -> {
            throw new StaleVersionException("Person", 7, 2, 3);
        });
        Console.run("check", () -> {
            throw new StaleVersionException("Check", 4, 1, 2);
        });
        Console.run("colour", () -> Console.parseEnum("--colour", "blue", Colour.class, SHORT));
        assertEquals(lines("人员 7 不存在", "筛查活动 9 不存在",
                "ID number 330726… is already registered (person 3)", "Campaign 9 is already ended",
                "人员 7 已是第 3 版，不是第 2 版；请重新读取后再试",
                "检查结果 4 已是第 2 版，不是第 1 版；请重新读取后再试",
                "--colour：“blue”不是以下之一：DARK_RED, GREEN"), console.err());
    }

    @Test
    public void enumsAcceptAnyCaseHyphensAndShortFormsButListTheNamesRestTakes() {
        assertEquals(Colour.DARK_RED, Console.parseEnum("--colour", "dark-red", Colour.class, SHORT));
        assertEquals(Colour.DARK_RED, Console.parseEnum("--colour", " red ", Colour.class, SHORT));
        assertEquals(Colour.DARK_RED, Console.parseEnum("--colour", "红", Colour.class, SHORT));
        assertEquals(Colour.GREEN, Console.parseEnum("--colour", "Green", Colour.class));
        assertNull(Console.parseEnum("--colour", null, Colour.class, SHORT));
        assertBad("--colour: 'red' is not one of DARK_RED, GREEN", () -> Console.parseEnum("--colour", "red",
                Colour.class));
    }

    @Test
    public void unexpectedFailuresStillReachTheShell() throws Exception {
        for (String thing : List.of("person", "check")) {
            try {
                Console.run(thing, () -> {
                    throw new IllegalStateException("database down");
                });
                fail();
            } catch (IllegalStateException e) {
                assertEquals("database down", e.getMessage());
            }
        }
    }

    @Test
    public void theFooterSaysWhichRowsOfHowManyAndWhereTheNextPageStarts() throws Exception {
        Page<String> first = new Page<>(List.of("a", "b"), 5, 0, 2);
        Page<String> none = new Page<>(List.of(), 0, 0, 50);
        Page<String> beyond = new Page<>(List.of(), 5, 10, 2);
        Page<String> last = new Page<>(List.of("e"), 5, 4, 2);
        Console.printFooter(System.out, first, "persons");
        Console.printFooter(System.out, none, "persons");
        Console.printFooter(System.out, beyond, "persons");
        Console.printFooter(System.out, last, Message.literal("讲座"));
        assertEquals(lines("第 1–2 条，共 5 条人员（下一页：--offset 2）", "没有找到人员。", "偏移 10 处没有人员（共 5 条）。",
                "第 5–5 条，共 5 条讲座"), console.out());
    }

    @Test
    public void theFooterSpeaksEnglishInAnEnglishSession() throws Exception {
        Page<String> first = new Page<>(List.of("a", "b"), 5, 0, 2);
        Page<String> none = new Page<>(List.of(), 0, 0, 50);
        Console.speaking(Locale.ENGLISH, () -> {
            Console.printFooter(System.out, first, "audit rows");
            Console.printFooter(System.out, none, "audit rows");
        });
        assertEquals(lines("1-2 of 5 audit rows (next page: --offset 2)", "No audit rows found."), console.out());
        assertEquals(Message.CHINESE, Console.language());
    }

    @Test
    public void everyKeyIsInBothLanguages() {
        assertEquals(List.of(), Console.TEXT.problems());
        assertEquals(List.of(), SourceKeys.missing(Console.TEXT, Path.of("src/main/java/org/guanai/shell"), "message"));
    }

    private static void assertBad(String message, Runnable parse) {
        try {
            parse.run();
            fail("expected: " + message);
        } catch (BadInputException e) {
            assertEquals(message, e.getMessage(Locale.ENGLISH));
            assertTrue(e.getStackTrace().length > 0);
        }
    }
}
