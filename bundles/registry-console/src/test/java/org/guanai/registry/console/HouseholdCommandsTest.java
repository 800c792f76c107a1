package org.guanai.registry.console;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.LocalDate;
import java.util.List;

import org.guanai.registry.api.HomeFrequency;
import org.guanai.registry.api.HouseholdDTO;
import org.guanai.registry.api.MigrantMemberDTO;
import org.guanai.registry.api.MigrantRelation;
import org.guanai.shell.api.BadInputException;
import org.junit.Rule;
import org.junit.Test;
import org.guanai.testing.fakes.FakeDivisions;
import org.guanai.testing.fakes.FakeHouseholds;
import org.guanai.testing.fakes.FakePersons;
import org.guanai.testing.Captured;

public class HouseholdCommandsTest {

    @Rule
    public final Captured console = new Captured();

    private final FakeHouseholds households = new FakeHouseholds();

    @Test
    public void aMigrantIsReadFromItsCommaSeparatedValues() {
        MigrantMemberDTO m = HouseholdAdd.parseMigrant(1,
                "李建国,husband,广东,东莞,长安镇某电子厂,13800138000,2019-03,twice-a-year");
        assertEquals("李建国", m.name);
        assertEquals(MigrantRelation.HUSBAND, m.relation);
        assertEquals("广东", m.workProvince);
        assertEquals("东莞", m.workCity);
        assertEquals("长安镇某电子厂", m.employer);
        assertEquals("13800138000", m.phone);
        assertEquals(LocalDate.of(2019, 3, 1), m.awaySince);
        assertEquals(HomeFrequency.TWICE_A_YEAR, m.homeFrequency);
    }

    @Test
    public void trailingMigrantValuesMayBeLeftOutAndChineseCommasWork() {
        MigrantMemberDTO m = HouseholdAdd.parseMigrant(2, "李芳，WIFE，浙江，杭州");
        assertEquals("李芳", m.name);
        assertEquals(MigrantRelation.WIFE, m.relation);
        assertEquals("杭州", m.workCity);
        assertNull(m.employer);
        assertNull(m.awaySince);
        assertNull(m.homeFrequency);
    }

    @Test
    public void aBadMigrantValueNamesWhichMigrantAndWhichPart() {
        assertBad("--migrant #2 relation: 'BROTHER' is not one of HUSBAND, WIFE, FATHER, MOTHER, SON, DAUGHTER, OTHER",
                () -> HouseholdAdd.parseMigrant(2, "李强,BROTHER"));
        assertBad("--migrant #1 since: '2019/03' is not a month (YYYY-MM)",
                () -> HouseholdAdd.parseMigrant(1, "李强,SON,广东,深圳,,,2019/03"));
    }

    @Test
    public void householdAddSendsEveryMigrant() throws Exception {
        HouseholdAdd add = new HouseholdAdd();
        add.households = households;
        add.village = "330726001201";
        add.head = "李建国";
        add.hardship = true;
        add.migrants = List.of("李建国,HUSBAND,广东,东莞", "李磊,SON,上海,上海,,,2022-07,YEARLY");
        add.execute();

        HouseholdDTO sent = households.lastCreated;
        assertEquals(2, sent.migrantMembers.size());
        assertEquals(MigrantRelation.SON, sent.migrantMembers.get(1).relation);
        assertTrue(sent.hardship);
        assertEquals("已登记家庭 10 · 李建国（外出成员 2 人）" + System.lineSeparator(), console.out());
    }

    @Test
    public void aBadMigrantStopsTheCommandWithAPlainMessage() throws Exception {
        HouseholdAdd add = new HouseholdAdd();
        add.households = households;
        add.village = "330726001201";
        add.head = "李建国";
        add.migrants = List.of("李建国,HUSBAND", "李磊,SON,上海,上海,,,2022-07,SOMETIMES");
        add.execute();

        assertNull(households.lastCreated);
        assertTrue(console.err(), console.err().startsWith("--migrant #2 frequency：“SOMETIMES”不是以下之一：WEEKLY,"));
    }

    @Test
    public void householdShowListsTheMigrantMembers() throws Exception {
        HouseholdDTO h = new HouseholdDTO();
        h.id = 10L;
        h.headName = "李建国";
        h.villageCode = "330726001201";
        h.townshipCode = "330726001";
        MigrantMemberDTO m = HouseholdAdd.parseMigrant(1, "李建国,HUSBAND,广东,东莞,某电子厂,13800138000,2019-03,YEARLY");
        h.migrantMembers.add(m);
        households.records.put(10L, h);

        HouseholdShow show = new HouseholdShow();
        show.households = households;
        show.persons = new FakePersons();
        show.divisions = new FakeDivisions();
        show.id = "10";
        show.execute();

        String out = console.out();
        assertTrue(out, out.contains("  村(社区)  石门村 (330726001201)"));
        assertTrue(out, out.contains("李建国 | 丈夫 | 广东/东莞 | 某电子厂 | 13800138000 | 2019-03 | 每年"));
        assertTrue(out, out.contains("登记人员（0）："));
    }

    private static void assertBad(String message, Runnable parse) {
        try {
            parse.run();
            fail("expected: " + message);
        } catch (BadInputException e) {
            assertEquals(message, e.getMessage(java.util.Locale.ENGLISH));
        }
    }
}
