package org.guanai.health.console.support;

import org.guanai.shell.api.BadInputException;
import org.guanai.shell.api.Console;
import static org.guanai.health.console.Captured.lines;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.fail;

import java.time.LocalDate;
import java.util.List;

import org.guanai.health.api.CampaignKind;
import org.guanai.health.api.CheckResult;
import org.guanai.health.api.ProviderKind;
import org.guanai.health.console.Captured;
import org.guanai.registry.api.ConflictException;
import org.guanai.registry.api.FieldError;
import org.guanai.registry.api.NotFoundException;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.StaleVersionException;
import org.guanai.registry.api.ValidationException;
import org.junit.Rule;
import org.junit.Test;

public class ConsoleTest {

    @Rule
    public final Captured console = new Captured();

    @Test
    public void campaignKindsAcceptTheirNamesShortFormsAndChinese() {
        assertEquals(CampaignKind.GYNAECOLOGICAL, Labels.parse("--kind", "GYNAECOLOGICAL", CampaignKind.class));
        assertEquals(CampaignKind.GYNAECOLOGICAL, Labels.parse("--kind", "gyn", CampaignKind.class));
        assertEquals(CampaignKind.TWO_CANCERS, Labels.parse("--kind", "two-cancers", CampaignKind.class));
        assertEquals(CampaignKind.TWO_CANCERS, Labels.parse("--kind", " 两癌 ", CampaignKind.class));
        assertEquals(CampaignKind.GENERAL, Labels.parse("--kind", "General", CampaignKind.class));
        assertNull(Labels.parse("--kind", null, CampaignKind.class));
    }

    @Test
    public void resultsAndProviderKindsAcceptAnyCaseHyphensAndChinese() {
        assertEquals(CheckResult.REFERRED, Labels.parse("--result", "referred", CheckResult.class));
        assertEquals(CheckResult.ABNORMAL, Labels.parse("--result", "异常", CheckResult.class));
        assertEquals(ProviderKind.TOWNSHIP_HEALTH_CENTRE,
                Labels.parse("--provider-kind", "township-health-centre", ProviderKind.class));
        assertEquals(ProviderKind.MCH_STATION, Labels.parse("--provider-kind", "mch", ProviderKind.class));
    }

    @Test
    public void anUnknownValueNamesTheOptionAndWhatItAccepts() {
        assertBad("--kind: 'dental' is not one of GYN, TWO_CANCERS, GENERAL",
                () -> Labels.parse("--kind", "dental", CampaignKind.class));
        assertBad("--result: 'ok' is not one of NORMAL, ABNORMAL, REFERRED",
                () -> Labels.parse("--result", "ok", CheckResult.class));
    }

    @Test
    public void yearsDatesAndIdsNameTheOptionWhenMalformed() {
        assertEquals(Integer.valueOf(2026), Console.parseYear("--year", " 2026 "));
        assertBad("--year: '26' is not a year (YYYY)", () -> Console.parseYear("--year", "26"));
        assertBad("--year: 'next' is not a year (YYYY)", () -> Console.parseYear("--year", "next"));
        assertEquals(LocalDate.of(2026, 4, 10), Console.parseDate("--date", "2026-04-10"));
        assertBad("--follow-up-due: '2026-02-30' is not a date (YYYY-MM-DD)",
                () -> Console.parseDate("--follow-up-due", "2026-02-30"));
        assertBad("--person: 'abc' is not an id (a positive number)", () -> Console.parseId("--person", "abc"));
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
        Object result = Console.run("check", () -> {
            throw new ValidationException(List.of(new FieldError("personId", "is not an active left-behind woman"),
                    new FieldError("referralTarget", "is required when the result is REFERRED")));
        });
        assertNull(result);
        assertEquals(lines("Invalid check:", "  personId: is not an active left-behind woman",
                "  referralTarget: is required when the result is REFERRED"), console.err());
        assertEquals("", console.out());
    }

    @Test
    public void refusalsBadInputAndPageRangeArePrintedPlainly() throws Exception {
        Console.run("check", () -> {
            throw new NotFoundException("Campaign", 9);
        });
        Console.run("campaign", () -> {
            throw new ConflictException("status", "Campaign 9 is already ended");
        });
        Console.run("check", () -> {
            throw new StaleVersionException("Check", 4, 1, 2);
        });
        Console.run("check", () -> Labels.parse("--result", "ok", CheckResult.class));
        Console.run("query", () -> Console.page("0", "1000"));
        assertEquals(lines("Campaign 9 does not exist", "Campaign 9 is already ended",
                "Check 4 is at version 2, not 1; reload it and try again",
                "--result: 'ok' is not one of NORMAL, ABNORMAL, REFERRED",
                "Invalid query:", "  limit: must be between 1 and 500"), console.err());
    }

    @Test
    public void unexpectedFailuresStillReachTheShell() throws Exception {
        try {
            Console.run("check", () -> {
                throw new IllegalStateException("database down");
            });
            fail();
        } catch (IllegalStateException e) {
            assertEquals("database down", e.getMessage());
        }
    }

    @Test
    public void theFooterSaysWhichRowsOfHowManyAndWhereTheNextPageStarts() throws Exception {
        Page<String> first = new Page<>(List.of("a", "b"), 5, 0, 2);
        Page<String> none = new Page<>(List.of(), 0, 0, 50);
        Console.printFooter(System.out, first, "talks");
        Console.printFooter(System.out, none, "talks");
        assertEquals(lines("1-2 of 5 talks (next page: --offset 2)", "No talks found."), console.out());
    }

    @Test
    public void phonesAreMaskedInTheMiddle() {
        assertEquals("138****5678", Labels.maskPhone("13812345678"));
        assertEquals("057****3456", Labels.maskPhone("0579-84123456"));
        assertEquals("*****", Labels.maskPhone("12345"));
        assertEquals("", Labels.maskPhone(null));
    }

    private static void assertBad(String message, Runnable parse) {
        try {
            parse.run();
            fail("expected: " + message);
        } catch (BadInputException e) {
            assertEquals(message, e.getMessage());
        }
    }
}
