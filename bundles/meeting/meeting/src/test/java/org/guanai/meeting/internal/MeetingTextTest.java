package org.guanai.meeting.internal;

import static org.junit.Assert.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.guanai.testing.SourceKeys;
import org.junit.Test;

public class MeetingTextTest {

    @Test
    public void everyKeyTheDashboardAndTheBulletinNameIsThere() {
        // a key in neither file would show as the key itself on the dashboard
        assertEquals(List.of(), SourceKeys.missing(MeetingText.TEXT, Path.of("src/main/java/org/guanai/meeting/internal/spi"), "zh", "en", "text", "figure", "column", "both"));
    }

    @Test
    public void everyKeyIsInBothLanguages() {
        assertEquals(List.of(), MeetingText.TEXT.problems());
    }

    @Test
    public void chineseFirstEnglishWhenAsked() {
        assertEquals("事项已办结，不能再更改", MeetingText.text("matter.done").render(null));
        assertEquals("the matter is done and can no longer change", MeetingText.text("matter.done").render(Locale.ENGLISH));
    }
}
