package org.guanai.registry.internal.service;

import static org.guanai.registry.internal.service.Registry.bornYearsAgo;
import static org.guanai.registry.internal.service.Registry.idNumber;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.guanai.registry.api.CareCategory;
import org.guanai.registry.api.EndReason;
import org.guanai.registry.api.EndRequest;
import org.guanai.registry.api.Gender;
import org.guanai.registry.api.GuardianshipDTO;
import org.guanai.registry.api.GuardianshipQuery;
import org.guanai.registry.api.HouseholdDTO;
import org.guanai.registry.api.Message;
import org.guanai.registry.api.MigrantRelation;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.PersonDTO;
import org.guanai.registry.api.SchoolStage;
import org.guanai.registry.api.ValidationException;
import org.guanai.registry.api.roster.ImportJobDTO;
import org.guanai.registry.api.roster.ImportOptions;
import org.guanai.registry.api.roster.ImportProblemDTO;
import org.guanai.registry.api.roster.ImportProblemDTO.Severity;
import org.guanai.registry.api.roster.ImportStatus;
import org.guanai.registry.api.roster.RosterExportQuery;
import org.guanai.registry.api.roster.RosterFormat;
import org.guanai.registry.internal.roster.CountyRosterFile;
import org.guanai.registry.internal.roster.CountyRosterFile.ExcelDate;
import org.guanai.registry.internal.roster.CountyRosterFile.ExcelNumber;
import org.guanai.registry.internal.roster.XlsxReader;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Rosters as counties keep them, through the whole import (job, layout, report): a children's roster with a title,
 * a filing line, a two-row header and a 合计 row, as UTF-8 CSV, GBK CSV and XLSX; a women's roster; a saved layout;
 * each defect kind a county's file has, each reported on its line and column, the counts adding up.
 */
public class CountyRosterTest {

    private static Registry registry;
    private static RosterServiceImpl roster;
    private static final Charset GBK = Charset.forName("GBK");

    @BeforeClass
    public static void open() {
        registry = Registry.open();
        roster = new RosterServiceImpl(registry.db.jpa, registry.divisions, Clock.systemDefaultZone());
    }

    @AfterClass
    public static void close() {
        registry.close();
    }

    private record Run(ImportJobDTO job, List<ImportProblemDTO> report) {
        List<ImportProblemDTO> at(int line) {
            return report.stream().filter(p -> p.line == line).toList();
        }

        /** The line's one error (or duplicate), whose column and problem the test then checks. */
        ImportProblemDTO error(int line) {
            List<ImportProblemDTO> e = at(line).stream().filter(p -> p.severity == Severity.ERROR).toList();
            assertEquals(report.toString(), 1, e.size());
            return e.get(0);
        }

        void addsUp(int total) {
            assertEquals(job.toString(), ImportStatus.DONE, job.status);
            assertEquals(total, job.rowsTotal);
            assertEquals(job.message, total, job.rowsImported + job.rowsUnchanged + job.rowsRejected
                    + job.duplicatesSuspected);
            assertTrue(job.message, job.message.contains(total + " = " + total + " ✓"));
        }
    }

    private static Run run(byte[] file, ImportOptions options) throws Exception {
        Path path = Files.createTempFile(Path.of("target"), "roster", ".upload");
        Files.write(path, file);
        ImportJobDTO job = roster.submit(path, true, options);
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (job.status != ImportStatus.DONE && job.status != ImportStatus.FAILED && System.nanoTime() < deadline) {
            job = roster.awaitProgress(job.id, Duration.ofSeconds(5));
        }
        return new Run(job, roster.report(job.id));
    }

    private static ImportOptions options() {
        return new ImportOptions(false, false, "花名册");
    }

    private static String id(int age, Gender gender) {
        return idNumber(bornYearsAgo(age).minusDays(registry.hashCode() % 7), gender);
    }

