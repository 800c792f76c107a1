package org.guanai.mutualaid.internal.service;

import static org.guanai.mutualaid.internal.service.MutualAid.OTHER_TOWNSHIP;
import static org.guanai.mutualaid.internal.service.MutualAid.OTHER_VILLAGE;
import static org.guanai.mutualaid.internal.service.MutualAid.TODAY;
import static org.guanai.mutualaid.internal.service.MutualAid.VILLAGE;
import static org.guanai.mutualaid.internal.service.MutualAid.fields;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.time.LocalDate;
import java.util.Set;

import org.guanai.mutualaid.api.PairingDTO;
import org.guanai.mutualaid.api.PairingQuery;
import org.guanai.mutualaid.api.VisitDTO;
import org.guanai.mutualaid.api.VisitKind;
import org.guanai.registry.api.CareCategory;
import org.guanai.registry.api.EndRequest;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.Roles;
import org.guanai.registry.api.ValidationException;
import org.guanai.registry.api.security.Caller;
import org.guanai.registry.api.security.CallerContext;
import org.guanai.registry.api.security.Scope;
import org.junit.After;
import org.junit.Test;

/** 1+1 pairings and their visits: what they keep, and every bad input refused by field with nothing written. */
public class PairingRulesTest {
    private final MutualAid m = new MutualAid();

    @After
    public void close() {
        m.close();
    }

    @Test
    public void aPairingLiesWhereItsCaseLivesAndShowsItsLastVisit() {
        m.volunteer(7, "李书记");
        m.household(20, "张大山", VILLAGE, true);
        PairingDTO p = m.pairings.create(pairing(7L, null, null, 20L, TODAY.minusDays(60)));
        assertEquals("330726101", p.townshipCode);
        assertEquals("张大山户", p.targetName);
        assertEquals("李书记", p.helperName);
        m.visits.create(visit(p.id, TODAY.minusDays(5)));
        m.visits.create(visit(p.id, TODAY.minusDays(20)));
        assertEquals(TODAY.minusDays(5), m.pairings.get(p.id).lastVisitOn);
        assertEquals(TODAY.minusDays(5), m.visits.list(p.id, PageRequest.first(10)).items.get(0).visitedOn);
    }

    @Test
    public void noOneIsPairedWithThemselfOrTheirHouseholdOrTwiceWithTheSameHelper() {
        m.household(20, "王家", VILLAGE, true);
        m.person(1, "王秀英", VILLAGE, 20L, CareCategory.LEFT_BEHIND_WOMAN);
        assertEquals(Set.of("personId"), fields(assertThrows(ValidationException.class,
                () -> m.pairings.create(pairing(null, 1L, 1L, null, TODAY)))));
        assertEquals(Set.of("householdId"), fields(assertThrows(ValidationException.class,
                () -> m.pairings.create(pairing(null, 1L, null, 20L, TODAY)))));
        assertEquals(Set.of("helperVolunteerId", "personId", "startsOn"), fields(assertThrows(ValidationException.class,
                () -> m.pairings.create(pairing(null, null, null, null, TODAY.plusDays(1))))));
        m.volunteer(7, "李书记");
        m.pairings.create(pairing(7L, null, null, 20L, TODAY));
        assertEquals(Set.of("householdId"), fields(assertThrows(ValidationException.class,
                () -> m.pairings.create(pairing(7L, null, null, 20L, TODAY)))));
        assertEquals(1, m.pairings.list(new PairingQuery(), PageRequest.first(10)).total);
    }

    @Test
    public void aPairingOutsideTheCallersDivisionsIsRefused() {
        m.volunteer(7, "李书记");
        m.person(2, "刘奶奶", VILLAGE, null, CareCategory.LEFT_BEHIND_ELDERLY);
        m.visibility.scope("tina", Scope.of(Set.of(OTHER_TOWNSHIP), Set.of()));
        CallerContext.bind(Caller.of("tina", Set.of(Roles.TOWNSHIP), "test"));
        ValidationException outside = assertThrows(ValidationException.class,
                () -> m.pairings.create(pairing(7L, null, 2L, null, TODAY)));
        assertEquals(Set.of("personId"), fields(outside));
        m.person(3, "陈奶奶", OTHER_VILLAGE, null, CareCategory.LEFT_BEHIND_ELDERLY);
        assertEquals(OTHER_VILLAGE, m.pairings.create(pairing(7L, null, 3L, null, TODAY)).villageCode);
    }

    @Test
    public void aVisitOutsideThePairingsPeriodIsRefused() {
        m.volunteer(7, "李书记");
        m.person(2, "刘奶奶", VILLAGE, null, CareCategory.LEFT_BEHIND_ELDERLY);
        PairingDTO p = m.pairings.create(pairing(7L, null, 2L, null, TODAY.minusDays(30)));
        assertEquals(Set.of("visitedOn"), fields(assertThrows(ValidationException.class,
                () -> m.visits.create(visit(p.id, TODAY.minusDays(31))))));
        PairingDTO ended = m.pairings.end(p.id, p.version, new EndRequest(TODAY.minusDays(10), null, "已脱困"));
        assertEquals(Set.of("visitedOn"), fields(assertThrows(ValidationException.class,
                () -> m.visits.create(visit(ended.id, TODAY.minusDays(9))))));
        assertEquals(Set.of("visitedOn"), fields(assertThrows(ValidationException.class,
                () -> m.visits.create(visit(ended.id, TODAY.plusDays(1))))));
        assertEquals(Set.of("pairingId"), fields(assertThrows(ValidationException.class,
                () -> m.visits.create(visit(98765L, TODAY)))));
        m.visits.create(visit(ended.id, TODAY.minusDays(10)));
        assertEquals(1, m.visits.list(p.id, PageRequest.first(10)).total);
    }

    static PairingDTO pairing(Long volunteer, Long helperPerson, Long person, Long household, LocalDate starts) {
        PairingDTO p = new PairingDTO();
        p.helperVolunteerId = volunteer;
        p.helperPersonId = helperPerson;
        p.personId = person;
        p.householdId = household;
        p.startsOn = starts;
        return p;
    }

    static VisitDTO visit(long pairing, LocalDate on) {
        VisitDTO v = new VisitDTO();
        v.pairingId = pairing;
        v.visitedOn = on;
        v.kind = VisitKind.WARMTH_VISIT;
        v.note = "春节送米油";
        return v;
    }
}
