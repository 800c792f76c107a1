package org.guanai.registry.internal.service;

import static org.guanai.registry.internal.service.Registry.TOWNSHIP_A;
import static org.guanai.registry.internal.service.Registry.VILLAGE_A1;
import static org.guanai.registry.internal.service.Registry.bornYearsAgo;
import static org.guanai.registry.internal.service.Registry.idNumber;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.guanai.registry.api.CareCategory;
import org.guanai.registry.api.Gender;
import org.guanai.registry.api.GuardianshipQuery;
import org.guanai.registry.api.HouseholdDTO;
import org.guanai.registry.api.HouseholdQuery;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.PersonDTO;
import org.guanai.registry.api.roster.ImportOptions;
import org.guanai.registry.api.roster.ImportProblemDTO;
import org.guanai.registry.api.roster.ImportProblemDTO.Severity;
import org.guanai.registry.api.roster.RosterColumn;
import org.guanai.registry.api.roster.RosterExportQuery;
import org.guanai.registry.api.roster.RosterFormat;
import org.guanai.registry.internal.roster.Csv;
import org.guanai.registry.internal.roster.RosterReader;
import org.guanai.registry.api.security.Caller;
import org.guanai.registry.api.security.Scope;
import org.guanai.testing.fakes.FakeVisibility;
import org.guanai.testing.fakes.RecordedAudit;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

public class RosterImportTest {

    private static final FakeVisibility ACCESS = new FakeVisibility()
            .scope("xilin", Scope.of(Set.of(Registry.TOWNSHIP_B), Set.of()));
    private static final RecordedAudit AUDIT = new RecordedAudit();
    private static Registry registry;
    private static RosterServiceImpl roster;

    @BeforeClass
    public static void open() {
        registry = Registry.open();
        roster = new RosterServiceImpl(registry.db.jpa, registry.divisions, Clock.systemDefaultZone(),
                new CallerView(ACCESS), AUDIT);
    }

    @AfterClass
    public static void close() {
        registry.close();
    }

    /** A roster under construction: rows of column values, written as CSV with Chinese or English headers. */
    static final class Roster {
        final List<Map<RosterColumn, String>> rows = new ArrayList<>();

        Map<RosterColumn, String> row(String key, Object... pairs) {
            Map<RosterColumn, String> row = new EnumMap<>(RosterColumn.class);
            row.put(RosterColumn.HOUSEHOLD_KEY, key);
            for (int i = 0; i < pairs.length; i += 2) {
                row.put((RosterColumn) pairs[i], (String) pairs[i + 1]);
            }
            rows.add(row);
            return row;
        }

        byte[] csv(boolean english) {
            StringWriter w = new StringWriter();
            try {
                List<String> header = new ArrayList<>();
                for (RosterColumn c : RosterExport.COLUMNS) {
                    header.add(english ? c.english() : c.chinese());
                }
                Csv.writeRow(w, header);
                for (Map<RosterColumn, String> row : rows) {
                    List<String> cells = new ArrayList<>();
                    for (RosterColumn c : RosterExport.COLUMNS) {
                        cells.add(row.getOrDefault(c, ""));
                    }
                    Csv.writeRow(w, cells);
                }
            } catch (IOException e) {
                throw new AssertionError(e);
            }
            return ("\uFEFF" + w).getBytes(StandardCharsets.UTF_8);
        }
    }

    private static String unique() {
        return Registry.uniquePrefix();
    }

    private static final java.util.concurrent.atomic.AtomicInteger DAYS = new java.util.concurrent.atomic.AtomicInteger();

    /** A birth date no other test person has (so that no test's persons look like another's duplicates). */
    private static java.time.LocalDate born(int years) {
        return bornYearsAgo(years).minusDays(DAYS.incrementAndGet() % 300);
    }

