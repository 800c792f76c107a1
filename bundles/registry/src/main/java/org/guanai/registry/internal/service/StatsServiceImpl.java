package org.guanai.registry.internal.service;

import static org.guanai.registry.internal.RegistryText.text;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ObjLongConsumer;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.guanai.jpa.support.Filter;
import org.guanai.jpa.support.Scoping;
import org.guanai.registry.api.CareCategory;
import org.guanai.registry.api.DivisionDTO;
import org.guanai.registry.api.DivisionService;
import org.guanai.registry.api.MigrantDestinationDTO;
import org.guanai.registry.api.MonthlyStatsDTO;
import org.guanai.registry.api.Status;
import org.guanai.registry.api.StatsService;
import org.guanai.registry.api.TownshipStatsDTO;
import org.guanai.registry.api.ValidationException;
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
    private Clock clock = Clock.systemDefaultZone();

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

    @Override
    public List<MigrantDestinationDTO> migrantDestinations(String townshipCode) {
        Scope scope = within(townshipCode);
        SmallCells cells = SmallCells.forCurrentCaller();
        return jpa.txExpr(TransactionType.Required, em -> MigrantDestinations.count(em, scope, cells));
    }

    @Override
    public List<MonthlyStatsDTO> monthly(String townshipCode, YearMonth from, YearMonth to) {
        YearMonth now = YearMonth.now(clock);
        if (from == null || to == null) {
            throw ValidationException.of(from == null ? "from" : "to", text("stats.monthRequired"));
        }
        if (to.isAfter(now)) {
            throw ValidationException.of("to", text("stats.afterThisMonth", String.valueOf(to), String.valueOf(now)));
        }
        if (from.isAfter(to)) {
            throw ValidationException.of("from", text("stats.fromAfterTo", String.valueOf(from), String.valueOf(to)));
        }
        if (from.plusMonths(MAX_MONTHS).isBefore(to.plusMonths(1))) {
            throw ValidationException.of("from", text("stats.maxMonths", MAX_MONTHS,
                    from.until(to, java.time.temporal.ChronoUnit.MONTHS) + 1));
        }
        Scope scope = within(townshipCode);
        SmallCells cells = SmallCells.forCurrentCaller();
        return jpa.txExpr(TransactionType.Required, em -> MonthlyFigures.count(em, scope, from, to, cells));
    }

    /** For tests that pin "this month". */
    void setClock(Clock clock) {
        this.clock = clock;
    }

    /**
     * The caller's scope, narrowed to one township when one is given: the whole township if the caller sees
     * it, else the caller's villages in it (perhaps none).
     */
    Scope within(String townshipCode) {
        Scope scope = view.scope();
        if (townshipCode == null) {
            return scope;
        }
        boolean ofCounty = divisions.children(divisions.county().code).stream().anyMatch(t -> t.code.equals(townshipCode));
        if (!ofCounty) {
            throw ValidationException.of("township", text("stats.notTownship", townshipCode));
        }
        if (scope.includesTownship(townshipCode)) {
            return Scope.of(Set.of(townshipCode), Set.of());
        }
        Set<String> villages = new TreeSet<>();
        scope.villages().stream().filter(v -> v.startsWith(townshipCode)).forEach(villages::add);
        return Scope.of(Set.of(), villages);
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
