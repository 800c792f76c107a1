package org.guanai.mutualaid.internal.service;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.guanai.mutualaid.internal.lists.Pages;
import org.guanai.registry.api.CareCategory;
import org.guanai.registry.api.DivisionDTO;
import org.guanai.registry.api.DivisionLevel;
import org.guanai.registry.api.DivisionService;
import org.guanai.registry.api.GuardianshipService;
import org.guanai.registry.api.HouseholdDTO;
import org.guanai.registry.api.HouseholdQuery;
import org.guanai.registry.api.HouseholdService;
import org.guanai.registry.api.NotFoundException;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.PersonDTO;
import org.guanai.registry.api.PersonDirectory;
import org.guanai.registry.api.PersonSummaryDTO;
import org.guanai.registry.api.PersonQuery;
import org.guanai.registry.api.PersonService;
import org.guanai.registry.api.ServiceSiteDTO;
import org.guanai.registry.api.ServiceSiteService;
import org.guanai.registry.api.Status;
import org.guanai.registry.api.VolunteerDTO;
import org.guanai.registry.api.VolunteerService;
import org.guanai.registry.api.security.Visibility;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * What the module asks the registry, through its API services only: persons (through the {@link PersonDirectory},
 * scoped and masked, not audited as a user opening them), households, volunteers, sites and divisions. Every lookup
 * answers as the current caller sees the registry: a record outside their divisions is "not there". Any service a
 * caller never needs may be null (tests).
 */
@Component(service = Registry.class)
public final class Registry {

    static final int PAGE = PageRequest.MAX_LIMIT;

    final PersonService persons;
    final PersonDirectory directory;
    final HouseholdService households;
    final VolunteerService volunteers;
    final ServiceSiteService sites;
    final DivisionService divisions;
    final GuardianshipService guardianships;
    /** Who sees what; null in tests that need no scope. */
    final Visibility visibility;

    @Activate
    public Registry(@Reference(name = "persons") PersonService persons,
                    @Reference(name = "directory") PersonDirectory directory,
                    @Reference(name = "households") HouseholdService households,
                    @Reference(name = "volunteers") VolunteerService volunteers,
                    @Reference(name = "sites") ServiceSiteService sites,
                    @Reference(name = "divisions") DivisionService divisions,
                    @Reference(name = "guardianships") GuardianshipService guardianships,
                    @Reference(name = "visibility") Visibility visibility) {
        this.persons = persons;
        this.directory = directory;
        this.households = households;
        this.volunteers = volunteers;
        this.sites = sites;
        this.divisions = divisions;
        this.guardianships = guardianships;
        this.visibility = visibility;
    }

    public Optional<PersonDTO> person(long id) {
        return directory.find(id);
    }

    public Map<Long, PersonDTO> persons(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : directory.find(ids);
    }

    public Optional<HouseholdDTO> household(long id) {
        return quietly(households::get, id);
    }

    public Optional<VolunteerDTO> volunteer(long id) {
        return quietly(volunteers::get, id);
    }

    public Optional<ServiceSiteDTO> site(long id) {
        return quietly(sites::get, id);
    }

    /** Names of these volunteers that the caller sees, by id. */
    public Map<Long, String> volunteerNames(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        for (Long id : ids) {
            volunteer(id).ifPresent(v -> names.put(id, v.name));
        }
        return names;
    }

    /** The village, if it is one of the county's. */
    public Optional<DivisionDTO> village(String code) {
        return divisions.find(code).filter(d -> d.level == DivisionLevel.VILLAGE);
    }

    public Optional<DivisionDTO> county() {
        try {
            return Optional.of(divisions.county());
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    public List<DivisionDTO> townships() {
        return county().map(c -> divisions.children(c.code)).orElse(List.of());
    }

    /** Active persons of a care category (in a township and village, when given), page by page. */
    public List<PersonDTO> activePersons(CareCategory category, String townshipCode, String villageCode) {
        PersonQuery q = new PersonQuery();
        q.category = category;
        q.status = Status.ACTIVE;
        q.townshipCode = townshipCode;
        q.villageCode = villageCode;
        return all(page -> persons.list(q, page));
    }

    /**
     * Active left-behind women, optionally of one township and/or village, in short rows from one registry query
     * (issue #15: the summary and the ungrouped list read every page of full records before).
     */
    public List<PersonSummaryDTO> activeWomenInShort(String townshipCode, String villageCode) {
        return directory.summaries(PersonQuery.activeWomen(townshipCode, villageCode));
    }

    /** Active persons of one household. */
    public List<PersonDTO> activeMembersOf(long householdId) {
        PersonQuery q = new PersonQuery();
        q.householdId = householdId;
        q.status = Status.ACTIVE;
        return all(page -> persons.list(q, page));
    }

    public List<HouseholdDTO> activeHardshipHouseholds(String townshipCode) {
        HouseholdQuery q = new HouseholdQuery();
        q.hardship = true;
        q.status = Status.ACTIVE;
        q.townshipCode = townshipCode;
        return all(page -> households.list(q, page));
    }

    public List<PersonDTO> childrenWithoutCapableGuardian(String townshipCode) {
        return all(page -> guardianships.childrenWithoutCapableGuardian(townshipCode, page));
    }

    private static <T> List<T> all(Function<PageRequest, Page<T>> read) {
        return Pages.all(read);
    }

    private static <T> Optional<T> quietly(Function<Long, T> get, long id) {
        try {
            return Optional.ofNullable(get.apply(id));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }
}
