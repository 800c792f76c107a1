package org.guanai.meeting.internal.service;

import static org.guanai.meeting.internal.service.Meeting.OTHER_TOWNSHIP;
import static org.guanai.meeting.internal.service.Meeting.TODAY;
import static org.guanai.meeting.internal.service.Meeting.TOWNSHIP;
import static org.guanai.meeting.internal.service.Meeting.VILLAGE;
import static org.guanai.meeting.internal.service.Meeting.matter;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.guanai.meeting.api.DepartmentDTO;
import org.guanai.meeting.api.DoneRequest;
import org.guanai.meeting.api.MatterDTO;
import org.guanai.meeting.api.MeetingDTO;
import org.guanai.meeting.internal.spi.MeetingBulletin;
import org.guanai.registry.api.spi.BulletinPeriod;
import org.guanai.registry.api.spi.BulletinSectionDTO;
import org.junit.After;
import org.junit.Test;

/** The bulletin's section: the quarter's matters and their state, no one's name, a township's with the county-wide. */
public class BulletinTest {
    private final Meeting m = new Meeting();

    @After
    public void close() {
        m.close();
    }

    @Test
    public void theQuartersMattersTheirStateAndNoOnesName() {
        DepartmentDTO edu = m.department("县教育局", null);
        MeetingDTO meeting = m.meeting(TODAY, edu.id);
        MatterDTO county = m.matters.create(matter(meeting.id, edu.id, TODAY.plusDays(30), null, null));
        m.matters.done(county.id, county.version, new DoneRequest(TODAY, "完成排查"));
        m.person(7, "王秀英", VILLAGE, null);
        MatterDTO personal = matter(meeting.id, edu.id, TODAY.plusDays(30), null, null);
        personal.personId = 7L;
        personal.title = "王秀英家委托监护";
        m.matters.create(personal);
        m.matters.create(matter(meeting.id, edu.id, TODAY.plusDays(30), OTHER_TOWNSHIP, null));
        int quarter = (TODAY.getMonthValue() + 2) / 3;
        MeetingBulletin bulletin = new MeetingBulletin(m.matters, m.places);

        BulletinSectionDTO all = bulletin.section(new BulletinPeriod(TODAY.getYear(), quarter, null));
        assertEquals(3.0, all.figures.get(0).value, 0.0);
        assertEquals(1.0, all.figures.get(1).value, 0.0);
        assertEquals(List.of("县教育局", "3", "1", "1", "2", "0", "100.0"), all.tables.get(0).rows.get(0));
        assertFalse(all.toString(), all.tables.get(1).rows.toString().contains("王秀英"));
        assertTrue(all.tables.get(1).rows.toString().contains("按期办结"));
        List<List<String>> english = all.tables.get(1).rowsEn;
        assertEquals(all.tables.get(1).rows.size(), english.size());
        assertTrue(english.toString(), english.toString().contains("done on time " + TODAY));
        assertTrue(english.toString(), english.toString().contains("open"));
        assertFalse("the Chinese rows are Chinese only", all.tables.get(1).rows.toString().contains("done on time"));
        assertFalse(english.toString(), english.toString().contains("按期办结") || english.toString().contains("王秀英"));
        assertEquals(List.of("Open matters", "Overdue matters", "Matters of this year done on time"),
                new org.guanai.meeting.internal.spi.MeetingIndicators(m.matters, m.reports).indicators(null).stream()
                        .map(i -> i.labelEn).collect(java.util.stream.Collectors.toList()));

        BulletinSectionDTO township = bulletin.section(new BulletinPeriod(TODAY.getYear(), quarter, TOWNSHIP));
        assertEquals("its own and the county-wide matter", 2.0, township.figures.get(0).value, 0.0);
        BulletinSectionDTO before = bulletin.section(new BulletinPeriod(TODAY.getYear() - 1, quarter, null));
        assertEquals(0.0, before.figures.get(0).value, 0.0);
    }
}
