package org.guanai.health.internal.service;

import static org.guanai.health.internal.HealthText.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.guanai.jpa.support.Checks;
import org.guanai.registry.api.CareCategory;
import org.guanai.registry.api.DivisionDTO;
import org.guanai.registry.api.DivisionLevel;
import org.guanai.registry.api.DivisionService;
import org.guanai.registry.api.NotFoundException;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.PersonDTO;
import org.guanai.registry.api.PersonDirectory;
import org.guanai.registry.api.PersonQuery;
import org.guanai.registry.api.PersonService;
import org.guanai.registry.api.PersonSummaryDTO;
import org.guanai.registry.api.ServiceSiteDTO;
import org.guanai.registry.api.ServiceSiteService;
import org.guanai.registry.api.Status;

/**
 * What the health module asks the registry, through its API services only: persons, sites and
 * divisions. The registry owns those records; this module keeps their ids. Persons named by id are looked up in
 * the {@link PersonDirectory}: scoped and masked for the caller, but not audited as the caller opening them.
 */
public final class RegistryLookups {

    /** The registry's largest page: whole lists are read in pages of this size. */
    static final int PAGE = PageRequest.MAX_LIMIT;

    private final PersonService persons;
    private final PersonDirectory directory;
    private final DivisionService divisions;
    private final ServiceSiteService sites;

    /** Any service the caller never asks about may be null. */
    public RegistryLookups(PersonService persons, PersonDirectory directory, DivisionService divisions,
                           ServiceSiteService sites) {
        this.persons = persons;
        this.directory = directory;
        this.divisions = divisions;
        this.sites = sites;
    }

    /** The person, if the caller sees her. */
    public Optional<PersonDTO> person(long id) {
        return directory.find(id);
    }

    /** The persons with these ids that the caller sees, by id (a few registry queries for any number). */
    public Map<Long, PersonDTO> persons(Collection<Long> ids) {
        return directory.find(ids);
    }

    static boolean isActiveWoman(PersonDTO p) {
        return p.status == Status.ACTIVE && p.categories != null
                && p.categories.contains(CareCategory.LEFT_BEHIND_WOMAN);
    }

    /** The service site, if the caller sees it. */
    public Optional<ServiceSiteDTO> site(long id) {
        try {
            return Optional.ofNullable(sites.get(id));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    public boolean siteExists(long id) {
        return site(id).isPresent();
    }

    /** Active left-behind women, optionally of one township and/or village, read page by page. */
    public List<PersonDTO> activeWomen(String townshipCode, String villageCode) {
        PersonQuery q = new PersonQuery();
        q.category = CareCategory.LEFT_BEHIND_WOMAN;
        q.status = Status.ACTIVE;
        q.townshipCode = townshipCode;
        q.villageCode = villageCode;
        return all(q);
    }

    /**
     * Active left-behind women, optionally of one township and/or village, in short rows read with one registry
     * query: for the county-wide reports, which need no more of each woman.
     */
    public List<PersonSummaryDTO> activeWomenInShort(String townshipCode, String villageCode) {
        return directory.summaries(PersonQuery.activeWomen(townshipCode, villageCode));
    }

    /** Everyone registered in the township, whatever their category or status, in short rows (one query). */
    public List<PersonSummaryDTO> everyoneInShort(String townshipCode) {
        PersonQuery q = new PersonQuery();
        q.townshipCode = townshipCode;
        return directory.summaries(q);
    }

    /** Everyone registered in the township, whatever their category or status. */
    public List<PersonDTO> everyoneIn(String townshipCode) {
        PersonQuery q = new PersonQuery();
        q.townshipCode = townshipCode;
        return all(q);
    }

    private List<PersonDTO> all(PersonQuery q) {
        List<PersonDTO> all = new ArrayList<>();
        int offset = 0;
        while (true) {
            Page<PersonDTO> page = persons.list(q, PageRequest.of(offset, PAGE));
            all.addAll(page.items);
            offset += PAGE;
            if (page.items.isEmpty() || offset >= page.total) {
                return all;
            }
        }
    }

    /** The county, or empty while none is configured. */
    public Optional<DivisionDTO> county() {
        try {
            return Optional.of(divisions.county());
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /** The configured county; {@link NotFoundException} while there is none. */
    public DivisionDTO requireCounty() {
        return divisions.county();
    }

    /** The county's townships, ordered by code. */
    public List<DivisionDTO> townshipsOf(DivisionDTO county) {
        return divisions.children(county.code);
    }

    public boolean isTownship(String code) {
        if (code == null) {
            return false;
        }
        Optional<DivisionDTO> county = county();
        Optional<DivisionDTO> division = divisions.find(code);
        return county.isPresent() && division.isPresent() && division.get().level == DivisionLevel.TOWNSHIP
                && county.get().code.equals(division.get().parentCode);
    }

    /** Adds an error on {@code field} unless {@code code} is a township of the county. */
    public void checkTownship(Checks checks, String field, String code) {
        checks.check(isTownship(code), field, text("notATownship", code));
    }
}
