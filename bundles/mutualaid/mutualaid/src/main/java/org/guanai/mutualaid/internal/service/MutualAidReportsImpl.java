package org.guanai.mutualaid.internal.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.guanai.jpa.support.Filter;
import org.guanai.mutualaid.api.GroupDTO;
import org.guanai.mutualaid.api.GroupQuery;
import org.guanai.mutualaid.api.GroupService;
import org.guanai.mutualaid.api.InactiveGroupDTO;
import org.guanai.mutualaid.api.MutualAidReports;
import org.guanai.mutualaid.api.PairingDTO;
import org.guanai.mutualaid.api.PairingQuery;
import org.guanai.mutualaid.api.PairingService;
import org.guanai.mutualaid.api.StalePairingDTO;
import org.guanai.mutualaid.api.SummaryDTO;
import org.guanai.mutualaid.api.UngroupedWomanDTO;
import org.guanai.mutualaid.api.UnpairedCaseDTO;
import org.guanai.mutualaid.api.VulnerableReason;
import org.guanai.mutualaid.internal.jpa.MembershipEntity;
import org.guanai.mutualaid.internal.jpa.PairingEntity;
import org.guanai.mutualaid.internal.lists.Pages;
import org.guanai.mutualaid.internal.lists.Quiet;
import org.guanai.mutualaid.internal.lists.UngroupedWomen;
import org.guanai.mutualaid.internal.lists.UnpairedCases;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.Status;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The lists a township acts on. Each reads what the caller sees (the registry's persons and households, this module's
 * groups and pairings, all scoped) and applies one plain rule of {@code internal.lists}. Which persons and households
 * are paired or in a group is read whole, unscoped: it only takes cases off a list, never shows one.
 */
@Component(service = MutualAidReports.class)
public class MutualAidReportsImpl implements MutualAidReports {

    static final int DAYS_MAX = 3650;

    private final JpaTemplate jpa;
    private final Registry registry;
    private final GroupService groups;
    private final PairingService pairings;
    private Clock clock = Clock.systemDefaultZone();

    @Activate
    public MutualAidReportsImpl(@Reference(name = "jpa", target = MutualAidSchema.UNIT) JpaTemplate jpa,
                                @Reference(name = "registry") Registry registry,
                                @Reference(name = "groups") GroupService groups,
                                @Reference(name = "pairings") PairingService pairings) {
        this.jpa = jpa;
        this.registry = registry;
        this.groups = groups;
        this.pairings = pairings;
    }

    /** For tests that pin "today". */
    public void setClock(Clock clock) {
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    @Override
    public Page<UnpairedCaseDTO> unpairedVulnerable(String townshipCode, VulnerableReason reason, PageRequest page) {
        List<UnpairedCaseDTO> cases = unpaired(townshipCode, true);
        if (reason != null) {
            cases.removeIf(c -> c.reason != reason);
        }
        return Pages.of(cases, page);
    }

    /** The vulnerable cases of the township (the caller's divisions), without those paired when {@code paired}. */
    List<UnpairedCaseDTO> unpaired(String townshipCode, boolean paired) {
        Set<Long> persons = new HashSet<>();
        Set<Long> households = new HashSet<>();
        if (paired) {
            for (Object[] row : jpa.txExpr(TransactionType.Required, em -> new Filter().eq("e.status", Status.ACTIVE)
                    .select(em, PairingEntity.class, "e.personId, e.householdId", Object[].class))) {
                if (row[0] != null) {
                    persons.add((Long) row[0]);
                }
                if (row[1] != null) {
                    households.add((Long) row[1]);
                }
            }
        }
        return UnpairedCases.of(registry.childrenWithoutCapableGuardian(townshipCode),
                registry.activeHardshipHouseholds(townshipCode), registry.activePersons(null, townshipCode, null),
                persons, households);
    }

    @Override
    public Page<InactiveGroupDTO> inactiveGroups(String townshipCode, int days, PageRequest page) {
        return Pages.of(inactive(townshipCode, days), page);
    }

    List<InactiveGroupDTO> inactive(String townshipCode, int days) {
        GroupQuery q = new GroupQuery();
        q.townshipCode = townshipCode;
        q.status = Status.ACTIVE;
        List<InactiveGroupDTO> out = new ArrayList<>();
        for (GroupDTO g : Pages.all(p -> groups.list(q, p))) {
            if (Quiet.isQuiet(g.foundedOn, g.lastActivityOn, today(), days)) {
                InactiveGroupDTO d = new InactiveGroupDTO();
                d.groupId = g.id;
                d.name = g.name;
                d.kind = g.kind;
                d.villageCode = g.villageCode;
                d.townshipCode = g.townshipCode;
                d.foundedOn = g.foundedOn;
                d.lastActivityOn = g.lastActivityOn;
                d.memberCount = g.memberCount;
                out.add(d);
            }
        }
        return out;
    }

    @Override
    public Page<StalePairingDTO> stalePairings(String townshipCode, int days, PageRequest page) {
        PairingQuery q = new PairingQuery();
        q.townshipCode = townshipCode;
        q.status = Status.ACTIVE;
        List<StalePairingDTO> out = new ArrayList<>();
        for (PairingDTO p : Pages.all(r -> pairings.list(q, r))) {
            if (Quiet.isQuiet(p.startsOn, p.lastVisitOn, today(), days)) {
                StalePairingDTO d = new StalePairingDTO();
                d.pairingId = p.id;
                d.helperName = p.helperName;
                d.targetName = p.targetName;
                d.villageCode = p.villageCode;
                d.townshipCode = p.townshipCode;
                d.startsOn = p.startsOn;
                d.lastVisitOn = p.lastVisitOn;
                out.add(d);
            }
        }
        return Pages.of(out, page);
    }

    @Override
    public Page<UngroupedWomanDTO> womenInNoGroup(String townshipCode, String villageCode, PageRequest page) {
        return Pages.of(ungrouped(townshipCode, villageCode), page);
    }

    List<UngroupedWomanDTO> ungrouped(String townshipCode, String villageCode) {
        Set<Long> inAGroup = new HashSet<>(jpa.txExpr(TransactionType.Required, em -> new Filter()
                .eq("e.status", Status.ACTIVE).and("e.personId IS NOT NULL")
                .select(em, MembershipEntity.class, "DISTINCT e.personId", Long.class)));
        return UngroupedWomen.of(registry.activeWomenInShort(townshipCode, villageCode), inAGroup);
    }

    @Override
    public SummaryDTO summary(int year) {
        return new Summary(this, registry, groups, jpa).of(year);
    }
}
