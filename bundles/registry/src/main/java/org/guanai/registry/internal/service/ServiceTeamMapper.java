package org.guanai.registry.internal.service;

import org.guanai.registry.api.ServiceTeamDTO;
import org.guanai.registry.internal.jpa.ServiceTeamEntity;

final class ServiceTeamMapper {

    private ServiceTeamMapper() {
    }

    static ServiceTeamDTO toDto(ServiceTeamEntity e) {
        ServiceTeamDTO d = new ServiceTeamDTO();
        d.id = e.getId();
        d.version = e.getVersion();
        d.name = e.getName();
        d.siteId = e.getSiteId();
        d.townshipCode = e.getTownshipCode();
        d.description = e.getDescription();
        d.status = e.getStatus();
        d.endedOn = e.getEndedOn();
        d.endNote = e.getEndNote();
        return d;
    }

    static void apply(ServiceTeamDTO d, ServiceTeamEntity e) {
        e.setName(d.name);
        e.setSiteId(d.siteId);
        e.setTownshipCode(d.townshipCode);
        e.setDescription(d.description);
    }
}
