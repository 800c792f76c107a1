package org.guanai.registry.internal.service;

import org.guanai.registry.api.VolunteerDTO;
import org.guanai.registry.internal.jpa.VolunteerEntity;

final class VolunteerMapper {

    private VolunteerMapper() {
    }

    static VolunteerDTO toDto(VolunteerEntity e) {
        VolunteerDTO d = new VolunteerDTO();
        d.id = e.getId();
        d.version = e.getVersion();
        d.name = e.getName();
        d.kind = e.getKind();
        d.profession = e.getProfession();
        d.phone = e.getPhone();
        d.teamId = e.getTeamId();
        d.notes = e.getNotes();
        d.status = e.getStatus();
        d.endedOn = e.getEndedOn();
        d.endNote = e.getEndNote();
        return d;
    }

    static void apply(VolunteerDTO d, VolunteerEntity e) {
        e.setName(d.name);
        e.setKind(d.kind);
        e.setProfession(d.profession);
        e.setPhone(d.phone);
        e.setTeamId(d.teamId);
        e.setNotes(d.notes);
    }
}
