package org.guanai.health.console;

import static org.junit.Assert.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.guanai.health.api.TalkDTO;
import org.guanai.testing.Captured;
import org.guanai.testing.fakes.FakeSites;
import org.junit.Rule;
import org.junit.Test;

public class TalkCommandsTest {

    @Rule
    public final Captured console = new Captured();

    private final Fakes.Talks talks = new Fakes.Talks();
    private final FakeSites sites = new FakeSites().add(5, "石门村妇女之家");

    @Test
    public void talkAddSendsTheAttendeesAndCountsThemWhenNoHeadCountIsGiven() throws Exception {
        TalkAdd add = new TalkAdd();
        add.talks = talks;
        add.date = "2026-03-08";
        add.topic = "两癌防治知识";
        add.speaker = "县妇幼保健院 陈医生";
        add.site = "5";
        add.persons = List.of("12", "15,18");
        add.execute();

        TalkDTO sent = talks.lastCreated;
        assertEquals(LocalDate.of(2026, 3, 8), sent.heldOn);
        assertEquals(Long.valueOf(5), sent.siteId);
        assertEquals(List.of(12L, 15L, 18L), sent.attendeeIds);
        assertEquals(3, sent.headCount);
        assertEquals(Captured.lines("已登记讲座 7 · 2026-03-08 两癌防治知识（到场 3 人，其中登记 3 人）"), console.out());
    }

    @Test
    public void talkAddTakesTheHeadCountGiven() throws Exception {
        TalkAdd add = new TalkAdd();
        add.talks = talks;
        add.date = "2026-03-08";
        add.topic = "孕产期保健";
        add.speaker = "陈医生";
        add.headCount = "46";
        add.execute();

        assertEquals(46, talks.lastCreated.headCount);
        assertEquals(List.of(), talks.lastCreated.attendeeIds);
    }

    @Test
    public void talkListFiltersBySiteAndPersonAndNamesTheSite() throws Exception {
        talks.records.add(talk(7, 5L, "两癌防治知识", 3, 46));
        talks.records.add(talk(8, 5L, "孕产期保健", 2, 30));
        talks.records.add(talk(9, 99L, "儿童营养", 0, 20));
        TalkList list = new TalkList();
        list.talks = talks;
        list.sites = sites;
        list.site = "5";
        list.person = "12";
        list.execute();

        assertEquals(Long.valueOf(5), talks.lastQuery.siteId);
        assertEquals(Long.valueOf(12), talks.lastQuery.attendeeId);
        List<String> lines = console.out().lines().toList();
        assertEquals(List.of("7", "2026-03-08", "两癌防治知识", "陈医生", "石门村妇女之家", "3", "46"), Rows.cells(lines.get(2)));
        assertEquals("99", Rows.cells(lines.get(4)).get(4));
        assertEquals("each site is looked up once", 2, sites.gets);
        assertEquals("第 1–3 条，共 3 条讲座", lines.get(5));
    }

    private static TalkDTO talk(long id, Long site, String topic, int registered, int headCount) {
        TalkDTO t = new TalkDTO();
        t.id = id;
        t.heldOn = LocalDate.of(2026, 3, 8);
        t.siteId = site;
        t.topic = topic;
        t.speaker = "陈医生";
        for (long p = 1; p <= registered; p++) {
            t.attendeeIds.add(p);
        }
        t.headCount = headCount;
        return t;
    }
}
