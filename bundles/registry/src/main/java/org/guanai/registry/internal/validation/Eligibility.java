package org.guanai.registry.internal.validation;

import static org.guanai.registry.internal.RegistryText.text;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.guanai.jpa.support.Checks;
import org.guanai.registry.api.CareCategory;
import org.guanai.registry.api.Gender;
import org.guanai.registry.api.Message;
import org.guanai.registry.api.PersonDTO;

/**
 * Whether a person fits the care categories recorded for them.
 * <p>
 * Most rules are hints ({@link #warnings}): the federation's definitions (a left-behind child is under
 * 16 with a parent working away, and so on) have local exceptions a cadre must be able to record.
 * Only contradictions are errors ({@link #checkCategories}). Age rules are skipped when the birth
 * date is unknown.
 */
public final class Eligibility {

    static final int CHILD_USUAL_AGE_LIMIT = 16;
    static final int CHILD_AGE_LIMIT = 18;
    static final int WOMAN_MIN_AGE = 20;
    static final int WOMAN_MAX_AGE = 59;
    static final int ELDERLY_MIN_AGE = 60;

    private Eligibility() {
    }

    /** Hints for {@link PersonDTO#warnings} (rendered in Chinese there); empty when the person fits every category. */
    public static List<Message> warnings(PersonDTO person, boolean householdHasMigrantParent,
                                        boolean householdHasMigrantHusband, LocalDate today) {
        Set<CareCategory> categories = categoriesOf(person);
        Integer age = ageOf(person, today);
        List<Message> warnings = new ArrayList<>();
        if (categories.contains(CareCategory.LEFT_BEHIND_CHILD)) {
            if (age != null && age >= CHILD_USUAL_AGE_LIMIT) {
                warnings.add(text("warning.childOver16", age));
            }
            if (!householdHasMigrantParent) {
                warnings.add(text("warning.noMigrantParent"));
            }
        }
        if (categories.contains(CareCategory.LEFT_BEHIND_WOMAN)) {
            if (age != null && (age < WOMAN_MIN_AGE || age > WOMAN_MAX_AGE)) {
                warnings.add(text("warning.womanAge", age));
            }
            if (!householdHasMigrantHusband) {
                warnings.add(text("warning.noMigrantHusband"));
            }
            // Also a hard error in checkCategories; repeated here so a record saved before that rule still shows it.
            if (person.gender == Gender.MALE) {
                warnings.add(text("warning.womanMale"));
            }
        }
        if (categories.contains(CareCategory.LEFT_BEHIND_ELDERLY) && age != null && age < ELDERLY_MIN_AGE) {
            warnings.add(text("warning.elderlyAge", age));
        }
        return warnings;
    }

    /** Adds the category rules that cannot be right to {@code checks}. */
    public static void checkCategories(PersonDTO p, LocalDate today, Checks checks) {
        Set<CareCategory> categories = categoriesOf(p);
        Integer age = ageOf(p, today);
        checks.check(!categories.isEmpty(), "categories", text("category.required"));
        if (categories.contains(CareCategory.LEFT_BEHIND_WOMAN) && p.gender == Gender.MALE) {
            checks.add("categories", text("category.womanFemale"));
        }
        boolean child = categories.contains(CareCategory.LEFT_BEHIND_CHILD);
        if (child && age != null && age >= CHILD_AGE_LIMIT) {
            checks.add("categories", text("category.childUnder18", age));
        }
        if (p.schoolStage != null && !child) {
            checks.add("schoolStage", text("category.schoolStageChildren"));
        }
    }

    private static Set<CareCategory> categoriesOf(PersonDTO p) {
        return p.categories == null ? Set.of() : p.categories;
    }

    private static Integer ageOf(PersonDTO p, LocalDate today) {
        return p.birthDate == null ? null : Period.between(p.birthDate, today).getYears();
    }
}
