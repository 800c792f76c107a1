package org.guanai.mutualaid.internal;

import static org.junit.Assert.assertEquals;

import java.util.List;
import java.util.Locale;

import org.junit.Test;

public class MutualAidTextTest {

    @Test
    public void everyKeyIsInBothLanguages() {
        assertEquals(List.of(), MutualAidText.TEXT.problems());
    }

    @Test
    public void chineseFirstEnglishWhenAsked() {
        assertEquals("必填", MutualAidText.text("required").render(null));
        assertEquals("is required", MutualAidText.text("required").render(Locale.ENGLISH));
    }
}
