package org.guanai.health.internal.service;

import static org.guanai.health.internal.HealthText.text;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.guanai.health.api.CheckResult;
import org.guanai.health.api.CoverageDTO;
import org.guanai.health.api.DueWomanDTO;
import org.guanai.health.api.FollowUpDTO;
import org.guanai.health.api.ScreeningReports;
import org.guanai.health.internal.jpa.CheckEntity;
import org.guanai.health.internal.schema.HealthSchema;
import org.guanai.health.internal.screening.CheckFact;
import org.guanai.health.internal.screening.CheckedOn;
import org.guanai.health.internal.screening.Coverage;
import org.guanai.health.internal.screening.DueList;
import org.guanai.health.internal.screening.OverdueFollowUps;
import org.guanai.health.internal.screening.Pages;
import org.guanai.health.internal.screening.PersonFact;
import org.guanai.health.internal.spi.HealthModule;
import org.guanai.jpa.support.Checks;
import org.guanai.jpa.support.Filter;
import org.guanai.registry.api.DivisionDTO;
import org.guanai.registry.api.DivisionService;
import org.guanai.registry.api.Message;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.PersonDirectory;
import org.guanai.registry.api.PersonService;
import org.guanai.registry.api.ValidationException;
import org.guanai.registry.api.security.Scope;
import org.guanai.registry.api.security.Visibility;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Gathers the inputs of the screening rules (the women from the registry, the checks from this
 * module's tables) and hands them to the rules in {@code internal.screening}, which decide. Every report keeps to
 * the caller's divisions; what follows from results is for callers who may read {@link HealthModule#RESULTS}:
 * the overdue follow-ups whole, and coverage with its small cells suppressed for the others.
 */
@Component(service = ScreeningReports.class)
public class ScreeningReportsImpl implements ScreeningReports {

    static final Message OVERDUE_REFUSED = text("overdueRefused");

    private final JpaTemplate jpa;
    private final RegistryLookups registry;
    private final Visibility visibility;
    private Clock clock = Clock.systemDefaultZone();

    @Activate
    public ScreeningReportsImpl(@Reference(name = "jpa", target = HealthUnit.TARGET) JpaTemplate jpa,
                                @Reference(name = "persons") PersonService persons,
                                @Reference(name = "directory") PersonDirectory directory,
                                @Reference(name = "divisions") DivisionService divisions,
                                @Reference(name = "visibility") Visibility visibility,
                                @Reference(name = "schema") HealthSchema schema) {
        this(jpa, new RegistryLookups(persons, directory, divisions, null), visibility);
    }

    ScreeningReportsImpl(JpaTemplate jpa, RegistryLookups registry, Visibility visibility) {
        this.jpa = jpa;
        this.registry = registry;
        this.visibility = visibility;
    }

    /** For tests that pin "today" (the latest year one may ask about is next year). */
    void setClock(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Page<DueWomanDTO> dueList(int year, String townshipCode, String villageCode, PageRequest page) {
        checkYear(year);
        List<PersonFact> women = registry.activeWomenInShort(townshipCode, villageCode).stream().map(PersonFact::of)
                .toList();
        return Pages.slice(DueList.of(year, women, lastCheckedUpTo(LocalDate.of(year, 12, 31))), page);
    }

    @Override
    public Page<FollowUpDTO> overdueFollowUps(LocalDate today, String townshipCode, PageRequest page) {
        if (today == null) {
            throw ValidationException.of("today", Checks.text("required"));
        }
        // being on this list discloses that a check found something
        visibility.requireRead(HealthModule.RESULTS, OVERDUE_REFUSED);
        List<CheckFact> open = facts(new Filter().and("e.followUpDue < ?", today).and("e.followedUpOn IS NULL"));
        Map<Long, PersonFact> persons = new HashMap<>();
        if (townshipCode != null) {
            registry.everyoneInShort(townshipCode).forEach(p -> persons.put(p.id, PersonFact.of(p)));
        } else {
            registry.persons(open.stream().map(CheckFact::personId).toList()).values()
                    .forEach(p -> persons.put(p.id, PersonFact.of(p)));
        }
        // the registry never forgets a person: one it does not return is outside the caller's divisions
        List<CheckFact> visible = open.stream().filter(c -> persons.containsKey(c.personId())).toList();
        return Pages.slice(OverdueFollowUps.of(today, townshipCode, visible, persons), page);
    }

    @Override
    public CoverageDTO coverage(int year) {
        checkYear(year);
        // Like the registry's own statistics: NotFoundException while no county is configured.
        DivisionDTO county = registry.requireCounty();
        Scope scope = visibility.scope();
        List<DivisionDTO> townships = registry.townshipsOf(county).stream()
                .filter(t -> scope.isAll() || scope.touchedTownships().contains(t.code))
                .toList();
        List<PersonFact> women = registry.activeWomenInShort(null, null).stream().map(PersonFact::of).toList();
        List<CheckFact> checks = facts(new Filter().and("e.checkedOn >= ? AND e.checkedOn <= ?",
                LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
        return Coverage.suppress(Coverage.of(year, county, townships, women, checks),
                visibility.cells(HealthModule.RESULTS));
    }

    private void checkYear(int year) {
        int last = LocalDate.now(clock).getYear() + 1;
        if (year < CampaignServiceImpl.FIRST_YEAR || year > last) {
            throw ValidationException.of("year", text("yearBetween", CampaignServiceImpl.FIRST_YEAR, last));
        }
    }

    /**
     * Each person's latest check on or before {@code end}: the due list needs no more than that, so one
     * grouped query answers for the whole county.
     */
    private List<CheckedOn> lastCheckedUpTo(LocalDate end) {
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                        "SELECT e.personId, MAX(e.checkedOn) FROM HealthCheck e WHERE e.checkedOn <= :end"
                                + " GROUP BY e.personId", Object[].class)
                .setParameter("end", end)
                .getResultList()
                .stream()
                .map(row -> new CheckedOn(((Number) row[0]).longValue(), (LocalDate) row[1]))
                .toList());
    }

    private List<CheckFact> facts(Filter filter) {
        return jpa.txExpr(TransactionType.Required, em -> filter
                .select(em, CheckEntity.class,
                        "e.id, e.personId, e.checkedOn, e.result, e.followUpDue, e.followedUpOn", Object[].class)
                .stream()
                .map(row -> new CheckFact(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                        (LocalDate) row[2], (CheckResult) row[3], (LocalDate) row[4], (LocalDate) row[5]))
                .toList());
    }
}
