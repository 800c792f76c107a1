package org.guanai.demo.generator;

import java.time.LocalDate;
import java.util.Set;

import org.guanai.registry.api.CareCategory;
import org.guanai.registry.api.Gender;
import org.guanai.registry.api.GuardianCapacity;
import org.guanai.registry.api.GuardianRelation;
import org.guanai.registry.api.SchoolStage;

/**
 * A left-behind person living in a household. A child carries its guardian (another resident of
 * the same household, by ID number) with relation and capacity; everyone else has null there.
 */
public record Resident(String name, Gender gender, String idNumber, LocalDate birthDate, String phone,
                       Set<CareCategory> categories, SchoolStage schoolStage,
                       String guardianIdNumber, GuardianRelation guardianRelation, GuardianCapacity guardianCapacity,
                       String guardianPhone) {

    public boolean is(CareCategory category) {
        return categories.contains(category);
    }
}
