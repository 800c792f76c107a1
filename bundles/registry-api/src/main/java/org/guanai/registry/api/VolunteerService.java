package org.guanai.registry.api;

/** Staff and volunteers of the service teams. */
@org.osgi.annotation.versioning.ProviderType
public interface VolunteerService {
    Page<VolunteerDTO> list(TeamQuery query, PageRequest page);

    VolunteerDTO get(long id);

    VolunteerDTO create(VolunteerDTO volunteer);

    VolunteerDTO update(long id, long expectedVersion, VolunteerDTO volunteer);

    VolunteerDTO end(long id, long expectedVersion, EndRequest end);
}
