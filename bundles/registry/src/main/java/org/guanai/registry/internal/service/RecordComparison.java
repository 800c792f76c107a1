package org.guanai.registry.internal.service;

import static org.guanai.registry.api.roster.RosterColumn.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.guanai.registry.api.CareCategory;
import org.guanai.registry.api.HouseholdDTO;
import org.guanai.registry.api.MigrantMemberDTO;
import org.guanai.registry.api.PersonDTO;
import org.guanai.registry.api.roster.RosterColumn;
import org.guanai.registry.api.security.Masking;
import org.guanai.registry.internal.jpa.HouseholdEntity;
import org.guanai.registry.internal.roster.RosterLine;

/**
 * Whether a row's records are already stored exactly so (the row is then unchanged and writes nothing), and how
 * a row's values merge with stored ones: a column the file does not have, or a masked phone, keeps the stored value.
 */
final class RecordComparison {

    private RecordComparison() {
    }

    /** Keeps stored values the file does not give (columns it lacks, masked phones). */
    static void merge(PersonDTO stored, PersonDTO d, RosterLine src, Set<RosterColumn> columns) {
        if (!columns.contains(PHONE) || Masking.isMasked(src.get(PHONE))) {
            d.phone = stored.phone;
        }
        if (!columns.contains(NOTES) && !columns.contains(SCHOOL) && !columns.contains(GRADE)) {
            d.notes = stored.notes;
        }
        if (!columns.contains(SCHOOL_STAGE) && d.schoolStage == null) {
            d.schoolStage = stored.schoolStage;
        }
    }

    static boolean samePerson(PersonDTO a, PersonDTO b) {
        return Objects.equals(a.name, b.name) && a.gender == b.gender && Objects.equals(a.idNumber, b.idNumber)
                && Objects.equals(a.birthDate, b.birthDate) && Objects.equals(a.phone, b.phone)
                && Objects.equals(a.householdId, b.householdId) && Objects.equals(a.villageCode, b.villageCode)
                && Objects.equals(a.categories, b.categories) && a.schoolStage == b.schoolStage
                && Objects.equals(a.notes, b.notes);
    }

    static boolean sameHousehold(HouseholdDTO a, HouseholdDTO b) {
        return Objects.equals(a.householdKey, b.householdKey) && Objects.equals(a.villageCode, b.villageCode)
                && Objects.equals(a.address, b.address) && Objects.equals(a.headName, b.headName)
                && Objects.equals(a.contactPhone, b.contactPhone) && a.hardship == b.hardship
                && Objects.equals(a.notes, b.notes) && sameMigrants(a.migrantMembers, b.migrantMembers);
    }

    /** The same members, in any order. */
    static boolean sameMigrants(List<MigrantMemberDTO> a, List<MigrantMemberDTO> b) {
        if (a.size() != b.size()) {
            return false;
        }
        Function<MigrantMemberDTO, List<Object>> k = m -> Arrays.asList(m.name, m.relation, m.workProvince,
                m.workCity, m.employer, m.phone, m.awaySince, m.homeFrequency);
        List<List<Object>> x = new ArrayList<>(a.stream().map(k).toList());
        for (MigrantMemberDTO m : b) {
            if (!x.remove(k.apply(m))) {
                return false;
            }
        }
        return true;
    }

    static void applyFieldsOnly(HouseholdDTO d, HouseholdEntity e) {
        e.setHouseholdKey(d.householdKey);
        e.setVillageCode(d.villageCode);
        e.setTownshipCode(d.townshipCode);
        e.setAddress(d.address);
        e.setHeadName(d.headName);
        e.setContactPhone(d.contactPhone);
        e.setHardship(d.hardship);
        e.setNotes(d.notes);
    }

    static HouseholdDTO copy(HouseholdDTO s) {
        HouseholdDTO d = new HouseholdDTO();
        d.householdKey = s.householdKey;
        d.villageCode = s.villageCode;
        d.townshipCode = s.townshipCode;
        d.address = s.address;
        d.headName = s.headName;
        d.contactPhone = s.contactPhone;
        d.hardship = s.hardship;
        d.notes = s.notes;
        return d;
    }

    static PersonDTO copy(PersonDTO s) {
        PersonDTO d = new PersonDTO();
        d.name = s.name;
        d.gender = s.gender;
        d.idNumber = s.idNumber;
        d.birthDate = s.birthDate;
        d.phone = s.phone;
        d.villageCode = s.villageCode;
        d.townshipCode = s.townshipCode;
        d.categories = EnumSet.noneOf(CareCategory.class);
        d.categories.addAll(s.categories);
        d.schoolStage = s.schoolStage;
        d.notes = s.notes;
        return d;
    }
}