    /** A children's roster of one village's families, with one row of each defect a county's file has. */
    private static CountyRosterFile childrensRoster(String s, String mother) {
        CountyRosterFile f = CountyRosterFile.children();
        String grandma = id(66, Gender.FEMALE);
        String a = id(8, Gender.MALE);
        f.row(s + "小明", "男", a, new ExcelDate(LocalDate.parse(a.substring(6, 14), java.time.format.DateTimeFormatter.BASIC_ISO_DATE)),
                "东塘镇", "青山村", "青山小学", "三年级", s + "建国", "广东省东莞市", new ExcelNumber(13800001111d), s + "桂英", "在家", "",
                s + "奶奶", "祖母", grandma, "0730-1234567", "良好", "");
        f.row(s + "小红", "女", id(5, Gender.FEMALE), "", "东塘镇", "青山村", "青山幼儿园", "大班", s + "建国", "广东省东莞市",
                new ExcelNumber(13800001111d), s + "桂英", "在家", "", s + "奶奶", "祖母", grandma, "0730-1234567", "良好", "");
        f.row(s + "小刚", "男", id(10, Gender.MALE), "", "东塘镇", "白水村", "白水小学", "五年级", s + "国强", "浙江杭州", "",
                "", "", "", s + "妈妈", "母亲", mother, "13912345678", "较弱", "母亲在家");
        f.row("", "男", id(9, Gender.MALE), "", "东塘镇", "青山村", "", "", "", "", "", "", "", "", "", "", "", "", "", "");
        String d = id(7, Gender.FEMALE);
        f.row(s + "小芳", "女", d, "2015/2/30", "东塘镇", "青山村", "", "", s + "伟", "广东深圳", "", "", "", "", "", "", "", "",
                "", "");
        f.row(s + "小军", "男", "4.30621E+17", "", "东塘镇", "青山村", "", "", s + "伟", "广东深圳", "", "", "", "", "", "", "",
                "", "", "");
        f.row(s + "小兰", "女", id(6, Gender.FEMALE), "", "东塘镇", "月亮村", "", "", s + "伟", "广东深圳", "", "", "", "", "", "",
                "", "", "", "");
        f.row(s + "小东", "男", id(11, Gender.MALE), "", "东塘镇", "青山村", "", "", s + "华", "上海", "", "", "", "", s + "叔叔",
                "其他亲属", id(45, Gender.MALE), "", "良好", "");
        return f;
    }

    private static PersonDTO registeredMother(String s) {
        PersonDTO m = Registry.woman(s + "妈妈", Registry.VILLAGE_A2);
        return registry.persons.create(m);
    }

