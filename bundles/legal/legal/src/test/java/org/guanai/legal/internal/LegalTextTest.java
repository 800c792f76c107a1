package org.guanai.legal.internal;

import static org.junit.Assert.assertEquals;

import java.util.List;
import java.util.Locale;

import org.junit.Test;

public class LegalTextTest {

    @Test
    public void everyKeyIsInBothLanguages() {
        assertEquals(List.of(), LegalText.TEXT.problems());
    }

    @Test
    public void chineseFirstEnglishWhenAsked() {
        assertEquals("案件已结案，不能再添加{0}（{1}）", LegalText.text("theCaseIsClosedNo").render(null));
        assertEquals("the case is closed: no {1} can be added ({0})", LegalText.text("theCaseIsClosedNo").render(Locale.ENGLISH));
    }
}