    /** A household of a woman (husband away), her child (grandmother guardian) and the grandmother. */
    private static Roster family(String key, String surname) {
        Roster r = new Roster();
        String grandma = idNumber(born(66), Gender.FEMALE);
        r.row(key, RosterColumn.TOWNSHIP, "东塘镇", RosterColumn.VILLAGE, "青山村", RosterColumn.HEAD_NAME, surname + "建国",
                RosterColumn.ADDRESS, "青山村3组", RosterColumn.HARDSHIP, "否",
                RosterColumn.NAME, surname + "秀英", RosterColumn.ID_NUMBER, idNumber(born(35), Gender.FEMALE),
                RosterColumn.PHONE, "13800001111", RosterColumn.CATEGORIES, "留守妇女",
                RosterColumn.MIGRANT_NAME, surname + "建国", RosterColumn.MIGRANT_RELATION, "丈夫",
                RosterColumn.WORK_PROVINCE, "广东", RosterColumn.WORK_CITY, "东莞", RosterColumn.AWAY_SINCE, "2020-03",
                RosterColumn.HOME_FREQUENCY, "每年");
        r.row(key, RosterColumn.VILLAGE, "青山村", RosterColumn.NAME, surname + "小明",
                RosterColumn.ID_NUMBER, idNumber(born(9), Gender.MALE), RosterColumn.CATEGORIES, "留守儿童",
                RosterColumn.SCHOOL_STAGE, "小学", RosterColumn.GUARDIAN_ID_NUMBER, grandma,
                RosterColumn.GUARDIAN_RELATION, "祖父母", RosterColumn.GUARDIAN_CAPACITY, "较弱",
                RosterColumn.GUARDIAN_PHONE, "0730-1234567");
        r.row(key, RosterColumn.NAME, surname + "奶奶", RosterColumn.ID_NUMBER, grandma,
                RosterColumn.CATEGORIES, "留守老人");
        return r;
    }

    private static ImportResult run(byte[] file, boolean dryRun, boolean confirm) {
        return roster.engine().run(RosterReader.read(file), new ImportOptions(dryRun, confirm, "test.csv"),
                RosterImport.Progress.NONE);
    }

    private static List<ImportProblemDTO> errors(ImportResult result) {
        return result.problems.stream().filter(p -> p.severity != Severity.WARNING && p.severity != Severity.NOTE)
                .collect(Collectors.toList());
    }

    private static HouseholdDTO household(String key) {
        return registry.households.list(new HouseholdQuery(), PageRequest.of(0, 500)).items.stream()
                .filter(h -> key.equals(h.householdKey)).findFirst().orElseThrow();
    }

    @Test
    public void aFamilyImportsWithItsMigrantAndGuardianAndReImportChangesNothing() {
        String key = unique() + "H";
        Roster r = family(key, "周");
        byte[] file = r.csv(false);

        ImportResult first = run(file, false, false);
        assertEquals(errors(first).toString(), 0, first.rejected + first.duplicates);
        assertEquals(3, first.imported);
        HouseholdDTO h = household(key);
        assertEquals(VILLAGE_A1, h.villageCode);
        assertEquals(1, h.migrantMembers.size());
        assertEquals("东莞", h.migrantMembers.get(0).workCity);
        PersonDTO child = registry.persons.findByIdNumber(r.rows.get(1).get(RosterColumn.ID_NUMBER)).orElseThrow();
        assertEquals(h.id, child.householdId);
        GuardianshipQuery q = new GuardianshipQuery();
        q.childId = child.id;
        assertEquals(1, registry.guardianships.list(q, PageRequest.of(0, 10)).total);
        // the writes leave the rows a REST write leaves, in the chunk's transaction
        assertTrue(AUDIT.events.stream().anyMatch(e -> e.operation().equals("person.create")
                && e.recordId().equals(String.valueOf(child.id)) && e.detail().startsWith("import")));
        assertTrue(AUDIT.events.stream().anyMatch(e -> e.operation().equals("household.create")
                && e.recordId().equals(String.valueOf(h.id))));
        assertTrue(AUDIT.events.stream().anyMatch(e -> e.operation().equals("guardianship.create")));
        int audited = AUDIT.events.size();

        long version = h.version;
        ImportResult again = run(file, false, false);
        assertEquals("an unchanged row writes nothing, so no audit row", audited, AUDIT.events.size());
        assertEquals(0, again.imported);
        assertEquals(3, again.unchanged);
        assertEquals(version, household(key).version);
        assertEquals(1, registry.guardianships.list(q, PageRequest.of(0, 10)).total);
    }

