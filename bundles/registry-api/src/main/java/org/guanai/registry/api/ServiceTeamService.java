package org.guanai.registry.api;

/** Service teams. */
@org.osgi.annotation.versioning.ProviderType
public interface ServiceTeamService {
    Page<ServiceTeamDTO> list(TeamQuery query, PageRequest page);

    ServiceTeamDTO get(long id);

    ServiceTeamDTO create(ServiceTeamDTO team);

    ServiceTeamDTO update(long id, long expectedVersion, ServiceTeamDTO team);

    ServiceTeamDTO end(long id, long expectedVersion, EndRequest end);
}
