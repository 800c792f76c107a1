package org.guanai.registry.internal.roster;

import static org.junit.Assert.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.Test;

public class ImportMessagesTest {
    /** Lines whose Chinese half carries a rule's own bilingual text ({0}) that the English half leaves out. */
    private static final Set<String> CHINESE_CARRIES_THE_RULE = Set.of("HOUSEHOLD_ROWS_NOT_IMPORTED", "DUPLICATE_HELD",
            "DUPLICATE_CONFIRMED", "PARENT_NAME_MISSING", "GUARDIAN_REGISTERED");

    @Test
    public void everyLineIsInBothLanguages() {
        List<String> problems = ImportMessages.TEXT.problems().stream()
                .filter(p -> !(p.contains(" has arguments ") && CHINESE_CARRIES_THE_RULE.contains(p.split(" ")[0])))
                .collect(Collectors.toList());
        assertEquals(List.of(), problems);
        for (ImportMessages m : ImportMessages.values()) {
            assertEquals(m.name(), true, ImportMessages.TEXT.has(m.name()));
        }
    }

    @Test
    public void aLineIsChineseThenEnglish() {
        assertEquals("与第 3 行身份证号码相同，此行未导入 / the same ID number as line 3; this row is not imported",
                ImportMessages.SAME_ID_IN_FILE.text(3));
        assertEquals("人员的姓名 / the person's name", ImportMessages.NAME_MISSING_EXPECTED.text());
    }
}