    @Test
    public void englishHeadersWork() {
        String key = unique() + "E";
        ImportResult result = run(family(key, "吴").csv(true), false, false);
        assertEquals(errors(result).toString(), 3, result.imported);
    }

    @Test
    public void aChangedRowUpdatesThePerson() {
        String key = unique() + "U";
        Roster r = family(key, "郑");
        run(r.csv(false), false, false);
        r.rows.get(0).put(RosterColumn.PHONE, "13900002222");
        ImportResult result = run(r.csv(false), false, false);
        assertEquals(1, result.imported);
        assertEquals(2, result.unchanged);
        assertEquals("13900002222", registry.persons.findByIdNumber(r.rows.get(0).get(RosterColumn.ID_NUMBER))
                .orElseThrow().phone);
    }

    @Test
    public void badRowsAreReportedWithLineColumnAndExpectationAndTheRestImports() {
        String key = unique() + "B";
        Roster r = family(key, "王");
        r.row(key, RosterColumn.NAME, "王错号", RosterColumn.ID_NUMBER, "430621198001011235",
                RosterColumn.CATEGORIES, "留守妇女");
        r.row(key, RosterColumn.NAME, "王性别", RosterColumn.ID_NUMBER, idNumber(bornYearsAgo(30), Gender.FEMALE),
                RosterColumn.CATEGORIES, "留守妇女", RosterColumn.GENDER, "男");
        r.row(key, RosterColumn.NAME, "王电话", RosterColumn.ID_NUMBER, idNumber(bornYearsAgo(30), Gender.FEMALE),
                RosterColumn.CATEGORIES, "留守妇女", RosterColumn.PHONE, "12345");
        r.row(key, RosterColumn.NAME, "王类别", RosterColumn.ID_NUMBER, idNumber(bornYearsAgo(30), Gender.FEMALE),
                RosterColumn.CATEGORIES, "留守青年");
        r.row(unique() + "X", RosterColumn.VILLAGE, "没有村", RosterColumn.HEAD_NAME, "某",
                RosterColumn.NAME, "赵无村", RosterColumn.ID_NUMBER, idNumber(bornYearsAgo(30), Gender.FEMALE),
                RosterColumn.CATEGORIES, "留守妇女");

        ImportResult result = run(r.csv(false), false, false);

        assertEquals(3, result.imported);
        assertEquals(5, result.rejected);
        Map<Integer, ImportProblemDTO> byLine = errors(result).stream()
                .collect(Collectors.toMap(p -> p.line, p -> p, (a, b) -> a));
        assertEquals("身份证号码", byLine.get(5).column);
        assertEquals("性别", byLine.get(6).column);
        assertEquals("联系电话", byLine.get(7).column);
        assertEquals("类别", byLine.get(8).column);
        assertTrue(byLine.get(8).expected, byLine.get(8).expected.contains("留守妇女"));
        assertEquals("村(社区)", byLine.get(9).column);
        assertTrue(byLine.get(9).problem, byLine.get(9).problem.contains("没有村"));
    }

