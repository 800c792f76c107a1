package org.guanai.operations.console;

import static org.junit.Assert.assertEquals;

import java.util.List;
import java.util.Locale;

import org.guanai.shell.api.Console;
import org.junit.Test;

public class OperationsTextTest {

    @Test
    public void everyKeyIsInBothLanguages() {
        assertEquals(List.of(), OperationsText.TEXT.problems());
    }

    @Test
    public void chineseUnlessTheSessionAsksForEnglish() throws Exception {
        assertEquals("没有被占用的迁移锁。", OperationsText.say("noLock"));
        String[] english = new String[1];
        Console.speaking(Locale.ENGLISH, () -> english[0] = OperationsText.say("released", "host-a", "2026-12-02 04:49:03"));
        assertEquals("Released the migration lock held by host-a since 2026-12-02 04:49:03; waiting migrations go on.",
                english[0]);
    }
}