    @Test
    public void aChildrensRosterAsUtf8CsvImportsWithParentsAwayGuardiansAndEveryDefectOnItsLine() throws Exception {
        String s = "甲" + Registry.uniquePrefix();
        PersonDTO mother = registeredMother(s);
        CountyRosterFile file = childrensRoster(s, mother.idNumber);
        byte[] csv = file.csv(StandardCharsets.UTF_8);

        Run first = run(csv, options());
        first.addsUp(8);
        assertEquals(first.report.toString(), 3, first.job.rowsImported);
        assertEquals(5, first.job.rowsRejected);
        assertEquals("children", first.job.layout);
        assertEquals("title, filing line, two header rows, 合计", 5, first.job.linesOther);
        assertTrue(first.job.mapping.toString(), first.job.mapping.contains("姓名 → 姓名 name"));
        assertTrue(first.job.mapping.toString(), first.job.mapping.contains("父亲务工地点 → 父亲务工地点 father_workplace"));
        assertTrue(first.job.mapping.toString(), first.job.mapping.contains("监护人身份证号码 → 监护人身份证号码 guardian_id_number"));
        assertTrue(first.job.mapping.toString(), first.job.mapping.contains("序号 → 序号 serial (只用于识别合计行)"));
        List<String> english = roster.job(first.job.id, Locale.ENGLISH).orElseThrow().mapping;
        assertTrue(english.toString(), english.contains("序号 → 序号 serial (only to tell a 合计 (total) row)"));
        assertTrue(english.toString(), english.contains("姓名 → 姓名 name"));
        assertEquals("姓名", first.error(file.line(3)).column);
        assertEquals("出生日期", first.error(file.line(4)).column);
        ImportProblemDTO scientific = first.error(file.line(5));
        assertEquals("身份证号码", scientific.column);
        assertTrue(scientific.problem, scientific.problem.contains("4.30621E+17") && scientific.problem.startsWith("身份证"));
        assertEquals("所在村", first.error(file.line(6)).column);
        ImportProblemDTO uncle = first.error(file.line(7));
        assertEquals("监护人身份证号码", uncle.column); // 身份证号码 under 监护人情况
        assertTrue(uncle.problem, uncle.problem.contains("不属于任何关爱类别"));
        assertEquals(Severity.NOTE, first.at(file.line(8)).get(0).severity); // the 合计 row

        PersonDTO a = registry.persons.findByIdNumber(file.rows.get(0).get(3).toString()).orElseThrow();
        PersonDTO b = registry.persons.findByIdNumber(file.rows.get(1).get(3).toString()).orElseThrow();
        assertEquals(a.householdId, b.householdId);
        assertEquals(SchoolStage.PRIMARY, a.schoolStage);
        assertEquals(SchoolStage.KINDERGARTEN, b.schoolStage);
        assertEquals("就读学校：青山小学 三年级", a.notes);
        assertEquals(java.util.Set.of(CareCategory.LEFT_BEHIND_CHILD), a.categories);
        HouseholdDTO h = registry.households.get(a.householdId);
        assertNull(h.householdKey);
        assertEquals(s + "建国", h.headName);
        assertEquals(1, h.migrantMembers.size()); // the mother is at home
        assertEquals(MigrantRelation.FATHER, h.migrantMembers.get(0).relation);
        assertEquals("广东省", h.migrantMembers.get(0).workProvince);
        assertEquals("东莞市", h.migrantMembers.get(0).workCity);
        assertEquals("13800001111", h.migrantMembers.get(0).phone);
        PersonDTO grandma = registry.persons.findByIdNumber(file.rows.get(0).get(17).toString()).orElseThrow();
        assertEquals(java.util.Set.of(CareCategory.LEFT_BEHIND_ELDERLY), grandma.categories);
        assertEquals(a.householdId, grandma.householdId);
        assertEquals(2, guardianshipsOf(grandma.id).size());
        PersonDTO c = registry.persons.findByIdNumber(file.rows.get(2).get(3).toString())
                .orElseThrow(() -> new AssertionError(first.report));
        GuardianshipDTO byMother = guardianshipsOf(mother.id).get(0);
        assertEquals(c.id, byMother.childId);
        assertEquals("浙江省", registry.households.get(c.householdId).migrantMembers.get(0).workProvince);

        Run again = run(csv, options());
        again.addsUp(8);
        assertEquals(again.report.toString(), 0, again.job.rowsImported);
        assertEquals(3, again.job.rowsUnchanged);
    }

    private static List<GuardianshipDTO> guardianshipsOf(long guardianId) {
        GuardianshipQuery q = new GuardianshipQuery();
        q.guardianId = guardianId;
        return registry.guardianships.list(q, PageRequest.of(0, 50)).items;
    }

    @Test
    public void theSameRosterSavedByExcelAsGbkImportsAlike() throws Exception {
        String s = "乙" + Registry.uniquePrefix();
        CountyRosterFile file = childrensRoster(s, registeredMother(s).idNumber);
        Run run = run(file.csv(GBK), options());
        run.addsUp(8);
        assertEquals(run.report.toString(), 3, run.job.rowsImported);
        assertEquals("出生日期", run.error(file.line(4)).column);
        assertTrue(registry.persons.findByIdNumber(file.rows.get(0).get(3).toString()).isPresent());
    }

    @Test
    public void anXlsxWithMergedTitlesExcelDatesNumericPhonesAndANotesSheetImports() throws Exception {
        String s = "丙" + Registry.uniquePrefix();
        CountyRosterFile file = childrensRoster(s, registeredMother(s).idNumber);
        file.rows.get(5).set(3, new ExcelNumber(4.30621201001011E17)); // the ID Excel turned into a number
        byte[] xlsx = file.xlsx();
        assertEquals(2, XlsxReader.read(xlsx).size());

        Run run = run(xlsx, options());
        run.addsUp(8);
        assertEquals(run.report.toString(), 3, run.job.rowsImported);
        assertTrue(run.error(file.line(5)).problem, run.error(file.line(5)).problem.contains("4.30621E+17"));
        assertTrue(run.report.stream().anyMatch(p -> "填表说明".equals(p.sheet) && p.severity == Severity.NOTE));
        HouseholdDTO h = registry.households.get(registry.persons.findByIdNumber(file.rows.get(0).get(3).toString())
                .orElseThrow().householdId);
        assertEquals("13800001111", h.migrantMembers.get(0).phone);
    }

