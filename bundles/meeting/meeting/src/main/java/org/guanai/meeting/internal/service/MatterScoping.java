package org.guanai.meeting.internal.service;

import javax.persistence.EntityManager;

import org.guanai.jpa.support.Filter;
import org.guanai.jpa.support.Scoping;
import org.guanai.meeting.internal.jpa.MatterEntity;
import org.guanai.registry.api.security.Scope;

/**
 * Who sees a matter: those whose divisions include the township or village it is about, and everyone for a matter
 * of the whole county (no township). County-wide matters (a survey every township joins, a policy the civil affairs
 * bureau changes) are the townships' work too, and they name no one: a township worker who could not see them
 * could not report progress on them.
 */
final class MatterScoping implements Scoping<MatterEntity> {

    @Override
    public Filter restrict(Filter filter, Scope scope) {
        Condition inside = Scoping.condition(scope, "e.townshipCode", "e.villageCode");
        return inside == null ? filter
                : filter.and("(e.townshipCode IS NULL OR " + inside.jpql + ")", inside.values.toArray());
    }

    @Override
    public boolean includes(EntityManager em, MatterEntity entity, Scope scope) {
        return entity.getTownshipCode() == null || scope.includes(entity.getTownshipCode(), entity.getVillageCode());
    }
}
