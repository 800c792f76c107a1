package org.guanai.registry.internal.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ObjLongConsumer;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.guanai.jpa.support.Filter;
import org.guanai.jpa.support.Scoping;
import org.guanai.registry.api.CareCategory;
import org.guanai.registry.api.DivisionDTO;
import org.guanai.registry.api.DivisionService;
import org.guanai.registry.api.Status;
import org.guanai.registry.api.StatsService;
import org.guanai.registry.api.TownshipStatsDTO;
import org.guanai.registry.api.security.Scope;
import org.guanai.registry.api.security.Visibility;
import org.guanai.registry.internal.jpa.HouseholdEntity;
import org.guanai.registry.internal.jpa.PersonEntity;
import org.guanai.registry.internal.jpa.ServiceSiteEntity;
import org.guanai.registry.internal.schema.RegistrySchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Active counts per township, each figure one GROUP BY query over the whole county. */
@Component(service = StatsService.class)
public class StatsServiceImpl implements StatsService {

    private final JpaTemplate jpa;
    private final DivisionService divisions;
    private final CallerView view;

    /** {@code visibility} may be null in tests: the whole county. */
    @Activate
    public StatsServiceImpl(@Reference(name = "jpa", target = RegistryUnit.TARGET) JpaTemplate jpa,
                            @Reference(name = "divisions") DivisionService divisions,
                            @Reference(name = "visibility") Visibility visibility,
                            @Reference(name = "schema") RegistrySchema schema) {
        this.jpa = jpa;
        this.divisions = divisions;
        this.view = new CallerView(visibility);
    }

    /**
     * Townships the caller sees (some part of), each counting only what the caller sees: a township user
     * assigned two villages gets one row, with the figures of those villages.
     */
    @Override
    public List<TownshipStatsDTO> byTownship() {
        Scope scope = view.scope();
        List<TownshipStatsDTO> rows = new ArrayList<>();
        for (DivisionDTO township : divisions.children(divisions.county().code)) {
            if (!scope.isAll() && !scope.touchedTownships().contains(township.code)) {
                continue;
            }
            TownshipStatsDTO row = new TownshipStatsDTO();
            row.townshipCode = township.code;
            row.townshipName = township.name;
            rows.add(row);
        }
        jpa.tx(TransactionType.Required, em -> {
            fill(rows, active(em, PersonEntity.class, CareCategory.LEFT_BEHIND_WOMAN, scope), (r, n) -> r.women = n);
            fill(rows, active(em, PersonEntity.class, CareCategory.LEFT_BEHIND_CHILD, scope), (r, n) -> r.children = n);
            fill(rows, active(em, PersonEntity.class, CareCategory.LEFT_BEHIND_ELDERLY, scope), (r, n) -> r.elderly = n);
            fill(rows, active(em, HouseholdEntity.class, null, scope), (r, n) -> r.households = n);
            fill(rows, active(em, ServiceSiteEntity.class, null, scope), (r, n) -> r.sites = n);
            fill(rows, PersonServiceImpl.SCOPING.restrict(GuardianshipServiceImpl.childrenWithoutCapableGuardian(null),
                    scope).countBy(em, PersonEntity.class, "e.townshipCode", String.class),
                    (r, n) -> r.childrenWithoutCapableGuardian = n);
        });
        return rows;
    }

    @Override
    public TownshipStatsDTO county() {
        DivisionDTO county = divisions.county();
        TownshipStatsDTO total = new TownshipStatsDTO();
        total.townshipCode = county.code;
        total.townshipName = county.name;
        for (TownshipStatsDTO row : byTownship()) {
            total.women += row.women;
            total.children += row.children;
            total.elderly += row.elderly;
            total.households += row.households;
            total.sites += row.sites;
            total.childrenWithoutCapableGuardian += row.childrenWithoutCapableGuardian;
        }
        return total;
    }

    private static Map<String, Long> active(EntityManager em, Class<?> type, CareCategory category, Scope scope) {
        Filter filter = new Filter().eq("e.status", Status.ACTIVE);
        Scoping.Condition inScope = Scoping.condition(scope, "e.townshipCode", "e.villageCode");
        if (inScope != null) {
            inScope.addTo(filter);
        }
        if (category != null) {
            filter.and(PersonServiceImpl.categoryPath(category) + " = ?", Boolean.TRUE);
        }
        return filter.countBy(em, type, "e.townshipCode", String.class);
    }

    private static void fill(List<TownshipStatsDTO> rows, Map<String, Long> counts,
                             ObjLongConsumer<TownshipStatsDTO> setter) {
        for (TownshipStatsDTO row : rows) {
            setter.accept(row, counts.getOrDefault(row.townshipCode, 0L));
        }
    }
}
