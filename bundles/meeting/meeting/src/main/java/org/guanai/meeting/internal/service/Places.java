package org.guanai.meeting.internal.service;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.guanai.registry.api.DivisionDTO;
import org.guanai.registry.api.DivisionLevel;
import org.guanai.registry.api.DivisionService;
import org.guanai.registry.api.HouseholdDTO;
import org.guanai.registry.api.HouseholdService;
import org.guanai.registry.api.NotFoundException;
import org.guanai.registry.api.PersonDTO;
import org.guanai.registry.api.PersonDirectory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * What the module asks the registry, through its API services only: where a township, village, household or person
 * lies, and their names. Persons come from the {@link PersonDirectory} (scoped and masked, not audited as a user
 * opening them); every lookup answers as the current caller sees the registry.
 */
@Component(service = Places.class)
public final class Places {

    private final PersonDirectory persons;
    private final HouseholdService households;
    private final DivisionService divisions;

    @Activate
    public Places(@Reference(name = "persons") PersonDirectory persons,
                  @Reference(name = "households") HouseholdService households,
                  @Reference(name = "divisions") DivisionService divisions) {
        this.persons = persons;
        this.households = households;
        this.divisions = divisions;
    }

    public Optional<PersonDTO> person(long id) {
        return persons.find(id);
    }

    public Map<Long, PersonDTO> persons(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : persons.find(ids);
    }

    public Optional<HouseholdDTO> household(long id) {
        try {
            return Optional.ofNullable(households.get(id));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /** Household heads' names by household id, of the households the caller sees. */
    public Map<Long, String> householdHeads(Collection<Long> ids) {
        Map<Long, String> heads = new HashMap<>();
        for (Long id : ids) {
            household(id).ifPresent(h -> heads.put(id, h.headName));
        }
        return heads;
    }

    /** The division of that code and level, if it is one of the county's. */
    public Optional<DivisionDTO> division(String code, DivisionLevel level) {
        return code == null ? Optional.empty() : divisions.find(code).filter(d -> d.level == level);
    }

    /** A division's name, or its code when unknown; "全县" for null (the whole county). */
    public String name(String code) {
        return code == null ? "全县" : divisions.find(code).map(d -> d.name).orElse(code);
    }
}
