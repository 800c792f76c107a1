package org.guanai.registry.console;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;

import org.guanai.registry.api.CareCategory;
import org.guanai.registry.api.EndReason;
import org.guanai.registry.api.FieldError;
import org.guanai.registry.api.Gender;
import org.guanai.registry.api.PersonDTO;
import org.guanai.registry.api.Status;
import org.guanai.registry.api.ValidationException;
import org.guanai.testing.Captured;
import org.guanai.testing.fakes.FakeDivisions;
import org.guanai.testing.fakes.FakePersons;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

public class PersonCommandsTest {

    @Rule
    public final Captured console = new Captured();

    private final FakePersons persons = new FakePersons();
    private final FakeDivisions divisions = new FakeDivisions();

    @Before
    public void registry() {
        PersonDTO woman = FakePersons.person(1, "王秀英", "33072619850312002X", "330726001201");
        woman.gender = Gender.FEMALE;
        woman.birthDate = LocalDate.of(1985, 3, 12);
        woman.categories = EnumSet.of(CareCategory.LEFT_BEHIND_WOMAN);
        PersonDTO child = FakePersons.person(2, "李小明", "330726201503150031", "330726101201");
        child.gender = Gender.MALE;
        child.birthDate = LocalDate.of(2015, 3, 15);
        child.categories = EnumSet.of(CareCategory.LEFT_BEHIND_CHILD);
        persons.add(woman).add(child);
    }

    @Test
    public void personListPrintsOneRowPerPersonAsTheServiceShowsIt() throws Exception {
        // the registry masks for the caller (Visibility); the console prints what it is given, never masks again
        persons.records.get(1L).idNumber = "330726********002X";
        PersonList list = new PersonList();
        list.persons = persons;
        list.divisions = divisions;
        list.execute();

        String out = console.out();
        List<String> lines = out.lines().toList();
        assertEquals(out, 5, lines.size());
        assertEquals(List.of("编号", "姓名", "性别", "身份证号码", "年龄", "类别", "村(社区)", "状态"),
                cells(lines.get(0)));
        String womanAge = String.valueOf(LocalDate.of(1985, 3, 12).until(LocalDate.now()).getYears());
        assertEquals(List.of("1", "王秀英", "女", "330726********002X", womanAge, "妇女", "石门村", "有效"),
                cells(lines.get(2)));
        assertEquals("李小明", cells(lines.get(3)).get(1));
        assertEquals("前吴村", cells(lines.get(3)).get(6));
        assertEquals("第 1–2 条，共 2 条人员", lines.get(4));
        assertFalse("the full ID number stays hidden", out.contains("19850312"));
        assertEquals("", console.err());
    }

    private static List<String> cells(String line) {
        return Arrays.stream(line.split("\\|")).map(String::trim).collect(Collectors.toList());
    }

    @Test
    public void personListTurnsOptionsIntoTheQuery() throws Exception {
        PersonList list = new PersonList();
        list.persons = persons;
        list.divisions = divisions;
        list.category = "child";
        list.status = "active";
        list.township = "330726101";
        list.household = "12";
        list.limit = "20";
        list.execute();

        assertEquals(CareCategory.LEFT_BEHIND_CHILD, persons.lastQuery.category);
        assertEquals(Status.ACTIVE, persons.lastQuery.status);
        assertEquals("330726101", persons.lastQuery.townshipCode);
        assertEquals(Long.valueOf(12), persons.lastQuery.householdId);
        assertEquals(20, persons.lastPage.limit);
        assertEquals("没有找到人员。" + System.lineSeparator(), console.out());
    }

    @Test
    public void aBadOptionValueIsReportedBeforeTheRegistryIsAsked() throws Exception {
        PersonList list = new PersonList();
        list.persons = persons;
        list.divisions = divisions;
        list.category = "MAN";
        assertNull(list.execute());

        assertEquals("--category：“MAN”不是以下之一：LEFT_BEHIND_WOMAN, LEFT_BEHIND_CHILD, LEFT_BEHIND_ELDERLY" + System.lineSeparator(), console.err());
        assertEquals(0, persons.calls);
    }

    @Test
    public void personAddSendsTheParsedFieldsAndPrintsTheNewId() throws Exception {
        PersonAdd add = new PersonAdd();
        add.persons = persons;
        add.name = "张桂兰";
        add.idNumber = "330726195001010046";
        add.categories = List.of("WOMAN", "elderly");
        add.village = "330726001201";
        add.birthDate = "1950-01-01";
        add.execute();

        PersonDTO sent = persons.lastCreated;
        assertEquals(EnumSet.of(CareCategory.LEFT_BEHIND_WOMAN, CareCategory.LEFT_BEHIND_ELDERLY), sent.categories);
        assertEquals(LocalDate.of(1950, 1, 1), sent.birthDate);
        assertNull(sent.phone);
        assertTrue(console.out(), console.out().startsWith("已登记人员 102 · 张桂兰"));
    }

    @Test
    public void aValidationExceptionFromTheServiceIsPrintedFieldByField() throws Exception {
        persons.refusal = () -> {
            throw new ValidationException(List.of(new FieldError("idNumber", "check digit should be 6, not 5"),
                    new FieldError("schoolStage", "only children have a school stage")));
        };
        PersonAdd add = new PersonAdd();
        add.persons = persons;
        add.name = "张桂兰";
        add.idNumber = "330726195001010045";
        add.categories = List.of("WOMAN");
        add.schoolStage = "primary";
        assertNull(add.execute());

        String nl = System.lineSeparator();
        assertEquals("人员有误：" + nl + "  idNumber: check digit should be 6, not 5" + nl
                + "  schoolStage: only children have a school stage" + nl, console.err());
        assertEquals("", console.out());
    }

    @Test
    public void personEndActsOnTheCurrentVersion() throws Exception {
        persons.records.get(2L).version = 4;
        PersonEnd end = new PersonEnd();
        end.persons = persons;
        end.id = "2";
        end.reason = "turned-16";
        end.date = "2031-03-15";
        end.execute();

        assertEquals(4, persons.lastExpectedVersion);
        assertEquals(EndReason.TURNED_16, persons.lastEnd.reason);
        assertEquals("已结束人员 2 · 李小明，结束日期 2031-03-15（年满16岁）" + System.lineSeparator(), console.out());
    }

    @Test
    public void anUnknownPersonIsAPlainMessage() throws Exception {
        PersonEnd end = new PersonEnd();
        end.persons = persons;
        end.id = "99";
        end.reason = "OTHER";
        end.execute();

        assertEquals("人员 99 不存在" + System.lineSeparator(), console.err());
    }
}
