package org.guanai.registry.internal.roster;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.guanai.registry.api.Message;
import org.guanai.registry.api.roster.RosterColumn;
import org.junit.Test;

public class ImportMessagesTest {
    /** Lines whose two languages place their arguments differently (a label in Chinese, a code in English). */
    private static final Set<String> ARGUMENTS_DIFFER = Set.of("PARENT_NAME_MISSING", "GUARDIAN_REGISTERED");

    @Test
    public void everyLineIsInBothLanguages() {
        List<String> problems = ImportMessages.TEXT.problems().stream()
                .filter(p -> !(p.contains(" has arguments ") && ARGUMENTS_DIFFER.contains(p.split(" ")[0])))
                .collect(Collectors.toList());
        assertEquals(List.of(), problems);
        for (ImportMessages m : ImportMessages.values()) {
            assertEquals(m.name(), true, ImportMessages.TEXT.has(m.name()));
        }
    }

    @Test
    public void everyColumnSaysWhatItHoldsInBothLanguages() {
        for (RosterColumn c : RosterColumn.values()) {
            assertEquals(c.name(), true, ImportMessages.TEXT.has("hint." + c.name()));
            String both = ImportMessages.hint(c);
            // the English is the column's documented description; the Chinese its own (a list of values: the same)
            assertEquals(c.name(), c.description(), ReportText.render(both, Message.ENGLISH));
            String chinese = ReportText.render(both, Message.CHINESE);
            assertTrue(c.name() + ": " + chinese, chinese.codePoints()
                    .anyMatch(p -> Character.UnicodeScript.of(p) == Character.UnicodeScript.HAN));
        }
        assertEquals("18 位居民身份证号码，校验码正确；再次导入时按它对应已有人员",
                ReportText.render(ImportMessages.hint(RosterColumn.ID_NUMBER), Message.CHINESE));
        assertEquals(null, ImportMessages.hint(null));
    }

    @Test
    public void theReportFilesHeaderIsInTheReadersLanguage() {
        assertEquals(List.of("行", "列", "问题", "应为", "级别", "工作表"), ImportMessages.reportHeader(Message.CHINESE));
        assertEquals(List.of("line", "column", "problem", "expected", "severity", "sheet"),
                ImportMessages.reportHeader(Locale.ENGLISH));
    }

    @Test
    public void aLineKeepsBothLanguagesForTheReaderToChooseFrom() {
        String line = ImportMessages.SAME_ID_IN_FILE.text(3);
        assertEquals("与第 3 行身份证号码相同，此行未导入", ReportText.render(line, Message.CHINESE));
        assertEquals("the same ID number as line 3; this row is not imported", ReportText.render(line, Message.ENGLISH));
        assertEquals("the person's name", ReportText.render(ImportMessages.NAME_MISSING_EXPECTED.text(), Locale.ENGLISH));
    }

    @Test
    public void aLineAroundAnotherRendersEachInItsLanguage() {
        String inner = ImportMessages.OUTSIDE_SCOPE.text("430621100201");
        String outer = ImportMessages.HOUSEHOLD_ROWS_NOT_IMPORTED.text(inner);
        assertEquals(ReportText.render(inner, Message.CHINESE) + "；该户各行均未导入", ReportText.render(outer, Message.CHINESE));
        assertEquals(ReportText.render(inner, Message.ENGLISH) + "; the household's rows are not imported",
                ReportText.render(outer, Message.ENGLISH));
    }

    @Test
    public void reportsStoredBeforeStillRead() {
        // one "中文 / English" text, as reports were stored before both renderings were kept apart
        String old = "与第 3 行身份证号码相同，此行未导入 / the same ID number as line 3; this row is not imported";
        assertEquals("与第 3 行身份证号码相同，此行未导入", ReportText.render(old, Message.CHINESE));
        assertEquals("the same ID number as line 3; this row is not imported", ReportText.render(old, Locale.ENGLISH));
        String values = "祖父母 / 母亲 / 父亲";
        assertEquals("a text that does not split cleanly is shown whole", values, ReportText.render(values, Locale.ENGLISH));
        assertEquals("18-character resident ID number", ReportText.render("18-character resident ID number", Message.CHINESE));
        assertEquals(null, ReportText.render(null, Message.CHINESE));
    }

    @Test
    public void aCellCannotForgeTheSeparator() {
        String line = ImportMessages.NOT_A_CATEGORY.text("WOMAN" + ReportText.SEPARATOR + "假");
        assertEquals(-1, ReportText.render(line, Message.CHINESE).indexOf(ReportText.SEPARATOR));
        assertEquals(-1, ReportText.render(line, Message.ENGLISH).indexOf(ReportText.SEPARATOR));
    }
}
