package org.guanai.registry.internal.validation;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.guanai.jpa.support.Checks;
import org.guanai.registry.api.CareCategory;
import org.guanai.registry.api.FieldError;
import org.guanai.registry.api.Gender;
import org.guanai.registry.api.PersonDTO;
import org.guanai.registry.api.SchoolStage;
import org.guanai.registry.api.ValidationException;
import org.junit.Test;

public class EligibilityTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    /** A person who turned {@code age} exactly today. */
    private static PersonDTO person(Gender gender, Integer age, CareCategory... categories) {
        PersonDTO p = new PersonDTO();
        p.gender = gender;
        p.birthDate = age == null ? null : TODAY.minusYears(age);
        p.categories = categories.length == 0 ? EnumSet.noneOf(CareCategory.class) : EnumSet.of(categories[0], categories);
        return p;
    }

    private static List<String> warnings(PersonDTO p) {
        return english(p, true, true);
    }

    private static List<String> english(PersonDTO p, boolean parentAway, boolean husbandAway) {
        return Eligibility.warnings(p, parentAway, husbandAway, TODAY).stream().map(m -> m.render(Locale.ENGLISH))
                .collect(Collectors.toList());
    }

    private static List<String> hardErrors(PersonDTO p) {
        Checks checks = new Checks();
        Eligibility.checkCategories(p, TODAY, checks);
        if (!checks.hasErrors()) {
            return List.of();
        }
        ValidationException e = assertThrows(ValidationException.class, checks::throwIfAny);
        return e.errors().stream().map(f -> f.field + ": " + f.text().render(Locale.ENGLISH)).collect(Collectors.toList());
    }

    // --- children

    @Test
    public void childOf15IsFine() {
        assertEquals(List.of(), warnings(person(Gender.MALE, 15, CareCategory.LEFT_BEHIND_CHILD)));
    }

    @Test
    public void childTurning16TodayIsWarned() {
        assertEquals(List.of("a left-behind child is under 16; this person is 16"),
                warnings(person(Gender.MALE, 16, CareCategory.LEFT_BEHIND_CHILD)));
    }

    @Test
    public void childAgeIsInCompletedYears() {
        PersonDTO p = person(Gender.FEMALE, null, CareCategory.LEFT_BEHIND_CHILD);
        p.birthDate = TODAY.minusYears(16).plusDays(1); // 16th birthday is tomorrow
        assertEquals(List.of(), warnings(p));
    }

    @Test
    public void childWithoutMigrantParentIsWarned() {
        assertEquals(List.of("no parent of this child is recorded as working away"),
                english(person(Gender.FEMALE, 8, CareCategory.LEFT_BEHIND_CHILD), false, true));
    }

    @Test
    public void childOf17IsUnder18SoNoHardError() {
        PersonDTO p = person(Gender.MALE, 17, CareCategory.LEFT_BEHIND_CHILD);
        assertEquals(List.of(), hardErrors(p));
        assertEquals(List.of("a left-behind child is under 16; this person is 17"), warnings(p));
    }

    @Test
    public void childOf18IsAnError() {
        assertEquals(List.of("categories: a left-behind child must be under 18 (is 18)"),
                hardErrors(person(Gender.MALE, 18, CareCategory.LEFT_BEHIND_CHILD)));
        assertEquals(List.of("categories: a left-behind child must be under 18 (is 25)"),
                hardErrors(person(Gender.MALE, 25, CareCategory.LEFT_BEHIND_CHILD)));
    }

    // --- women

    @Test
    public void womanAgeBoundaries() {
        String young = "a left-behind woman is usually 20-59; this person is 19";
        String old = "a left-behind woman is usually 20-59; this person is 60";
        assertEquals(List.of(young), warnings(person(Gender.FEMALE, 19, CareCategory.LEFT_BEHIND_WOMAN)));
        assertEquals(List.of(), warnings(person(Gender.FEMALE, 20, CareCategory.LEFT_BEHIND_WOMAN)));
        assertEquals(List.of(), warnings(person(Gender.FEMALE, 59, CareCategory.LEFT_BEHIND_WOMAN)));
        assertEquals(List.of(old), warnings(person(Gender.FEMALE, 60, CareCategory.LEFT_BEHIND_WOMAN)));
        assertEquals(List.of("a left-behind woman is usually 20-59; this person is 63"),
                warnings(person(Gender.FEMALE, 63, CareCategory.LEFT_BEHIND_WOMAN)));
    }

    @Test
    public void womanWithoutMigrantHusbandIsWarned() {
        PersonDTO p = person(Gender.FEMALE, 35, CareCategory.LEFT_BEHIND_WOMAN);
        assertEquals(List.of("no husband of this woman is recorded as working away"),
                english(p, true, false));
        // The parent flag is about children only.
        assertEquals(List.of(), english(p, false, true));
    }

    @Test
    public void maleLeftBehindWomanIsWarnedAndAnError() {
        PersonDTO p = person(Gender.MALE, 35, CareCategory.LEFT_BEHIND_WOMAN);
        assertEquals(List.of("left-behind woman category on a male person"), warnings(p));
        assertEquals(List.of("categories: left-behind woman requires a female person"), hardErrors(p));
        assertEquals(List.of(), hardErrors(person(Gender.FEMALE, 35, CareCategory.LEFT_BEHIND_WOMAN)));
        assertEquals(List.of(), hardErrors(person(null, 35, CareCategory.LEFT_BEHIND_WOMAN)));
    }

    // --- elderly

    @Test
    public void elderlyAgeBoundary() {
        assertEquals(List.of("left-behind elderly are usually 60 or older; this person is 59"),
                warnings(person(Gender.MALE, 59, CareCategory.LEFT_BEHIND_ELDERLY)));
        assertEquals(List.of("left-behind elderly are usually 60 or older; this person is 45"),
                warnings(person(Gender.MALE, 45, CareCategory.LEFT_BEHIND_ELDERLY)));
        assertEquals(List.of(), warnings(person(Gender.MALE, 60, CareCategory.LEFT_BEHIND_ELDERLY)));
        assertEquals(List.of(), hardErrors(person(Gender.MALE, 45, CareCategory.LEFT_BEHIND_ELDERLY)));
    }

    // --- categories together

    @Test
    public void womanWhoIsAlsoElderlyGetsBothAgeHints() {
        PersonDTO p = person(Gender.FEMALE, 62, CareCategory.LEFT_BEHIND_WOMAN, CareCategory.LEFT_BEHIND_ELDERLY);
        assertEquals(List.of("a left-behind woman is usually 20-59; this person is 62"), warnings(p));
    }

    @Test
    public void unknownBirthDateSkipsAgeRulesOnly() {
        PersonDTO p = person(Gender.MALE, null, CareCategory.LEFT_BEHIND_CHILD, CareCategory.LEFT_BEHIND_WOMAN,
                CareCategory.LEFT_BEHIND_ELDERLY);
        assertEquals(List.of(
                "no parent of this child is recorded as working away",
                "no husband of this woman is recorded as working away",
                "left-behind woman category on a male person"), english(p, false, false));
        assertEquals(List.of("categories: left-behind woman requires a female person"), hardErrors(p));
    }

    @Test
    public void noCategoryIsAnError() {
        PersonDTO p = person(Gender.FEMALE, 30);
        assertEquals(List.of("categories: at least one care category is required"), hardErrors(p));
        assertEquals(List.of(), warnings(p));
        p.categories = null;
        assertEquals(List.of("categories: at least one care category is required"), hardErrors(p));
        assertEquals(List.of(), warnings(p));
    }

    @Test
    public void schoolStageOnlyForChildren() {
        PersonDTO child = person(Gender.FEMALE, 10, CareCategory.LEFT_BEHIND_CHILD);
        child.schoolStage = SchoolStage.PRIMARY;
        assertEquals(List.of(), hardErrors(child));

        PersonDTO woman = person(Gender.FEMALE, 30, CareCategory.LEFT_BEHIND_WOMAN);
        woman.schoolStage = SchoolStage.PRIMARY;
        assertEquals(List.of("schoolStage: only children have a school stage"), hardErrors(woman));
    }

    @Test
    public void hardErrorsAreAllReportedInOrder() {
        PersonDTO p = person(Gender.MALE, 30, CareCategory.LEFT_BEHIND_WOMAN, CareCategory.LEFT_BEHIND_CHILD);
        p.schoolStage = SchoolStage.NOT_IN_SCHOOL; // allowed: the person is (wrongly) a child too
        assertEquals(List.of(
                "categories: left-behind woman requires a female person",
                "categories: a left-behind child must be under 18 (is 30)"), hardErrors(p));
        assertFalse(warnings(p).isEmpty());
    }
}
