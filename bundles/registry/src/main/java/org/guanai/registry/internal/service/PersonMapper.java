package org.guanai.registry.internal.service;

import java.util.EnumSet;

import org.guanai.registry.api.CareCategory;
import org.guanai.registry.api.PersonDTO;
import org.guanai.registry.internal.jpa.PersonEntity;

final class PersonMapper {

    private PersonMapper() {
    }

    /** Without warnings: {@link PersonReader} adds them. */
    static PersonDTO toDto(PersonEntity e) {
        PersonDTO d = new PersonDTO();
        d.id = e.getId();
        d.version = e.getVersion();
        d.name = e.getName();
        d.gender = e.getGender();
        d.idNumber = e.getIdNumber();
        d.birthDate = e.getBirthDate();
        d.phone = e.getPhone();
        d.householdId = e.getHouseholdId();
        d.villageCode = e.getVillageCode();
        d.townshipCode = e.getTownshipCode();
        d.categories = e.getCategories();
        d.schoolStage = e.getSchoolStage();
        d.notes = e.getNotes();
        d.status = e.getStatus();
        d.endedOn = e.getEndedOn();
        d.endReason = e.getEndReason();
        d.endNote = e.getEndNote();
        return d;
    }

    /** Copies validated fields; status and end fields change only through ending. */
    static void apply(PersonDTO d, PersonEntity e) {
        e.setName(d.name);
        e.setGender(d.gender);
        e.setIdNumber(d.idNumber);
        e.setBirthDate(d.birthDate);
        e.setPhone(d.phone);
        e.setHouseholdId(d.householdId);
        e.setVillageCode(d.villageCode);
        e.setTownshipCode(d.townshipCode);
        e.setCategories(d.categories == null ? EnumSet.noneOf(CareCategory.class) : d.categories);
        e.setSchoolStage(d.schoolStage);
        e.setNotes(d.notes);
    }
}
