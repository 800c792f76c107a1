package org.guanai.registry.internal.service;

import static org.guanai.registry.internal.RegistryText.text;

import static org.guanai.jpa.support.RecordServiceSupport.clean;
import static org.guanai.jpa.support.RecordServiceSupport.reference;
import static org.guanai.registry.internal.service.FieldLimits.NAME_MAX;
import static org.guanai.registry.internal.service.FieldLimits.NOTES_MAX;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;

import javax.persistence.EntityManager;

import org.guanai.jpa.support.Checks;
import org.guanai.jpa.support.RecordServiceSupport;
import org.guanai.registry.api.CareCategory;
import org.guanai.registry.api.DivisionService;
import org.guanai.registry.api.PersonDTO;
import org.guanai.registry.internal.jpa.HouseholdEntity;
import org.guanai.registry.internal.validation.Eligibility;
import org.guanai.registry.internal.validation.Phones;
import org.guanai.registry.internal.validation.ResidentIdNumber;

/** Checks a person as sent and derives what the ID number, household and village imply. */
final class PersonRules {

    private final DivisionService divisions;

    PersonRules(DivisionService divisions) {
        this.divisions = divisions;
    }

    /**
     * @return the person as it is to be stored: trimmed, phone normalised, birth date, gender, village and
     *         township filled in
     * @throws org.guanai.registry.api.ValidationException listing every bad field
     */
    PersonDTO validate(EntityManager em, PersonDTO in, LocalDate today) {
        Checks checks = new Checks();
        PersonDTO out = new PersonDTO();
        out.name = clean(RecordServiceSupport.body(in).name);
        checks.require("name", out.name).maxLength("name", out.name, NAME_MAX);

        ResidentIdNumber id = checks.attempt(() -> ResidentIdNumber.parse(in.idNumber, "idNumber"));
        out.birthDate = in.birthDate;
        out.gender = in.gender;
        if (id != null) {
            out.idNumber = id.value();
            if (in.birthDate == null) {
                out.birthDate = id.birthDate();
            } else if (!in.birthDate.equals(id.birthDate())) {
                checks.add("birthDate", text("person.birthDateMismatch", String.valueOf(id.birthDate())));
            }
            if (in.gender == null) {
                out.gender = id.gender();
            } else if (in.gender != id.gender()) {
                checks.add("gender", text("person.genderMismatch", id.gender()));
            }
        }
        out.phone = checks.attempt(() -> Phones.normalise(in.phone, "phone"));

        out.householdId = in.householdId;
        HouseholdEntity household = reference(em, checks, "householdId", HouseholdEntity.class, "household",
                in.householdId);
        out.villageCode = village(checks, clean(in.villageCode), household, in.householdId != null);
        if (out.villageCode != null) {
            out.townshipCode = DivisionChecks.village(divisions, checks, "villageCode", out.villageCode);
        }

        out.categories = EnumSet.noneOf(CareCategory.class);
        if (in.categories != null) {
            in.categories.stream().filter(Objects::nonNull).forEach(out.categories::add);
        }
        out.schoolStage = in.schoolStage;
        out.notes = clean(in.notes);
        checks.maxLength("notes", out.notes, NOTES_MAX);
        Eligibility.checkCategories(out, today, checks);
        checks.throwIfAny();
        return out;
    }

    /** The village as given, else the household's; a given one must be the household's. */
    private static String village(Checks checks, String given, HouseholdEntity household, boolean householdGiven) {
        if (household == null) {
            // A household that does not exist is reported on householdId alone.
            checks.check(given != null || householdGiven, "villageCode", text("person.villageRequired"));
            return given;
        }
        if (given == null) {
            return household.getVillageCode();
        }
        checks.check(given.equals(household.getVillageCode()), "villageCode",
                text("person.notHouseholdVillage", household.getId(), household.getVillageCode()));
        return given;
    }
}
