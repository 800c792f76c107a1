package org.guanai.mutualaid.internal.service;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.guanai.jpa.support.Filter;
import org.guanai.jpa.support.Scoping;
import org.guanai.mutualaid.api.CoverageRowDTO;
import org.guanai.mutualaid.api.GroupDTO;
import org.guanai.mutualaid.api.GroupKind;
import org.guanai.mutualaid.api.GroupQuery;
import org.guanai.mutualaid.api.GroupService;
import org.guanai.mutualaid.api.InactiveGroupDTO;
import org.guanai.mutualaid.api.MutualAidReports;
import org.guanai.mutualaid.api.SummaryDTO;
import org.guanai.mutualaid.api.SummaryRowDTO;
import org.guanai.mutualaid.api.UngroupedWomanDTO;
import org.guanai.mutualaid.api.UnpairedCaseDTO;
import org.guanai.mutualaid.internal.jpa.ActivityEntity;
import org.guanai.mutualaid.internal.lists.Pages;
import org.guanai.registry.api.DivisionDTO;
import org.guanai.registry.api.Status;

/**
 * A year's figures per township and group kind (groups, members, activities per month, inactive groups), and per
 * township the women in no group and the pairing coverage of the vulnerable; then the county's totals (a null code).
 * Only what the caller sees is counted.
 */
final class Summary {
    private final MutualAidReportsImpl reports;
    private final Registry registry;
    private final GroupService groups;
    private final JpaTemplate jpa;

    Summary(MutualAidReportsImpl reports, Registry registry, GroupService groups, JpaTemplate jpa) {
        this.reports = reports;
        this.registry = registry;
        this.groups = groups;
        this.jpa = jpa;
    }

    SummaryDTO of(int year) {
        SummaryDTO s = new SummaryDTO();
        s.year = year;
        s.inactiveDays = MutualAidReports.DEFAULT_DAYS;
        Map<String, String> townshipNames = new LinkedHashMap<>();
        for (DivisionDTO t : registry.townships()) {
            townshipNames.put(t.code, t.name);
        }
        Map<String, SummaryRowDTO> rows = new LinkedHashMap<>();
        Map<Long, GroupDTO> byId = new HashMap<>();
        for (GroupDTO g : Pages.all(p -> groups.list(new GroupQuery(), p))) {
            byId.put(g.id, g);
            if (g.status == Status.ACTIVE) {
                SummaryRowDTO r = row(rows, townshipNames, g.townshipCode, g.kind);
                r.activeGroups++;
                r.members += g.memberCount;
            }
        }
        for (InactiveGroupDTO g : reports.inactive(null, MutualAidReports.DEFAULT_DAYS)) {
            row(rows, townshipNames, g.townshipCode, g.kind).inactiveGroups++;
        }
        for (Object[] a : activitiesOf(year)) {
            GroupDTO g = byId.get((Long) a[0]);
            if (g != null) {
                SummaryRowDTO r = row(rows, townshipNames, g.townshipCode, g.kind);
                r.activities++;
                r.activitiesByMonth.merge(YearMonth.from((LocalDate) a[1]).toString(), 1L, Long::sum);
            }
        }
        for (SummaryRowDTO r : List.copyOf(rows.values())) {
            add(row(rows, townshipNames, r.townshipCode, null), r);
            add(row(rows, townshipNames, null, null), r);
        }
        rows.values().stream().sorted(java.util.Comparator
                .comparing((SummaryRowDTO r) -> r.townshipCode, java.util.Comparator.nullsLast(String::compareTo))
                .thenComparing(r -> r.kind, java.util.Comparator.nullsLast(Enum::compareTo)))
                .forEach(s.rows::add);
        coverage(s, townshipNames);
        return s;
    }

    private List<Object[]> activitiesOf(int year) {
        Filter f = new Filter().and("e.heldOn >= ?", LocalDate.of(year, 1, 1)).and("e.heldOn <= ?",
                LocalDate.of(year, 12, 31));
        Scoping.Condition inside = Scoping.condition(registryScope(), "e.townshipCode", "e.villageCode");
        if (inside != null) {
            inside.addTo(f);
        }
        return jpa.txExpr(TransactionType.Required, em -> f.select(em, ActivityEntity.class, "e.groupId, e.heldOn",
                Object[].class));
    }

    private org.guanai.registry.api.security.Scope registryScope() {
        return registry.visibility == null ? org.guanai.registry.api.security.Scope.all() : registry.visibility.scope();
    }

    private void coverage(SummaryDTO s, Map<String, String> townshipNames) {
        Map<String, CoverageRowDTO> rows = new LinkedHashMap<>();
        CoverageRowDTO county = new CoverageRowDTO();
        county.townshipName = "合计";
        registry.activeWomenInShort(null, null)
                .forEach(w -> coverage(rows, townshipNames, w.townshipCode).activeWomen++);
        for (UngroupedWomanDTO w : reports.ungrouped(null, null)) {
            coverage(rows, townshipNames, w.townshipCode).womenInNoGroup++;
        }
        for (UnpairedCaseDTO c : reports.unpaired(null, false)) {
            coverage(rows, townshipNames, c.townshipCode).vulnerableCases++;
        }
        for (UnpairedCaseDTO c : reports.unpaired(null, true)) {
            coverage(rows, townshipNames, c.townshipCode).pairedCases--;
        }
        rows.values().stream().sorted(java.util.Comparator.comparing((CoverageRowDTO r) -> r.townshipCode,
                java.util.Comparator.nullsLast(String::compareTo))).forEach(r -> {
                    r.pairedCases += r.vulnerableCases;
                    r.pairedPercent = percent(r.pairedCases, r.vulnerableCases);
                    county.activeWomen += r.activeWomen;
                    county.womenInNoGroup += r.womenInNoGroup;
                    county.vulnerableCases += r.vulnerableCases;
                    county.pairedCases += r.pairedCases;
                    s.coverage.add(r);
                });
        county.pairedPercent = percent(county.pairedCases, county.vulnerableCases);
        s.coverage.add(county);
    }

    static Double percent(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 1000.0 / whole) / 10.0;
    }

    private static CoverageRowDTO coverage(Map<String, CoverageRowDTO> rows, Map<String, String> names, String code) {
        return rows.computeIfAbsent(code, c -> {
            CoverageRowDTO r = new CoverageRowDTO();
            r.townshipCode = c;
            r.townshipName = names.get(c);
            return r;
        });
    }

    private static SummaryRowDTO row(Map<String, SummaryRowDTO> rows, Map<String, String> names, String township,
                                     GroupKind kind) {
        return rows.computeIfAbsent(township + "/" + kind, k -> {
            SummaryRowDTO r = new SummaryRowDTO();
            r.townshipCode = township;
            r.townshipName = township == null ? "合计" : names.get(township);
            r.kind = kind;
            return r;
        });
    }

    private static void add(SummaryRowDTO total, SummaryRowDTO r) {
        total.activeGroups += r.activeGroups;
        total.members += r.members;
        total.activities += r.activities;
        total.inactiveGroups += r.inactiveGroups;
        r.activitiesByMonth.forEach((m, n) -> total.activitiesByMonth.merge(m, n, Long::sum));
    }
}
