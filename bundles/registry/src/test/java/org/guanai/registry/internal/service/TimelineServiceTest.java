package org.guanai.registry.internal.service;

import static org.guanai.registry.internal.service.PersonServiceTest.expectNotFound;
import static org.guanai.registry.internal.service.Registry.VILLAGE_A1;
import static org.guanai.registry.internal.service.Registry.woman;
import static org.guanai.registry.internal.service.ServiceRecordServiceTest.record;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.guanai.registry.api.Message;
import org.guanai.registry.api.PersonDTO;
import org.guanai.registry.api.ServiceKind;
import org.guanai.registry.api.ServiceRecordDTO;
import org.guanai.registry.api.TimelineDTO;
import org.guanai.registry.api.TimelineEntryDTO;
import org.guanai.registry.api.spi.TimelineProvider;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

public class TimelineServiceTest {

    private static Registry registry;

    @BeforeClass
    public static void open() {
        registry = Registry.open();
    }

    @AfterClass
    public static void close() {
        registry.close();
    }

    @Test
    public void mergesServiceRecordsWithModuleEntriesNewestFirst() {
        PersonDTO woman = registry.persons.create(woman("邓芳", VILLAGE_A1));
        ServiceRecordDTO visit = record(ServiceKind.WARMTH_VISIT, LocalDate.of(2025, 1, 20), woman.id);
        visit.summary = "春节送温暖";
        visit = registry.records.create(visit);
        registry.records.create(record(ServiceKind.VISIT, LocalDate.of(2024, 5, 1), woman.id));

        TimelineProvider health = provider("health", id -> List.of(
                new TimelineEntryDTO(LocalDate.of(2024, 9, 9), "health", "health-check", "两癌筛查", "normal",
                        "/api/v1/health/checks/7")));
        TimelineServiceImpl timeline = new TimelineServiceImpl(registry.db.jpa, null, null, null);
        timeline.addProvider(health);

        TimelineDTO t = timeline.timeline(woman.id);

        assertEquals(woman.id.longValue(), t.personId);
        assertEquals(List.of(LocalDate.of(2025, 1, 20), LocalDate.of(2024, 9, 9), LocalDate.of(2024, 5, 1)),
                t.entries.stream().map(e -> e.date).collect(Collectors.toList()));
        TimelineEntryDTO first = t.entries.get(0);
        assertEquals("registry", first.moduleId);
        assertEquals("service-record", first.kind);
        assertEquals("送温暖", first.title);
        assertEquals("送温暖", first.titleZh);
        assertEquals("warmth visit", first.titleEn);
        assertEquals("春节送温暖", first.detail);
        assertEquals("/api/v1/service-records/" + visit.id, first.href);
        assertEquals("health", t.entries.get(1).moduleId);
        assertTrue(t.unavailableModules.isEmpty());

        t.in(Message.ENGLISH);
        assertEquals("warmth visit", first.title);
        assertEquals("a contributor that gives one title keeps it", "两癌筛查", t.entries.get(1).title);
        t.in(Message.CHINESE);
        assertEquals("送温暖", first.title);

        timeline.removeProvider(health);
        assertEquals(2, timeline.timeline(woman.id).entries.size());
    }

    @Test
    public void aFailingProviderIsNamedAndTheRestStillAnswer() {
        PersonDTO woman = registry.persons.create(woman("邓丽", VILLAGE_A1));
        registry.records.create(record(ServiceKind.VISIT, LocalDate.of(2024, 5, 1), woman.id));
        TimelineServiceImpl timeline = new TimelineServiceImpl(registry.db.jpa, null, null, null);
        timeline.addProvider(provider("legal", id -> {
            throw new IllegalStateException("legal database down");
        }));
        timeline.addProvider(provider("training", id -> List.of(
                new TimelineEntryDTO(LocalDate.of(2024, 7, 1), "training", "attendance", "电商培训", null, null))));

        TimelineDTO t = timeline.timeline(woman.id);

        assertEquals(List.of("legal"), t.unavailableModules);
        assertEquals(List.of("training", "registry"), t.entries.stream().map(e -> e.moduleId)
                .collect(Collectors.toList()));
    }

    @Test
    public void anUnknownPersonIsNotFound() {
        expectNotFound(() -> registry.timeline.timeline(777777));
    }

    private static TimelineProvider provider(String module, java.util.function.LongFunction<List<TimelineEntryDTO>>
            entries) {
        return new TimelineProvider() {
            @Override
            public String moduleId() {
                return module;
            }

            @Override
            public List<TimelineEntryDTO> entriesFor(long personId) {
                return entries.apply(personId);
            }
        };
    }
}
