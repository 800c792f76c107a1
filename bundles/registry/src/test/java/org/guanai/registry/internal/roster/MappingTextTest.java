package org.guanai.registry.internal.roster;

import static org.junit.Assert.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.guanai.registry.api.Message;
import org.guanai.registry.api.roster.RosterColumn;
import org.guanai.testing.SourceKeys;
import org.junit.Test;

public class MappingTextTest {

    @Test
    public void everyKeyIsInBothLanguages() {
        assertEquals(List.of(), MappingText.TEXT.problems());
        assertEquals(List.of(), SourceKeys.missing(MappingText.TEXT,
                Path.of("src/main/java/org/guanai/registry/internal/roster/MappingText.java"), "message"));
    }

    @Test
    public void aMappingLineIsChineseFirstAndEnglishWhenAsked() {
        String serial = MappingText.column("", "序号", RosterColumn.SERIAL);
        assertEquals("序号 → 序号 serial (只用于识别合计行)", ReportText.render(serial, Message.CHINESE));
        assertEquals("序号 → 序号 serial (only to tell a 合计 (total) row)", ReportText.render(serial, Message.ENGLISH));
        assertEquals("名单: 所在村 → 村(社区) village",
                ReportText.render(MappingText.column("名单: ", "所在村", RosterColumn.VILLAGE), Message.ENGLISH));
        String unknown = MappingText.unknown("", "爱好");
        assertEquals("爱好 → (未识别，忽略)", ReportText.render(unknown, Message.CHINESE));
        assertEquals("爱好 → (unknown, ignored)", ReportText.render(unknown, Message.ENGLISH));
        assertEquals("备注2 → (ignored as asked)", ReportText.render(MappingText.ignored("", "备注2"), Message.ENGLISH));
    }
}