    @Test
    public void exactAndLikelyDuplicatesAreReportedNotImportedUnlessConfirmed() {
        String key = unique() + "D";
        Roster r = family(key, "孙");
        String woman = r.rows.get(0).get(RosterColumn.ID_NUMBER);
        run(r.csv(false), false, false);

        Roster next = new Roster();
        String key2 = unique() + "D";
        // same birth date and gender, another ID number, name one character off: possibly the same woman
        String sameBirth = woman.substring(0, 6).replace("43", "44") + woman.substring(6, 14) + "002";
        sameBirth = sameBirth + org.guanai.registry.internal.validation.ResidentIdNumber.checkDigit(sameBirth);
        next.row(key2, RosterColumn.VILLAGE, "青山村", RosterColumn.HEAD_NAME, "孙某", RosterColumn.NAME, "孙秀瑛",
                RosterColumn.ID_NUMBER, sameBirth, RosterColumn.CATEGORIES, "留守妇女");
        // the same ID number twice in the file
        String twice = idNumber(bornYearsAgo(40), Gender.FEMALE);
        next.row(key2, RosterColumn.NAME, "孙一", RosterColumn.ID_NUMBER, twice, RosterColumn.CATEGORIES, "留守妇女");
        next.row(key2, RosterColumn.NAME, "孙二", RosterColumn.ID_NUMBER, twice, RosterColumn.CATEGORIES, "留守妇女");

        ImportResult result = run(next.csv(false), false, false);
        assertEquals(1, result.duplicates);
        assertEquals(1, result.rejected);
        ImportProblemDTO dup = result.problems.stream().filter(p -> p.severity == Severity.DUPLICATE).findFirst()
                .orElseThrow();
        assertEquals(2, dup.line);
        long womanId = registry.persons.findByIdNumber(woman).orElseThrow().id;
        assertTrue(dup.problem, dup.problem.contains("person " + womanId));
        assertTrue(registry.persons.findByIdNumber(sameBirth).isEmpty());
        assertTrue(result.problems.stream().anyMatch(p -> p.line == 4 && p.problem.contains("line 3")));

        ImportResult confirmed = run(next.csv(false), false, true);
        assertEquals(0, confirmed.duplicates);
        assertTrue(registry.persons.findByIdNumber(sameBirth).isPresent());
    }

    @Test
    public void similarNames() {
        assertTrue(DuplicateFinder.similarNames("张秀英", "张秀英"));
        assertTrue(DuplicateFinder.similarNames("张秀英", "张秀瑛"));
        assertTrue(DuplicateFinder.similarNames("张秀英", "张英"));
        assertFalse(DuplicateFinder.similarNames("张秀英", "李秀瑛"));
        assertFalse(DuplicateFinder.similarNames("张伟", "王伟"));
        assertFalse(DuplicateFinder.similarNames("张秀英", "张丽"));
    }

    @Test
    public void aDryRunWritesNothing() {
        String key = unique() + "R";
        Roster r = family(key, "冯");
        long before = registry.count("Person");
        ImportResult result = run(r.csv(false), true, false);
        assertEquals(3, result.imported);
        assertEquals(before, registry.count("Person"));
        assertTrue(registry.households.list(new HouseholdQuery(), PageRequest.of(0, 500)).items.stream()
                .noneMatch(h -> key.equals(h.householdKey)));
    }

    @Test
    public void aChunkThatFailsWritesNothingOfItselfAndAReRunCompletes() {
        String prefix = unique();
        Roster r = new Roster();
        for (int i = 0; i < 4; i++) {
            Roster f = family(prefix + "C" + i, "陈");
            r.rows.addAll(f.rows);
        }
        ChunkWriter engine = roster.engine().writer;
        engine.chunkRows = 3; // one household per chunk
        engine.hook = chunk -> {
            if (chunk == 2) {
                throw new IllegalStateException("injected failure in chunk 2");
            }
        };
        try {
            run(r.csv(false), false, false);
            fail("the injected failure should stop the import");
        } catch (IllegalStateException expected) {
            // the chunks before are stored whole, nothing of chunk 2
        } finally {
            engine.hook = chunk -> { };
        }
        try {
            assertEquals(2, households(prefix).size());
            assertTrue(registry.persons.findByIdNumber(r.rows.get(6).get(RosterColumn.ID_NUMBER)).isEmpty());
            assertTrue(registry.persons.findByIdNumber(r.rows.get(8).get(RosterColumn.ID_NUMBER)).isEmpty());

            ImportResult rerun = run(r.csv(false), false, false);
            assertEquals(6, rerun.imported);
            assertEquals(6, rerun.unchanged);
            assertEquals(4, households(prefix).size());
        } finally {
            engine.chunkRows = ChunkWriter.CHUNK_ROWS;
        }
    }

