package org.guanai.registry.internal.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import javax.persistence.EntityManager;

import org.guanai.jpa.support.Filter;
import org.guanai.jpa.support.Scoping;
import org.guanai.registry.api.MigrantDestinationDTO;
import org.guanai.registry.api.Status;
import org.guanai.registry.api.security.Scope;
import org.guanai.registry.internal.jpa.MigrantMemberEntity;

/**
 * Where members of active households work: one GROUP BY over migrant members and their households, inside
 * the scope. Small places are folded into one "elsewhere" row for callers the small-cell rule applies to.
 */
final class MigrantDestinations {

    private MigrantDestinations() {
    }

    static List<MigrantDestinationDTO> count(EntityManager em, Scope scope, SmallCells cells) {
        Filter filter = new Filter().and("e.household.status = ?", Status.ACTIVE);
        Scoping.Condition inScope = Scoping.condition(scope, "e.household.townshipCode", "e.household.villageCode");
        if (inScope != null) {
            inScope.addTo(filter);
        }
        List<Object[]> rows = filter.groupBy(em, MigrantMemberEntity.class,
                "e.workProvince, e.workCity, COUNT(DISTINCT e.household.id), COUNT(e)", "e.workProvince, e.workCity");
        List<MigrantDestinationDTO> places = new ArrayList<>();
        MigrantDestinationDTO elsewhere = new MigrantDestinationDTO();
        for (Object[] row : rows) {
            MigrantDestinationDTO d = new MigrantDestinationDTO();
            d.province = blankToNull((String) row[0]);
            d.city = blankToNull((String) row[1]);
            d.households = ((Number) row[2]).longValue();
            d.migrants = ((Number) row[3]).longValue();
            if (d.province == null || cells.isSmall(d.households)) {
                elsewhere.households += d.households; // a household with members in two places counts in both
                elsewhere.migrants += d.migrants;
            } else {
                places.add(d);
            }
        }
        places.sort(Comparator.comparingLong((MigrantDestinationDTO d) -> -d.households)
                .thenComparing(d -> d.province).thenComparing(d -> d.city == null ? "" : d.city));
        if (elsewhere.households > 0 && !cells.isSmall(elsewhere.households)) {
            places.add(elsewhere);
        }
        return places;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
