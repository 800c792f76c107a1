package org.guanai.registry.internal.service;

import org.guanai.registry.api.GuardianshipDTO;
import org.guanai.registry.internal.jpa.GuardianshipEntity;
import org.guanai.registry.internal.jpa.PersonEntity;

final class GuardianshipMapper {

    private GuardianshipMapper() {
    }

    static GuardianshipDTO toDto(GuardianshipEntity e) {
        GuardianshipDTO d = new GuardianshipDTO();
        d.id = e.getId();
        d.version = e.getVersion();
        d.childId = e.getChild().getId();
        d.childName = e.getChild().getName();
        d.guardianId = e.getGuardian().getId();
        d.guardianName = e.getGuardian().getName();
        d.relation = e.getRelation();
        d.capacity = e.getCapacity();
        d.contactPhone = e.getContactPhone();
        d.since = e.getSince();
        d.notes = e.getNotes();
        d.status = e.getStatus();
        d.endedOn = e.getEndedOn();
        d.endNote = e.getEndNote();
        return d;
    }

    static void apply(GuardianshipDTO d, PersonEntity child, PersonEntity guardian, GuardianshipEntity e) {
        e.setChild(child);
        e.setGuardian(guardian);
        e.setRelation(d.relation);
        e.setCapacity(d.capacity);
        e.setContactPhone(d.contactPhone);
        e.setSince(d.since);
        e.setNotes(d.notes);
    }
}
