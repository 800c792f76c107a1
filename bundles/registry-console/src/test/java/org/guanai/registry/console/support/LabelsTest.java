package org.guanai.registry.console.support;

import static org.junit.Assert.assertEquals;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import org.guanai.registry.api.CareCategory;
import org.guanai.registry.api.Gender;
import org.guanai.registry.api.GuardianCapacity;
import org.guanai.shell.api.Console;
import org.junit.Test;

public class LabelsTest {

    @Test
    public void categoriesAndGenderPrintInShortChinese() {
        assertEquals("妇女、老人", Labels.categories(
                EnumSet.of(CareCategory.LEFT_BEHIND_ELDERLY, CareCategory.LEFT_BEHIND_WOMAN)));
        assertEquals("女", Labels.zh(Gender.FEMALE));
        assertEquals("", Labels.zh(null));
    }

    @Test
    public void ageCountsWholeYears() {
        LocalDate today = LocalDate.of(2025, 3, 11);
        assertEquals("39", Labels.age(LocalDate.of(1985, 3, 12), today));
        assertEquals("40", Labels.age(LocalDate.of(1985, 3, 11), today));
        assertEquals("", Labels.age(null, today));
    }

    @Test
    public void everyKeyIsInBothLanguages() {
        assertEquals(List.of(), Labels.TEXT.problems());
    }

    @Test
    public void headersFieldsAndValuesInEnglishWhenTheSessionAsks() throws Exception {
        assertEquals("身份证号码", Labels.col("idNumber"));
        assertEquals("良好", Labels.zh(GuardianCapacity.GOOD));
        String[] english = new String[5];
        Console.speaking(Locale.ENGLISH, () -> {
            english[0] = Labels.col("idNumber");
            english[1] = Labels.field("householdKey");
            english[2] = Labels.zh(GuardianCapacity.GOOD);
            english[3] = Labels.categories(EnumSet.of(CareCategory.LEFT_BEHIND_ELDERLY, CareCategory.LEFT_BEHIND_WOMAN));
            english[4] = Labels.say("household.added", 10, "李建国", 2);
        });
        assertEquals(List.of("ID number", "Household key", "good", "left-behind woman, left-behind elderly",
                "Added household 10 · 李建国 (2 migrant members)"), List.of(english));
    }
}
