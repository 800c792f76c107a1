package org.guanai.mutualaid.internal.service;

import static org.guanai.mutualaid.internal.service.MutualAid.OTHER_TOWNSHIP;
import static org.guanai.mutualaid.internal.service.MutualAid.OTHER_VILLAGE;
import static org.guanai.mutualaid.internal.service.MutualAid.TODAY;
import static org.guanai.mutualaid.internal.service.MutualAid.VILLAGE;
import static org.guanai.mutualaid.internal.service.MutualAid.fields;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.guanai.mutualaid.api.ActivityDTO;
import org.guanai.mutualaid.api.ActivityKind;
import org.guanai.mutualaid.api.ActivityQuery;
import org.guanai.mutualaid.api.GroupDTO;
import org.guanai.mutualaid.api.GroupKind;
import org.guanai.mutualaid.api.GroupQuery;
import org.guanai.mutualaid.api.MemberRole;
import org.guanai.mutualaid.api.MembershipDTO;
import org.guanai.mutualaid.api.MembershipQuery;
import org.guanai.registry.api.CareCategory;
import org.guanai.registry.api.EndRequest;
import org.guanai.registry.api.NotFoundException;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.Roles;
import org.guanai.registry.api.ValidationException;
import org.guanai.registry.api.security.Caller;
import org.guanai.registry.api.security.CallerContext;
import org.guanai.registry.api.security.Scope;
import org.junit.After;
import org.junit.Test;

/** Groups, memberships and activities: what they keep, and every bad input refused by field with nothing written. */
public class GroupRulesTest {
    private final MutualAid m = new MutualAid();

    @After
    public void close() {
        m.close();
    }

    @Test
    public void aGroupLiesInItsVillageAndShowsItsLeaderMembersAndLastActivity() {
        GroupDTO g = m.group("前吴村治安互助组", GroupKind.SECURITY, VILLAGE, TODAY.minusYears(1));
        assertEquals("330726101", g.townshipCode);
        m.person(1, "王秀英", VILLAGE, null, CareCategory.LEFT_BEHIND_WOMAN);
        m.volunteer(7, "李老师");
        MembershipDTO leader = m.members.join(member(g.id, 1L, null, MemberRole.LEADER));
        m.members.join(member(g.id, null, 7L, null));
        m.activities.create(activity(g.id, TODAY.minusDays(3), List.of(leader.id)));
        GroupDTO read = m.groups.get(g.id);
        assertEquals("王秀英", read.leaderName);
        assertEquals(2, read.memberCount);
        assertEquals(TODAY.minusDays(3), read.lastActivityOn);
        assertEquals("李老师", m.members.list(byGroup(g.id), PageRequest.first(10)).items.get(1).name);
    }

    @Test
    public void aBadGroupNamesEveryFieldAndWritesNothing() {
        GroupDTO bad = new GroupDTO();
        bad.villageCode = "999";
        bad.foundedOn = TODAY.plusDays(1);
        ValidationException e = assertThrows(ValidationException.class, () -> m.groups.create(bad));
        assertEquals(Set.of("name", "kind", "villageCode", "foundedOn"), fields(e));
        assertTrue(e.errors().get(2).message, e.errors().get(2).message.startsWith("999 不是本县的村"));
        assertEquals(0, m.groups.list(new GroupQuery(), PageRequest.first(10)).total);
    }

    @Test
    public void joiningAnEndedGroupTwiceOrBeforeItWasFoundedIsRefused() {
        GroupDTO g = m.group("组", GroupKind.SANITATION, VILLAGE, TODAY.minusDays(100));
        m.person(1, "王秀英", VILLAGE, null, CareCategory.LEFT_BEHIND_WOMAN);
        m.members.join(member(g.id, 1L, null, null));

        ValidationException twice = assertThrows(ValidationException.class,
                () -> m.members.join(member(g.id, 1L, null, null)));
        assertEquals(Set.of("personId"), fields(twice));
        MembershipDTO early = member(g.id, 1L, null, null);
        early.joinedOn = TODAY.minusDays(101);
        assertEquals(Set.of("joinedOn", "personId"),
                fields(assertThrows(ValidationException.class, () -> m.members.join(early))));
        ValidationException neither = assertThrows(ValidationException.class,
                () -> m.members.join(member(g.id, null, null, null)));
        assertEquals(Set.of("personId"), fields(neither));

        GroupDTO ended = m.groups.end(g.id, m.groups.get(g.id).version, new EndRequest(TODAY, null, "合并"));
        m.person(2, "李红", VILLAGE, null, CareCategory.LEFT_BEHIND_WOMAN);
        ValidationException closed = assertThrows(ValidationException.class,
                () -> m.members.join(member(ended.id, 2L, null, null)));
        assertEquals(Set.of("groupId"), fields(closed));
        assertTrue(closed.getMessage(), closed.errors().get(0).message.contains("结束"));
        assertEquals(1, m.members.list(byGroup(g.id), PageRequest.first(10)).total);
    }

