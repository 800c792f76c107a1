package org.guanai.mutualaid.internal.spi;

import static org.junit.Assert.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.guanai.mutualaid.api.ActivityDTO;
import org.guanai.mutualaid.api.ActivityKind;
import org.guanai.mutualaid.api.GroupDTO;
import org.guanai.mutualaid.api.GroupKind;
import org.guanai.mutualaid.api.MembershipDTO;
import org.guanai.mutualaid.api.PairingDTO;
import org.guanai.mutualaid.api.VisitDTO;
import org.guanai.mutualaid.api.VisitKind;
import org.guanai.mutualaid.internal.service.ActivityServiceImpl;
import org.guanai.mutualaid.internal.service.GroupServiceImpl;
import org.guanai.mutualaid.internal.service.MembershipServiceImpl;
import org.guanai.mutualaid.internal.service.MutualAidSchema;
import org.guanai.mutualaid.internal.service.PairingServiceImpl;
import org.guanai.mutualaid.internal.service.Registry;
import org.guanai.mutualaid.internal.service.VisitServiceImpl;
import org.guanai.registry.api.CareCategory;
import org.guanai.registry.api.PersonDTO;
import org.guanai.registry.api.Roles;
import org.guanai.registry.api.TimelineEntryDTO;
import org.guanai.registry.api.security.Caller;
import org.guanai.registry.api.security.CallerContext;
import org.guanai.registry.api.security.Scope;
import org.guanai.testing.LiquibaseTestMigrator;
import org.guanai.testing.TestDatabase;
import org.guanai.testing.fakes.FakeDivisions;
import org.guanai.testing.fakes.FakeGuardianships;
import org.guanai.testing.fakes.FakeHouseholds;
import org.guanai.testing.fakes.FakePersons;
import org.guanai.testing.fakes.FakeSites;
import org.guanai.testing.fakes.FakeVisibility;
import org.junit.After;
import org.junit.Test;

/** A woman's part in the module on her timeline: joined, took part, was helped, paired, visited; scoped. */
public class MutualAidTimelineTest {
    private static final String VILLAGE = "330726101201";
    private static final LocalDate TODAY = LocalDate.now();

    private final TestDatabase db = TestDatabase.create("guanai-mutualaid",
            ds -> new MutualAidSchema(new LiquibaseTestMigrator(ds)));
    private final FakeVisibility visibility = new FakeVisibility();
    private final FakePersons persons = new FakePersons();
    private final Registry registry = new Registry(persons, persons, new FakeHouseholds(), null, new FakeSites(),
            new FakeDivisions(), new FakeGuardianships(), visibility);

    @After
    public void close() {
        CallerContext.clear();
        db.close();
    }

    @Test
    public void herEntriesAndNoneOutsideTheCallersDivisions() {
        PersonDTO woman = FakePersons.person(1, "王秀英", null, VILLAGE);
        woman.categories.add(CareCategory.LEFT_BEHIND_WOMAN);
        persons.add(woman);
        persons.add(FakePersons.person(2, "李红", null, VILLAGE));
        GroupDTO g = new GroupDTO();
        g.name = "前吴村治安互助组";
        g.kind = GroupKind.SECURITY;
        g.villageCode = VILLAGE;
        g.foundedOn = TODAY.minusDays(100);
        g = new GroupServiceImpl(db.jpa, registry, visibility, null, null).create(g);
        MembershipDTO m = new MembershipDTO();
        m.groupId = g.id;
        m.personId = 1L;
        m.joinedOn = TODAY.minusDays(50);
        m = new MembershipServiceImpl(db.jpa, registry, visibility, null, null).join(m);
        ActivityServiceImpl activities = new ActivityServiceImpl(db.jpa, registry, visibility, null, null);
        ActivityDTO patrol = new ActivityDTO();
        patrol.groupId = g.id;
        patrol.heldOn = TODAY.minusDays(10);
        patrol.kind = ActivityKind.SAFETY_PATROL;
        patrol.participantIds = List.of(m.id);
        activities.create(patrol);
        ActivityDTO talk = new ActivityDTO();
        talk.groupId = g.id;
        talk.heldOn = TODAY.minusDays(5);
        talk.kind = ActivityKind.HEART_TALK;
        talk.beneficiaryPersonIds = List.of(1L);
        activities.create(talk);
        PairingDTO p = new PairingDTO();
        p.helperPersonId = 2L;
        p.personId = 1L;
        p.startsOn = TODAY.minusDays(30);
        p = new PairingServiceImpl(db.jpa, registry, visibility, null, null).create(p);
        VisitDTO v = new VisitDTO();
        v.pairingId = p.id;
        v.visitedOn = TODAY.minusDays(2);
        v.kind = VisitKind.WARMTH_VISIT;
        new VisitServiceImpl(db.jpa, visibility, null, null).create(v);

        MutualAidTimeline timeline = new MutualAidTimeline(db.jpa, visibility, null);
        assertEquals(List.of("joined-group", "took-part", "was-helped", "paired", "visited"),
                timeline.entriesFor(1L).stream().map(e -> e.kind).collect(Collectors.toList()));
        List<TimelineEntryDTO> hers = timeline.entriesFor(1L);
        assertEquals(List.of("加入互助组：前吴村治安互助组", "参加活动：治安巡逻 · 前吴村治安互助组",
                        "受助：谈心交流 · 前吴村治安互助组", "结对帮扶", "结对走访：送温暖"),
                hers.stream().map(e -> e.title).collect(Collectors.toList()));
        assertEquals(List.of("Joined a mutual-aid group: 前吴村治安互助组", "Took part: safety patrol · 前吴村治安互助组",
                        "Was helped: heart-to-heart talk · 前吴村治安互助组", "Paired with a helper",
                        "Pairing visit: warmth visit"),
                hers.stream().map(e -> e.titleEn).collect(Collectors.toList()));
        TimelineEntryDTO helper = timeline.entriesFor(2L).get(0);
        assertEquals("paired", helper.kind);
        assertEquals(List.of("结对帮扶他人", "Paired to help"), List.of(helper.titleZh, helper.in(Locale.ENGLISH).title));
        assertEquals("/api/v1/mutual-aid/pairings/" + p.id, helper.href);

        visibility.scope("tina", Scope.of(Set.of("330726001"), Set.of()));
        CallerContext.bind(Caller.of("tina", Set.of(Roles.TOWNSHIP), "test"));
        assertEquals(List.of(), timeline.entriesFor(1L));
    }
}