    @Test
    public void aWomensRosterGivesItsCategoryAndTheHusbandAwayAndAMappingIsSavedForTheNextFile() throws Exception {
        String s = "丁" + Registry.uniquePrefix();
        CountyRosterFile f = new CountyRosterFile();
        f.title = "东塘镇留守妇女花名册";
        f.headers.addAll(List.of("序号", "姓名", "公民身份号码", "村名", "丈夫姓名", "丈夫务工地点", "丈夫联系电话", "本人手机号"));
        f.row(s + "秀英", id(35, Gender.FEMALE), "青山村", s + "建军", "福建厦门", "13600001111", "13700001111");
        f.row(s + "桂芳", id(38, Gender.FEMALE), "白水", s + "建民", "江苏苏州", "", "");

        ImportOptions dry = options();
        dry.dryRun = true;
        dry.mapping.put("本人手机号", "phone");
        dry.saveLayout = s + "妇女";
        Run checked = run(f.csv(StandardCharsets.UTF_8), dry);
        checked.addsUp(2);
        assertEquals("women", checked.job.layout);
        assertTrue(checked.job.mapping.toString(), checked.job.mapping.contains("本人手机号 → 联系电话 phone"));
        assertFalse(registry.persons.findByIdNumber(f.rows.get(0).get(2).toString()).isPresent());
        assertTrue(roster.layouts().contains(s + "妇女"));

        f.title = null; // the next file says less; the saved layout knows
        ImportOptions saved = options();
        saved.layout = s + "妇女";
        Run run = run(f.csv(StandardCharsets.UTF_8), saved);
        run.addsUp(2);
        assertEquals(2, run.job.rowsImported);
        PersonDTO woman = registry.persons.findByIdNumber(f.rows.get(0).get(2).toString()).orElseThrow();
        assertEquals(java.util.Set.of(CareCategory.LEFT_BEHIND_WOMAN), woman.categories);
        assertEquals("13700001111", woman.phone);
        HouseholdDTO h = registry.households.get(woman.householdId);
        assertEquals(MigrantRelation.HUSBAND, h.migrantMembers.get(0).relation);
        assertEquals("福建省", h.migrantMembers.get(0).workProvince);
        assertEquals(Registry.VILLAGE_A2, registry.persons.findByIdNumber(f.rows.get(1).get(2).toString())
                .orElseThrow().villageCode); // 白水 for 白水村
    }

    @Test
    public void aMigrantsDateThatIsNoDateIsRefusedInTheReadersLanguage() throws Exception {
        String s = "己" + Registry.uniquePrefix();
        CountyRosterFile f = new CountyRosterFile();
        f.title = "东塘镇留守妇女花名册";
        f.headers.addAll(List.of("序号", "户编号", "姓名", "公民身份号码", "村名", "外出务工人员姓名", "与本户关系", "外出务工地点",
                "外出务工时间"));
        f.row(s + "H1", s + "秀兰", id(36, Gender.FEMALE), "青山村", s + "建华", "丈夫", "广东东莞", "去年春天");
        ImportOptions women = options();
        women.category = CareCategory.LEFT_BEHIND_WOMAN;
        Run run = run(f.csv(StandardCharsets.UTF_8), women);
        run.addsUp(1);
        ImportProblemDTO chinese = run.error(f.line(0));
        assertEquals("外出务工时间", chinese.column);
        assertEquals("'去年春天' 不是有效日期", chinese.problem);
        assertEquals("yyyy-MM-dd、yyyy-MM 或 yyyy/M/d（或 Excel 日期）", chinese.expected); // the formats, once
        ImportProblemDTO english = roster.report(run.job.id, Message.ENGLISH).stream()
                .filter(p -> p.line == f.line(0) && p.severity == Severity.ERROR).findFirst().orElseThrow();
        assertEquals("'去年春天' is not a real date", english.problem);
        assertEquals("yyyy-MM-dd, yyyy-MM or yyyy/M/d (or an Excel date)", english.expected);
    }

