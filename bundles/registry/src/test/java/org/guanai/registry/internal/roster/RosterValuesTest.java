package org.guanai.registry.internal.roster;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;

import org.guanai.registry.api.SchoolStage;
import org.junit.Test;

/** The cells of counties' rosters: workplaces, school stages, dates, numbers Excel mangled. */
public class RosterValuesTest {

    @Test
    public void aWorkplaceIsSplitIntoProvinceAndCity() {
        assertArrayEquals(new String[] {"广东省", "东莞市"}, RosterValues.workplace("广东省东莞市"));
        assertArrayEquals(new String[] {"广东省", "东莞"}, RosterValues.workplace("广东东莞"));
        assertArrayEquals(new String[] {"浙江省", "杭州市"}, RosterValues.workplace("浙江 杭州市"));
        assertArrayEquals(new String[] {"上海市", null}, RosterValues.workplace("上海"));
        assertArrayEquals(new String[] {"新疆维吾尔自治区", "乌鲁木齐"}, RosterValues.workplace("新疆乌鲁木齐"));
        assertArrayEquals(new String[] {null, "东莞"}, RosterValues.workplace("东莞"));
        assertTrue(RosterValues.atHome("在家"));
        assertTrue(RosterValues.atHome(" "));
        assertFalse(RosterValues.atHome("广东"));
    }

    @Test
    public void theSchoolStageFollowsSchoolAndGrade() {
        assertEquals(SchoolStage.PRIMARY, RosterValues.schoolStage("青山小学", "三年级"));
        assertEquals(SchoolStage.MIDDLE_SCHOOL, RosterValues.schoolStage("", "初二"));
        assertEquals(SchoolStage.MIDDLE_SCHOOL, RosterValues.schoolStage("县第一中学", ""));
        assertEquals(SchoolStage.KINDERGARTEN, RosterValues.schoolStage("", "大班"));
        assertEquals(SchoolStage.NOT_YET_IN_SCHOOL, RosterValues.schoolStage("未入学", ""));
        assertNull(RosterValues.schoolStage("", ""));
    }

    @Test
    public void datesAndNumbersAsSpreadsheetsKeepThem() {
        assertEquals(LocalDate.of(2016, 3, 8), RosterValues.date("2016/3/8"));
        assertEquals(LocalDate.of(2016, 3, 8), RosterValues.date("20160308"));
        assertEquals(LocalDate.of(2016, 3, 8), RosterValues.date("42437"));
        assertTrue(RosterValues.scientific("4.30621E+17"));
        assertTrue(RosterValues.scientific("1.38E+10"));
        assertFalse(RosterValues.scientific("430621201603081133"));
        assertEquals("4.30621E+17", XlsxReader.plainNumber("4.30621201001011E17"));
        assertEquals("13800001111", XlsxReader.plainNumber("1.3800001111E10"));
    }

    @Test
    public void headersAreReadWithTheirAliasesAndGroups() {
        assertEquals("ID_NUMBER", RosterHeaders.column("公民身份号码").orElseThrow().name());
        assertEquals("VILLAGE", RosterHeaders.column("所在村（社区）").orElseThrow().name());
        assertEquals("NAME", RosterHeaders.column("*姓名").orElseThrow().name());
        assertEquals("父亲姓名", RosterHeaders.join(RosterHeaders.group("父亲情况"), "姓名"));
        assertEquals("监护人身份证号码", RosterHeaders.join(RosterHeaders.group("监护人信息"), "身份证号码"));
        assertEquals("与儿童关系", RosterHeaders.join(RosterHeaders.group("监护人情况"), "与儿童关系"));
        assertNull(RosterHeaders.group("基本情况"));
    }
}
