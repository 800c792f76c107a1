package org.guanai.registry.internal.service;

import org.guanai.registry.api.ServiceSiteDTO;
import org.guanai.registry.internal.jpa.ServiceSiteEntity;

final class ServiceSiteMapper {

    private ServiceSiteMapper() {
    }

    static ServiceSiteDTO toDto(ServiceSiteEntity e) {
        ServiceSiteDTO d = new ServiceSiteDTO();
        d.id = e.getId();
        d.version = e.getVersion();
        d.kind = e.getKind();
        d.name = e.getName();
        d.villageCode = e.getVillageCode();
        d.townshipCode = e.getTownshipCode();
        d.address = e.getAddress();
        d.openedOn = e.getOpenedOn();
        d.remoteEducationStation = e.isRemoteEducationStation();
        d.parentsSchool = e.isParentsSchool();
        d.contactName = e.getContactName();
        d.contactPhone = e.getContactPhone();
        d.notes = e.getNotes();
        d.status = e.getStatus();
        d.endedOn = e.getEndedOn();
        d.endNote = e.getEndNote();
        return d;
    }

    static void apply(ServiceSiteDTO d, ServiceSiteEntity e) {
        e.setKind(d.kind);
        e.setName(d.name);
        e.setVillageCode(d.villageCode);
        e.setTownshipCode(d.townshipCode);
        e.setAddress(d.address);
        e.setOpenedOn(d.openedOn);
        e.setRemoteEducationStation(d.remoteEducationStation);
        e.setParentsSchool(d.parentsSchool);
        e.setContactName(d.contactName);
        e.setContactPhone(d.contactPhone);
        e.setNotes(d.notes);
    }
}
