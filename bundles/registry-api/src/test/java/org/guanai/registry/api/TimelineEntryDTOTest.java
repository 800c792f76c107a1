package org.guanai.registry.api;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.Test;

public class TimelineEntryDTOTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 8);

    @Test
    public void aBundleTitleIsKeptInBothLanguagesAndChineseUntilAsked() {
        TimelineEntryDTO e = new TimelineEntryDTO(DAY, "registry", "service-record",
                Message.label(ServiceKind.TUTORING), null, null);

        assertEquals("学业辅导", e.title);
        assertEquals("学业辅导", e.titleZh);
        assertEquals("tutoring", e.titleEn);
        assertEquals("tutoring", e.in(Locale.US).title);
        assertEquals("学业辅导", e.in(Locale.FRENCH).title);
        assertEquals("学业辅导", e.title(null));
    }

    @Test
    public void anOldContributorsTitleReadsTheSameInEveryLanguage() {
        TimelineEntryDTO e = new TimelineEntryDTO(DAY, "health", "health-talk", "孕期保健讲座", null, null);

        assertNull(e.titleZh);
        assertNull(e.titleEn);
        assertEquals("孕期保健讲座", e.title(Message.ENGLISH));
        assertEquals("孕期保健讲座", e.in(Message.CHINESE).title);
    }

    @Test
    public void aTimelineIsPutInTheReadersLanguage() {
        TimelineDTO t = new TimelineDTO();
        t.entries.add(new TimelineEntryDTO(DAY, "registry", "service-record", Message.label(ServiceKind.VISIT),
                null, null));
        t.entries.add(new TimelineEntryDTO(DAY, "health", "health-talk", "孕期保健讲座", null, null));

        t.in(Message.ENGLISH);

        assertEquals("visit", t.entries.get(0).title);
        assertEquals("孕期保健讲座", t.entries.get(1).title);
    }

    @Test
    public void aSentenceDetailFollowsTheReaderAndDataStaysAsItIs() {
        TimelineEntryDTO e = new TimelineEntryDTO(DAY, "registry", "service-record", Message.label(ServiceKind.VISIT),
                null, null).detail(Message.label(ServiceKind.WARMTH_VISIT));
        assertEquals("送温暖", e.detail);
        assertEquals("warmth visit", e.in(Message.ENGLISH).detail);
        assertEquals("送温暖", e.in(Message.CHINESE).detail);

        TimelineEntryDTO data = new TimelineEntryDTO(DAY, "health", "health-check", "健康检查", "乡镇卫生院", null);
        assertEquals("乡镇卫生院", data.in(Message.ENGLISH).detail);
        assertNull(data.detailEn);
    }
}