    private static List<HouseholdDTO> households(String prefix) {
        return registry.households.list(new HouseholdQuery(), PageRequest.of(0, 500)).items.stream()
                .filter(h -> h.householdKey != null && h.householdKey.startsWith(prefix)).toList();
    }

    @Test
    public void anUnmaskedExportReImportsToTheSameData() throws Exception {
        String key = unique() + "X";
        Roster r = family(key, "蒋");
        run(r.csv(false), false, false);
        RosterExportQuery q = new RosterExportQuery();
        q.townshipCode = TOWNSHIP_A;
        for (RosterFormat format : RosterFormat.values()) {
            q.format = format;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int persons = roster.export(q, out); // no caller: trusted, unmasked
            assertTrue(persons >= 3);
            ImportResult again = run(out.toByteArray(), false, false);
            assertEquals(format + " " + errors(again), 0, again.imported + again.rejected + again.duplicates);
        }
    }

    @Test
    public void aMaskedExportMasksIdNumbersAndPhones() throws Exception {
        String key = unique() + "M";
        Roster r = family(key, "韩");
        run(r.csv(false), false, false);
        RosterExportQuery q = new RosterExportQuery();
        q.townshipCode = TOWNSHIP_A;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        org.guanai.registry.api.security.CallerContext.runAs(
                org.guanai.registry.api.security.Caller.of("clerk", java.util.Set.of("county"), "test"), () -> {
                    try {
                        roster.export(q, out);
                    } catch (IOException e) {
                        throw new AssertionError(e);
                    }
                });
        String csv = out.toString(StandardCharsets.UTF_8);
        String id = r.rows.get(0).get(RosterColumn.ID_NUMBER);
        assertFalse(csv.contains(id));
        assertTrue(csv.contains(id.substring(0, 6) + "********" + id.substring(14)));
        assertFalse(csv.contains("13800001111"));
        assertTrue(csv.contains("138****1111"));
    }

    @Test
    public void anExportHoldsOnlyTheCallersDivisionsAndIsAudited() throws Exception {
        String key = unique() + "S";
        Roster r = family(key, "邓");
        run(r.csv(false), false, false);
        String id = r.rows.get(0).get(RosterColumn.ID_NUMBER);
        String masked = id.substring(0, 6) + "********" + id.substring(14);

        String county = exportAs(Caller.of("county1", Set.of("county"), "test"));
        String xilin = exportAs(Caller.of("xilin", Set.of("township"), "test"));

        assertTrue("the family lives in 东塘镇", county.contains(masked));
        assertFalse("xilin sees 西林乡 only", xilin.contains(masked));
        assertTrue(AUDIT.events.stream().anyMatch(e -> e.operation().equals("export") && e.user().equals("xilin")
                && e.detail().contains("masked")));
    }

    @Test
    public void anImportByStaffOfOneTownshipRejectsTheHouseholdsOfAnother() {
        String key = unique() + "T";
        Roster r = family(key, "龚");
        ImportResult result = org.guanai.registry.api.security.CallerContext.callAs(
                Caller.of("xilin", Set.of("township"), "test"), () -> run(r.csv(false), false, false));
        assertEquals(0, result.imported);
        assertTrue(errors(result).toString(), errors(result).stream()
                .anyMatch(p -> p.problem.contains("outside your divisions")));
        assertTrue(registry.households.list(new HouseholdQuery(), PageRequest.of(0, 500)).items.stream()
                .noneMatch(h -> key.equals(h.householdKey)));
    }