    @Test
    public void withoutACategoryColumnOrLayoutARowIsRejectedAndTheOptionGivesIt() throws Exception {
        String s = "戊" + Registry.uniquePrefix();
        CountyRosterFile f = new CountyRosterFile();
        f.title = null;
        f.filing = null;
        f.total = null;
        f.headers.addAll(List.of("序号", "姓名", "身份证号码", "乡镇", "村(社区)"));
        f.row(s + "大爷", id(72, Gender.MALE), "东塘镇", "青山村");
        Run none = run(f.csv(StandardCharsets.UTF_8), options());
        none.addsUp(1);
        assertEquals("类别", none.error(f.line(0)).column);

        ImportOptions elderly = options();
        elderly.category = CareCategory.LEFT_BEHIND_ELDERLY;
        Run run = run(f.csv(StandardCharsets.UTF_8), elderly);
        assertEquals(1, run.job.rowsImported);
        assertEquals("mapping", expectValidation(() -> badMapping(f)).errors().get(0).field);
    }

    private static void badMapping(CountyRosterFile f) throws Exception {
        ImportOptions o = options();
        o.mapping.put("姓名", "no_such_column");
        run(f.csv(StandardCharsets.UTF_8), o);
    }

    private static ValidationException expectValidation(ThrowingRunnable r) {
        try {
            r.run();
        } catch (ValidationException e) {
            return e;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("expected a ValidationException");
    }

    private interface ThrowingRunnable {
        void run() throws Exception;
    }

    @Test
    public void exportsCarryTheStatusLeaveEndedPersonsOutAndNeverWriteAFormula() throws IOException {
        String s = "己" + Registry.uniquePrefix();
        PersonDTO formula = Registry.woman("=1+2", Registry.VILLAGE_A1);
        formula.notes = "@SUM(1+1)";
        formula = registry.persons.create(formula);
        PersonDTO ended = registry.persons.create(Registry.woman(s + "已走", Registry.VILLAGE_A1));
        registry.persons.end(ended.id, ended.version, new EndRequest(LocalDate.now(), EndReason.MOVED_AWAY, null));

        String csv = export(false, RosterFormat.CSV);
        assertTrue(csv.contains("'=1+2") && csv.contains("'@SUM(1+1)"));
        assertFalse(csv.contains(",=1+2") || csv.contains(",@SUM"));
        assertTrue(csv.contains("状态"));
        assertTrue(csv.contains("在册"));
        assertFalse(csv.contains(s + "已走"));
        String all = export(true, RosterFormat.CSV);
        assertTrue(all.contains(s + "已走") && all.contains("已结束 MOVED_AWAY"));

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        RosterExportQuery q = new RosterExportQuery();
        q.format = RosterFormat.XLSX;
        roster.export(q, xlsx);
        String sheet = XlsxReader.read(xlsx.toByteArray()).get(0).rows().stream()
                .flatMap(r -> r.cells().stream()).collect(Collectors.joining("|"));
        assertTrue("a text cell, shown as typed", sheet.contains("|=1+2|"));
        assertFalse(new String(xlsx.toByteArray(), StandardCharsets.ISO_8859_1).contains("<f>"));
    }

    private static String export(boolean includeEnded, RosterFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RosterExportQuery q = new RosterExportQuery();
        q.format = format;
        q.includeEnded = includeEnded;
        q.villageCode = Registry.VILLAGE_A1;
        roster.export(q, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    public void everyLineOfTheFileIsAccountedFor() throws Exception {
        CountyRosterFile f = childrensRoster("庚" + Registry.uniquePrefix(), registeredMother("庚").idNumber);
        Run run = run(f.csv(StandardCharsets.UTF_8), options());
        long lines = new String(f.csv(StandardCharsets.UTF_8), StandardCharsets.UTF_8).lines().count();
        assertEquals(lines, run.job.rowsTotal + run.job.linesOther);
        Map<Severity, Long> kinds = run.report.stream().collect(Collectors.groupingBy(p -> p.severity,
                Collectors.counting()));
        assertNotNull(kinds.get(Severity.NOTE));
    }
}
