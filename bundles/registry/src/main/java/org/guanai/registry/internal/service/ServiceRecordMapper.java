package org.guanai.registry.internal.service;

import java.util.ArrayList;
import java.util.Collections;

import org.guanai.registry.api.ServiceRecordDTO;
import org.guanai.registry.internal.jpa.ServiceRecordEntity;

final class ServiceRecordMapper {

    private ServiceRecordMapper() {
    }

    static ServiceRecordDTO toDto(ServiceRecordEntity e) {
        ServiceRecordDTO d = new ServiceRecordDTO();
        d.id = e.getId();
        d.version = e.getVersion();
        d.kind = e.getKind();
        d.date = e.getDate();
        d.siteId = e.getSiteId();
        d.teamId = e.getTeamId();
        d.personIds = new ArrayList<>(e.getPersonIds());
        Collections.sort(d.personIds);
        d.summary = e.getSummary();
        d.notes = e.getNotes();
        return d;
    }

    static void apply(ServiceRecordDTO d, ServiceRecordEntity e) {
        e.setKind(d.kind);
        e.setDate(d.date);
        e.setSiteId(d.siteId);
        e.setTeamId(d.teamId);
        e.setPersonIds(d.personIds);
        e.setSummary(d.summary);
        e.setNotes(d.notes);
    }
}
