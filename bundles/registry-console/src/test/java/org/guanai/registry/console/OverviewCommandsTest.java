package org.guanai.registry.console;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.util.List;

import org.guanai.registry.api.PersonDTO;
import org.guanai.registry.api.SchoolStage;
import org.guanai.registry.api.StatsService;
import org.guanai.registry.api.TownshipStatsDTO;
import org.guanai.shell.api.ConfinedFolder;
import org.guanai.testing.Captured;
import org.guanai.testing.fakes.FakeDivisions;
import org.guanai.testing.fakes.FakeGuardianships;
import org.guanai.testing.fakes.FakePersons;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** Statistics, alerts and divisions. */
public class OverviewCommandsTest {

    @Rule
    public final Captured console = new Captured();

    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void statsPrintsOneRowPerTownshipAndTheCountyTotalLast() throws Exception {
        Stats stats = new Stats();
        stats.stats = new StatsService() {
            @Override
            public List<TownshipStatsDTO> byTownship() {
                return List.of(row("330726001", "浦阳街道", 812, 305, 77, 640, 9, 3),
                        row("330726101", "黄宅镇", 1204, 498, 120, 1010, 14, 0));
            }

            @Override
            public TownshipStatsDTO county() {
                return row("330726", "浦江县", 2016, 803, 197, 1650, 23, 3);
            }

            @Override
            public List<org.guanai.registry.api.MigrantDestinationDTO> migrantDestinations(String townshipCode) {
                return List.of();
            }

            @Override
            public List<org.guanai.registry.api.MonthlyStatsDTO> monthly(String townshipCode, java.time.YearMonth from,
                                                                        java.time.YearMonth to) {
                return List.of();
            }
        };
        stats.execute();

        List<String> lines = console.out().lines().toList();
        assertEquals(console.out(), 5, lines.size());
        assertEquals("代码      | 乡镇        | 妇女 | 儿童 | 老人 | 户数 | 站点 | 无监护能力", lines.get(0));
        assertEquals("330726001 | 浦阳街道    |  812 |  305 |   77 |  640 |    9 |          3", lines.get(2));
        assertEquals("330726    | 合计 浦江县 | 2016 |  803 |  197 | 1650 |   23 |          3", lines.get(4));
    }

    @Test
    public void alertsListTheChildrenOfTheTownship() throws Exception {
        FakeGuardianships guardianships = new FakeGuardianships();
        PersonDTO child = FakePersons.person(2, "李小明", "330726201503150031", "330726101201");
        child.schoolStage = SchoolStage.PRIMARY;
        guardianships.alerts.add(child);
        GuardianshipAlerts alerts = new GuardianshipAlerts();
        alerts.guardianships = guardianships;
        alerts.divisions = new FakeDivisions();
        alerts.township = "330726101";
        alerts.execute();

        assertEquals("330726101", guardianships.lastAlertTownship);
        assertTrue(console.out(), console.out().contains(" 2 | 李小明 |"));
        assertTrue(console.out(), console.out().contains("| 小学     |"));
        assertTrue(console.out(), console.out().contains("第 1–1 条，共 1 条无有效监护人的儿童"));
    }

    @Test
    public void divisionListShowsTheTownshipsWithTheirVillageCounts() throws Exception {
        DivisionList list = new DivisionList();
        list.divisions = new FakeDivisions();
        list.execute();

        List<String> lines = console.out().lines().toList();
        assertEquals("浦江县（330726）的乡镇：", lines.get(0));
        assertEquals("330726001 | 浦阳街道 |          1", lines.get(3));
        assertEquals("330726101 | 黄宅镇   |          2", lines.get(4));
    }

    @Test
    public void divisionImportDropsTheByteOrderMarkOfUtf8() throws Exception {
        FakeDivisions divisions = new FakeDivisions();
        Files.writeString(folder.getRoot().toPath().resolve("divisions.csv"), "\uFEFFcode,name,parent_code\n330726102,郑宅镇,330726\n");
        DivisionImport command = divisionImport(divisions);
        command.file = "divisions.csv";
        command.execute();

        assertEquals("code,name,parent_code\n330726102,郑宅镇,330726", divisions.imported);
        assertEquals("已导入 divisions.csv：新增或更新 1 个区划" + System.lineSeparator(), console.out());
    }

    @Test
    public void divisionImportReadsGbkWhenAskedTo() throws Exception {
        FakeDivisions divisions = new FakeDivisions();
        Files.writeString(folder.getRoot().toPath().resolve("gbk.csv"), "330726102,郑宅镇,330726\n", Charset.forName("GBK"));
        DivisionImport command = divisionImport(divisions);
        command.file = "gbk.csv";
        command.charset = "gbk";
        command.execute();

        assertEquals("330726102,郑宅镇,330726", divisions.imported);
        assertEquals("", console.err());
    }

    @Test
    public void divisionImportReportsAMissingFileOrWrongEncodingPlainly() throws Exception {
        Files.writeString(folder.getRoot().toPath().resolve("gbk.csv"), "330726102,郑宅镇,330726\n", Charset.forName("GBK"));
        DivisionImport command = divisionImport(new FakeDivisions());
        command.file = "gbk.csv";
        command.execute();
        command.file = "missing.csv";
        command.execute();
        command.file = "/etc/hostname"; // issue 9: import --dry-run /etc/hostname opened a system file
        command.execute();

        String[] errors = console.err().split(System.lineSeparator());
        assertEquals("gbk.csv：不是 UTF-8 文本；试试 --charset GBK", errors[0]);
        assertTrue(errors[1], errors[1].startsWith("FILE: 文件夹 " + folder.getRoot() + " 中没有 missing.csv"));
        assertTrue(errors[2], errors[2].startsWith("FILE: \"/etc/hostname\": 只接受文件名"));
    }

    private DivisionImport divisionImport(FakeDivisions divisions) {
        DivisionImport command = new DivisionImport();
        command.divisions = divisions;
        command.files = new ConfinedFolder(folder.getRoot().toPath());
        return command;
    }

    private static TownshipStatsDTO row(String code, String name, long women, long children, long elderly,
            long households, long sites, long alerts) {
        TownshipStatsDTO t = new TownshipStatsDTO();
        t.townshipCode = code;
        t.townshipName = name;
        t.women = women;
        t.children = children;
        t.elderly = elderly;
        t.households = households;
        t.sites = sites;
        t.childrenWithoutCapableGuardian = alerts;
        return t;
    }
}
