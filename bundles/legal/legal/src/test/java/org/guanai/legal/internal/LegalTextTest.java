package org.guanai.legal.internal;

import static org.junit.Assert.assertEquals;

import java.util.List;
import java.util.Locale;

import org.guanai.registry.api.Message;
import org.junit.Test;

public class LegalTextTest {

    @Test
    public void everyKeyIsInBothLanguages() {
        assertEquals(List.of(), LegalText.TEXT.problems());
    }

    @Test
    public void chineseFirstEnglishWhenAsked() {
        Message closed = LegalText.text("case.closed.noStep", LegalText.text("step.FOLLOW_UP"));
        assertEquals("案件已结案，不能再添加跟进", closed.render(null));
        assertEquals("the case is closed: no follow-up can be added", closed.render(Locale.ENGLISH));
        assertEquals("only legal staff register and correct rights cases",
                LegalText.text("role.onlyLegal").render(Locale.ENGLISH));
    }
}
