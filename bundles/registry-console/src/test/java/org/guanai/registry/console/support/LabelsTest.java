package org.guanai.registry.console.support;

import static org.junit.Assert.assertEquals;

import java.time.LocalDate;
import java.util.EnumSet;

import org.guanai.registry.api.CareCategory;
import org.guanai.registry.api.Gender;
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
}
