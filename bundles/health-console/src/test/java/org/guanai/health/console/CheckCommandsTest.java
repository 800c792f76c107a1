package org.guanai.health.console;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.guanai.health.api.CheckRecordDTO;
import org.guanai.health.api.CheckResult;
import org.guanai.health.console.support.Labels;
import org.guanai.registry.api.FieldError;
import org.guanai.registry.api.ValidationException;
import org.guanai.shell.api.Console;
import org.guanai.testing.Captured;
import org.junit.Rule;
import org.junit.Test;

public class CheckCommandsTest {

    @Rule
    public final Captured console = new Captured();

    private final Fakes.Checks checks = new Fakes.Checks();

    private CheckRecord referral() {
        CheckRecord command = new CheckRecord();
        command.checks = checks;
        command.person = "12";
        command.date = "2026-04-10";
        command.result = "referred";
        command.campaign = "3";
        command.findings = "宫颈细胞学异常";
        command.referral = "市中心医院妇科";
        command.followUpDue = "2026-05-10";
        return command;
    }

    @Test
    public void checkRecordPassesTheParsedCheck() throws Exception {
        referral().execute();

        CheckRecordDTO sent = checks.lastRecorded;
        assertEquals(Long.valueOf(12), sent.personId);
        assertEquals(LocalDate.of(2026, 4, 10), sent.checkedOn);
        assertEquals(CheckResult.REFERRED, sent.result);
        assertEquals(Long.valueOf(3), sent.campaignId);
        assertNull("the service fills in the campaign's provider", sent.providerName);
        assertEquals("宫颈细胞学异常", sent.findings);
        assertEquals("市中心医院妇科", sent.referralTarget);
        assertEquals(LocalDate.of(2026, 5, 10), sent.followUpDue);
        assertFalse(sent.allowOtherCategory);
        assertEquals(Captured.lines("已登记检查 40 · 王秀英 · 2026-04-10：转诊 → 市中心医院妇科；须于 2026-05-10 前随访"),
                console.out());
    }

    @Test
    public void anEnglishSessionReadsTheConfirmationInEnglish() throws Exception {
        Console.speaking(Locale.ENGLISH, () -> referral().execute());
        assertEquals(Captured.lines("Recorded check 40 · 王秀英 on 2026-04-10: referred → 市中心医院妇科;"
                + " follow up by 2026-05-10"), console.out());
    }

    @Test
    public void everyKeyOfTheConsoleIsInBothLanguages() {
        assertEquals(List.of(), Labels.TEXT.problems());
    }

    @Test
    public void allowOtherCategoryIsPassedOn() throws Exception {
        CheckRecord command = new CheckRecord();
        command.checks = checks;
        command.person = "15";
        command.date = "2026-04-10";
        command.result = "NORMAL";
        command.provider = "黄宅镇卫生院";
        command.allowOtherCategory = true;
        command.execute();

        assertTrue(checks.lastRecorded.allowOtherCategory);
        assertEquals("黄宅镇卫生院", checks.lastRecorded.providerName);
        assertNull(checks.lastRecorded.campaignId);
    }

    @Test
    public void aRefusedCheckPrintsOneLinePerFieldAndThrowsNothing() throws Exception {
        checks.refusal = () -> {
            throw new ValidationException(List.of(new FieldError("personId", "is not an active left-behind woman"),
                    new FieldError("followUpDue", "must be after the check")));
        };
        assertNull(referral().execute());

        assertEquals(Captured.lines("检查结果有误：", "  personId: is not an active left-behind woman",
                "  followUpDue: must be after the check"), console.err());
        assertEquals("", console.out());
    }

    @Test
    public void aMalformedDateNamesTheOptionAndRecordsNothing() throws Exception {
        CheckRecord command = referral();
        command.followUpDue = "10/05/2026";
        command.execute();

        assertEquals(Captured.lines("--follow-up-due：“10/05/2026”不是日期（YYYY-MM-DD）"), console.err());
        assertEquals(0, checks.calls);
    }

    @Test
    public void checkListAsksForResultsAndPrintsThem() throws Exception {
        CheckRecordDTO c = new CheckRecordDTO();
        c.id = 40L;
        c.personId = 12L;
        c.personName = "王秀英";
        c.campaignId = 3L;
        c.checkedOn = LocalDate.of(2026, 4, 10);
        c.providerName = "县妇幼保健院";
        c.result = CheckResult.REFERRED;
        c.referralTarget = "市中心医院妇科";
        c.followUpDue = LocalDate.of(2026, 5, 10);
        checks.records.add(c);

        CheckList list = new CheckList();
        list.divisions = new org.guanai.testing.fakes.FakeDivisions();
        list.checks = checks;
        list.person = "12";
        list.year = "2026";
        list.execute();

        assertEquals(Long.valueOf(12), checks.lastQuery.personId);
        assertEquals(Integer.valueOf(2026), checks.lastQuery.year);
        List<String> lines = console.out().lines().toList();
        assertEquals(List.of("编号", "人员", "姓名", "检查日期", "筛查活动", "检查机构", "结果", "检查所见",
                "转诊", "随访期限", "已随访"), Rows.cells(lines.get(0)));
        assertEquals(List.of("40", "12", "王秀英", "2026-04-10", "3", "县妇幼保健院", "转诊", "", "市中心医院妇科",
                "2026-05-10", ""), Rows.cells(lines.get(2)));
        assertEquals("第 1–1 条，共 1 条检查记录", lines.get(3));
    }

    @Test
    public void checkListByCampaign() throws Exception {
        CheckList list = new CheckList();
        list.divisions = new org.guanai.testing.fakes.FakeDivisions();
        list.checks = checks;
        list.campaign = "3";
        list.result = "abnormal";
        list.execute();

        assertNull(checks.lastQuery.personId);
        assertEquals(Long.valueOf(3), checks.lastQuery.campaignId);
        assertEquals(CheckResult.ABNORMAL, checks.lastQuery.result);
        assertEquals(Captured.lines("没有找到检查记录。"), console.out());
    }
}
