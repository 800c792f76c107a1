package org.guanai.legal.internal.service;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.guanai.registry.api.DivisionDTO;
import org.guanai.registry.api.DivisionLevel;
import org.guanai.registry.api.DivisionService;
import org.guanai.registry.api.NotFoundException;
import org.guanai.registry.api.PersonDTO;
import org.guanai.registry.api.PersonDirectory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * What the module asks the registry, through its API only: persons through the {@link PersonDirectory} (scoped and
 * masked for the caller, not audited as a user opening them) and divisions.
 */
@Component(service = Registry.class)
public final class Registry {

    private final PersonDirectory directory;
    private final DivisionService divisions;

    @Activate
    public Registry(@Reference(name = "directory") PersonDirectory directory,
                    @Reference(name = "divisions") DivisionService divisions) {
        this.directory = directory;
        this.divisions = divisions;
    }

    public Optional<PersonDTO> person(long id) {
        return directory.find(id);
    }

    public Map<Long, PersonDTO> persons(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : directory.find(ids);
    }

    public Optional<DivisionDTO> division(String code, DivisionLevel level) {
        return code == null ? Optional.empty() : divisions.find(code).filter(d -> d.level == level);
    }

    public List<DivisionDTO> townships() {
        try {
            return divisions.children(divisions.county().code);
        } catch (NotFoundException e) {
            return List.of();
        }
    }

    public String name(String code) {
        return code == null ? null : divisions.find(code).map(d -> d.name).orElse(code);
    }
}
