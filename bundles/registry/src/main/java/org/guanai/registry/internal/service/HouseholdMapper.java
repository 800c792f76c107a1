package org.guanai.registry.internal.service;

import java.util.ArrayList;
import java.util.List;

import org.guanai.registry.api.HouseholdDTO;
import org.guanai.registry.api.MigrantMemberDTO;
import org.guanai.registry.internal.jpa.HouseholdEntity;
import org.guanai.registry.internal.jpa.MigrantMemberEntity;

final class HouseholdMapper {

    private HouseholdMapper() {
    }

    static HouseholdDTO toDto(HouseholdEntity e) {
        HouseholdDTO d = new HouseholdDTO();
        d.id = e.getId();
        d.version = e.getVersion();
        d.householdKey = e.getHouseholdKey();
        d.villageCode = e.getVillageCode();
        d.townshipCode = e.getTownshipCode();
        d.address = e.getAddress();
        d.headName = e.getHeadName();
        d.contactPhone = e.getContactPhone();
        d.hardship = e.isHardship();
        d.notes = e.getNotes();
        for (MigrantMemberEntity m : e.getMigrantMembers()) {
            d.migrantMembers.add(toDto(m));
        }
        d.status = e.getStatus();
        d.endedOn = e.getEndedOn();
        d.endNote = e.getEndNote();
        return d;
    }

    static MigrantMemberDTO toDto(MigrantMemberEntity e) {
        MigrantMemberDTO d = new MigrantMemberDTO();
        d.id = e.getId();
        d.name = e.getName();
        d.relation = e.getRelation();
        d.workProvince = e.getWorkProvince();
        d.workCity = e.getWorkCity();
        d.employer = e.getEmployer();
        d.phone = e.getPhone();
        d.awaySince = e.getAwaySince();
        d.homeFrequency = e.getHomeFrequency();
        return d;
    }

    /** Copies validated fields, replacing the migrant members. */
    static void apply(HouseholdDTO d, HouseholdEntity e) {
        e.setHouseholdKey(d.householdKey);
        e.setVillageCode(d.villageCode);
        e.setTownshipCode(d.townshipCode);
        e.setAddress(d.address);
        e.setHeadName(d.headName);
        e.setContactPhone(d.contactPhone);
        e.setHardship(d.hardship);
        e.setNotes(d.notes);
        List<MigrantMemberEntity> members = new ArrayList<>();
        for (MigrantMemberDTO m : d.migrantMembers) {
            members.add(toEntity(m));
        }
        e.replaceMigrantMembers(members);
    }

    static MigrantMemberEntity toEntity(MigrantMemberDTO d) {
        MigrantMemberEntity e = new MigrantMemberEntity();
        e.setName(d.name);
        e.setRelation(d.relation);
        e.setWorkProvince(d.workProvince);
        e.setWorkCity(d.workCity);
        e.setEmployer(d.employer);
        e.setPhone(d.phone);
        e.setAwaySince(d.awaySince);
        e.setHomeFrequency(d.homeFrequency);
        return e;
    }
}
