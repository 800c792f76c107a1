package org.guanai.health.internal.service;

import static org.guanai.health.internal.service.Health.TODAY;
import static org.guanai.health.internal.service.Health.fields;
import static org.guanai.health.internal.service.Health.message;
import static org.guanai.health.internal.service.Health.only;
import static org.guanai.health.internal.testing.FakeRegistry.VILLAGE_A1;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.guanai.health.api.TalkDTO;
import org.guanai.health.api.TalkQuery;
import org.guanai.registry.api.NotFoundException;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.StaleVersionException;
import org.guanai.registry.api.ValidationException;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

public class TalkServiceTest {

    private static Health health;

    @BeforeClass
    public static void open() {
        health = Health.open();
    }

    @AfterClass
    public static void close() {
        health.close();
    }

    private static TalkDTO talk(Long site, Long... attendees) {
        TalkDTO t = new TalkDTO();
        t.heldOn = TODAY.minusDays(7);
        t.siteId = site;
        t.speaker = "县妇幼保健院 李医生";
        t.topic = "孕产期保健";
        t.attendeeIds = new ArrayList<>(Arrays.asList(attendees));
        return t;
    }

    @Test
    public void headCountDefaultsToTheRegisteredAttendees() {
        long a = health.registry.woman("甲", VILLAGE_A1).id;
        long b = health.registry.woman("乙", VILLAGE_A1).id;
        TalkDTO created = health.talks.create(talk(null, b, a, b));
        assertEquals(List.of(a, b), created.attendeeIds);
        assertEquals(2, created.headCount);

        TalkDTO more = talk(null, a, b);
        more.headCount = 40;
        assertEquals(40, health.talks.create(more).headCount);
    }

    @Test
    public void headCountCannotBeBelowTheRegisteredAttendees() {
        long a = health.registry.woman("丙", VILLAGE_A1).id;
        long b = health.registry.woman("丁", VILLAGE_A1).id;
        long c = health.registry.woman("戊", VILLAGE_A1).id;
        TalkDTO few = talk(null, a, b, c);
        few.headCount = 2;
        ValidationException e = assertThrows(ValidationException.class, () -> health.talks.create(few));
        assertEquals("headCount", only(e).field);
        assertEquals("must be at least 3, the number of registered attendees", only(e).message);

        few.headCount = -1;
        assertEquals("must not be negative",
                only(assertThrows(ValidationException.class, () -> health.talks.create(few))).message);
    }

    @Test
    public void requiredFieldsSiteAndAttendeesAreChecked() {
        assertEquals(List.of("heldOn", "speaker", "topic"),
                fields(assertThrows(ValidationException.class, () -> health.talks.create(new TalkDTO()))));

        long a = health.registry.woman("己", VILLAGE_A1).id;
        TalkDTO bad = talk(88888L, a, 99999L, null);
        bad.heldOn = TODAY.plusDays(1);
        ValidationException e = assertThrows(ValidationException.class, () -> health.talks.create(bad));
        assertEquals(List.of("heldOn", "siteId", "attendeeIds[1]", "attendeeIds[2]"), fields(e));
        assertEquals("service site 88888 does not exist", message(e, "siteId"));
        assertEquals("person 99999 does not exist", message(e, "attendeeIds[1]"));
        assertEquals("is required", message(e, "attendeeIds[2]"));
    }

    @Test
    public void listsBySiteAttendeeAndDatesAndUpdates() {
        long site = health.registry.site("白水村妇女之家", VILLAGE_A1).id;
        long her = health.registry.woman("庚", VILLAGE_A1).id;
        TalkDTO early = talk(site, her);
        early.heldOn = TODAY.minusDays(100);
        TalkDTO first = health.talks.create(early);
        TalkDTO second = health.talks.create(talk(site));
        TalkDTO elsewhere = health.talks.create(talk(null, her));

        TalkQuery q = new TalkQuery();
        q.siteId = site;
        assertEquals(List.of(first.id, second.id), ids(q));
        q.siteId = null;
        q.attendeeId = her;
        assertEquals(List.of(first.id, elsewhere.id), ids(q));
        q.from = TODAY.minusDays(50);
        assertEquals(List.of(elsewhere.id), ids(q));
        q.from = null;
        q.to = TODAY.minusDays(50);
        assertEquals(List.of(first.id), ids(q));

        TalkDTO change = health.talks.get(first.id);
        change.attendeeIds = new ArrayList<>();
        change.topic = "两癌防治";
        TalkDTO updated = health.talks.update(first.id, first.version, change);
        assertEquals("两癌防治", updated.topic);
        assertEquals(List.of(), health.talks.get(first.id).attendeeIds);
        assertEquals(1, updated.headCount);
        assertThrows(StaleVersionException.class, () -> health.talks.update(first.id, first.version, change));
        assertThrows(NotFoundException.class, () -> health.talks.get(123456));
    }

    private static List<Long> ids(TalkQuery q) {
        return health.talks.list(q, PageRequest.first(50)).items.stream().map(t -> t.id).collect(Collectors.toList());
    }
}
