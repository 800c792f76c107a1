package org.guanai.meeting.console.support;

import static org.junit.Assert.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.guanai.meeting.api.MatterDTO;
import org.guanai.meeting.api.MatterState;
import org.guanai.registry.api.Message;
import org.guanai.registry.api.Status;
import org.guanai.shell.api.Console;
import org.junit.Test;

public class LabelsTest {

    @Test
    public void everySentenceAndLabelIsInBothLanguages() {
        assertEquals(List.of(), Labels.TEXT.problems());
    }

    @Test
    public void statesAndStatusesAreWordsInTheSessionsLanguage() throws Exception {
        MatterDTO done = new MatterDTO();
        done.state = MatterState.DONE;
        done.doneOn = LocalDate.of(2026, 11, 30);
        MatterDTO late = new MatterDTO();
        late.state = MatterState.OPEN;
        late.overdue = true;
        assertEquals("已办结 2026-11-30", Labels.state(done));
        assertEquals("逾期", Labels.state(late));
        assertEquals("已退出", Labels.status(Status.ENDED));
        assertEquals("责任单位", Labels.col("department"));
        Console.speaking(Message.ENGLISH, () -> {
            assertEquals("done 2026-11-30", Labels.state(done));
            assertEquals("overdue", Labels.state(late));
            assertEquals("member", Labels.status(Status.ACTIVE));
            assertEquals("department", Labels.col("department"));
            assertEquals("Matter 4 done (2026-11-30, late)",
                    Labels.say("matter.done", 4, "2026-11-30", Labels.text("matter.doneLate")));
        });
    }

    @Test
    public void statesAreReadByNameOrChinese() {
        assertEquals(MatterState.DONE, Labels.state("--state", "已办结"));
        assertEquals(MatterState.OPEN, Labels.state("--state", "open"));
    }
}