    @Test
    public void aMemberWhoLeftMayJoinAgainAndIsInSeveralGroups() {
        GroupDTO a = m.group("甲组", GroupKind.PRODUCTION, VILLAGE, TODAY.minusDays(100));
        GroupDTO b = m.group("乙组", GroupKind.CULTURE_SPORTS, VILLAGE, TODAY.minusDays(100));
        m.person(1, "王秀英", VILLAGE, null, CareCategory.LEFT_BEHIND_WOMAN);
        MembershipDTO first = m.members.join(member(a.id, 1L, null, null));
        m.members.join(member(b.id, 1L, null, null));
        m.members.leave(first.id, first.version, new EndRequest(TODAY, null, null));
        m.members.join(member(a.id, 1L, null, null));
        MembershipQuery hers = new MembershipQuery();
        hers.personId = 1L;
        assertEquals(3, m.members.list(hers, PageRequest.first(10)).total);
    }

    @Test
    public void anActivityBeforeTheGroupWasFoundedOrWithStrangersIsRefused() {
        GroupDTO g = m.group("组", GroupKind.SECURITY, VILLAGE, TODAY.minusDays(30));
        GroupDTO other = m.group("别组", GroupKind.SECURITY, VILLAGE, TODAY.minusDays(30));
        m.person(1, "王秀英", VILLAGE, null, CareCategory.LEFT_BEHIND_WOMAN);
        MembershipDTO elsewhere = m.members.join(member(other.id, 1L, null, null));

        ActivityDTO early = activity(g.id, TODAY.minusDays(31), List.of());
        assertEquals(Set.of("heldOn"), fields(assertThrows(ValidationException.class, () -> m.activities.create(early))));
        ActivityDTO strangers = activity(g.id, TODAY.minusDays(1), List.of(elsewhere.id, 999L));
        strangers.beneficiaryPersonIds = List.of(404L);
        strangers.hours = new BigDecimal("25");
        assertEquals(Set.of("hours", "beneficiaryPersonIds"),
                fields(assertThrows(ValidationException.class, () -> m.activities.create(strangers))));
        strangers.beneficiaryPersonIds = List.of(1L);
        strangers.hours = new BigDecimal("2.5");
        ValidationException notMembers = assertThrows(ValidationException.class, () -> m.activities.create(strangers));
        assertEquals(Set.of("participantIds"), fields(notMembers));
        assertEquals(2, notMembers.errors().size());
        ActivityDTO missing = new ActivityDTO();
        missing.groupId = 12345L;
        missing.heldOn = TODAY;
        missing.kind = ActivityKind.OTHER;
        assertEquals(Set.of("groupId"), fields(assertThrows(ValidationException.class, () -> m.activities.create(missing))));
        assertEquals(0, m.activities.list(new ActivityQuery(), PageRequest.first(10)).total);
    }

    @Test
    public void aTownshipUserSeesAndWritesOnlyTheirDivisions() {
        GroupDTO g = m.group("组", GroupKind.RIGHTS, VILLAGE, TODAY.minusDays(30));
        m.visibility.scope("tina", Scope.of(Set.of(OTHER_TOWNSHIP), Set.of()));
        CallerContext.bind(Caller.of("tina", Set.of(Roles.TOWNSHIP), "test"));
        assertEquals(0, m.groups.list(new GroupQuery(), PageRequest.first(10)).total);
        assertThrows(NotFoundException.class, () -> m.groups.get(g.id));
        assertEquals(Set.of("villageCode"), fields(assertThrows(ValidationException.class,
                () -> m.group("外组", GroupKind.RIGHTS, VILLAGE, TODAY))));
        assertEquals(Set.of("groupId"), fields(assertThrows(ValidationException.class,
                () -> m.activities.create(activity(g.id, TODAY, List.of())))));
        assertEquals(OTHER_VILLAGE, m.group("本组", GroupKind.RIGHTS, OTHER_VILLAGE, TODAY).villageCode);
    }

    static MembershipDTO member(Long group, Long person, Long volunteer, MemberRole role) {
        MembershipDTO d = new MembershipDTO();
        d.groupId = group;
        d.personId = person;
        d.volunteerId = volunteer;
        d.role = role;
        d.joinedOn = TODAY.minusDays(10);
        return d;
    }

    static ActivityDTO activity(long group, java.time.LocalDate on, List<Long> participants) {
        ActivityDTO a = new ActivityDTO();
        a.groupId = group;
        a.heldOn = on;
        a.kind = ActivityKind.SAFETY_PATROL;
        a.participantIds = participants;
        return a;
    }

    static MembershipQuery byGroup(long group) {
        MembershipQuery q = new MembershipQuery();
        q.groupId = group;
        return q;
    }
}