    private static String exportAs(Caller caller) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        org.guanai.registry.api.security.CallerContext.runAs(caller, () -> {
            try {
                RosterExportQuery q = new RosterExportQuery();
                roster.export(q, out);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    public void guardianOnlyRowsOfASeparateSheetAttachToTheChild() {
        String key = unique() + "G";
        Roster r = family(key, "杨");
        Map<RosterColumn, String> child = r.rows.get(1);
        String guardian = child.remove(RosterColumn.GUARDIAN_ID_NUMBER);
        child.remove(RosterColumn.GUARDIAN_RELATION);
        child.remove(RosterColumn.GUARDIAN_CAPACITY);
        child.remove(RosterColumn.GUARDIAN_PHONE);
        Map<RosterColumn, String> g = r.row("", RosterColumn.ID_NUMBER, child.get(RosterColumn.ID_NUMBER),
                RosterColumn.GUARDIAN_ID_NUMBER, guardian, RosterColumn.GUARDIAN_RELATION, "祖父母",
                RosterColumn.GUARDIAN_CAPACITY, "良好");
        g.remove(RosterColumn.HOUSEHOLD_KEY);
        ImportResult result = run(r.csv(false), false, false);
        assertEquals(errors(result).toString(), 4, result.imported);
        GuardianshipQuery q = new GuardianshipQuery();
        q.childId = registry.persons.findByIdNumber(child.get(RosterColumn.ID_NUMBER)).orElseThrow().id;
        assertEquals(1, registry.guardianships.list(q, PageRequest.of(0, 10)).total);
    }

    @Test
    public void aGuardianWhoIsNotThereRejectsTheChildRow() {
        String key = unique() + "N";
        Roster r = family(key, "朱");
        r.rows.get(1).put(RosterColumn.GUARDIAN_ID_NUMBER, idNumber(bornYearsAgo(60), Gender.MALE));
        ImportResult result = run(r.csv(false), false, false);
        assertEquals(1, result.rejected);
        ImportProblemDTO p = errors(result).get(0);
        assertEquals(3, p.line);
        assertEquals("监护人身份证号码", p.column);
    }

    @Test
    public void householdKeysAreUniqueButOptional() {
        HouseholdDTO a = new HouseholdDTO();
        a.villageCode = VILLAGE_A1;
        a.headName = "无编号";
        registry.households.create(a);
        registry.households.create(a);
        a.householdKey = unique() + "K";
        registry.households.create(a);
        try {
            registry.households.create(a);
            fail();
        } catch (org.guanai.registry.api.ConflictException e) {
            assertEquals("householdKey", e.field());
        }
    }

    @Test
    public void theWholeFileIsRefusedWhenItHasNoRosterHeader() {
        try {
            RosterReader.read("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8));
            fail();
        } catch (org.guanai.registry.internal.roster.RosterFileException e) {
            assertTrue(e.getMessage().contains("户编号"));
        }
    }

    @Test
    public void unknownColumnsAreReportedOnce() {
        String key = unique() + "K";
        String csv = "户编号,村(社区),户主姓名,姓名,身份证号码,类别,民族\n"
                + key + ",青山村,某,某甲," + idNumber(bornYearsAgo(30), Gender.FEMALE) + ",留守妇女,汉\n"
                + key + ",青山村,某,某乙," + idNumber(bornYearsAgo(31), Gender.FEMALE) + ",留守妇女,汉\n";
        ImportResult result = run(csv.getBytes(StandardCharsets.UTF_8), false, false);
        assertEquals(2, result.imported);
        assertEquals(1, result.problems.stream().filter(p -> "民族".equals(p.column)).count());
    }
}
