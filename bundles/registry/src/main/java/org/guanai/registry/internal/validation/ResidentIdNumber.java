package org.guanai.registry.internal.validation;

import static org.guanai.registry.internal.RegistryText.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.Set;

import org.guanai.registry.api.Gender;
import org.guanai.registry.api.ValidationException;

/**
 * An 18-character resident ID number (居民身份证号码, GB 11643-1999): a 6-digit region code,
 * an 8-digit birth date, a 3-digit sequence number whose last digit gives the gender,
 * and an ISO 7064 MOD 11-2 check character.
 * <p>
 * Only the province part of the region code is checked: the full GB/T 2260 code list
 * changes every year and people keep the number issued where they were registered.
 */
public final class ResidentIdNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARS = "10X98765432";
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
    /** GB/T 2260 province-level codes, including Taiwan (71), Hong Kong (81) and Macao (82). */
    private static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15",
            "21", "22", "23",
            "31", "32", "33", "34", "35", "36", "37",
            "41", "42", "43", "44", "45", "46",
            "50", "51", "52", "53", "54",
            "61", "62", "63", "64", "65",
            "71", "81", "82");

    private final String value;
    private final LocalDate birthDate;

    private ResidentIdNumber(String value, LocalDate birthDate) {
        this.value = value;
        this.birthDate = birthDate;
    }

    /**
     * Parses and validates {@code raw}; a failure is reported as a single error on {@code field}.
     * Checks run in the order length, digits, birth date, region, check digit.
     */
    public static ResidentIdNumber parse(String raw, String field) {
        return parse(raw, field, LocalDate.now());
    }

    /** As {@link #parse(String, String)}, with "today" given so tests can pin the future-date rule. */
    static ResidentIdNumber parse(String raw, String field, LocalDate today) {
        if (raw == null || raw.isBlank()) {
            throw ValidationException.of(field, text("required"));
        }
        String s = raw.trim();
        if (s.length() != 18) {
            throw ValidationException.of(field, text("idNumber.length", s.length()));
        }
        s = s.substring(0, 17) + Character.toUpperCase(s.charAt(17));
        if (!allDigits(s.substring(0, 17))) {
            throw ValidationException.of(field, text("idNumber.digits"));
        }
        char last = s.charAt(17);
        if (!isDigit(last) && last != 'X') {
            throw ValidationException.of(field, text("idNumber.last"));
        }

        String date = s.substring(6, 14);
        LocalDate birth;
        try {
            birth = LocalDate.of(Integer.parseInt(date.substring(0, 4)),
                    Integer.parseInt(date.substring(4, 6)),
                    Integer.parseInt(date.substring(6, 8)));
        } catch (DateTimeException e) {
            throw ValidationException.of(field, text("idNumber.birthDateNotReal", date));
        }
        if (birth.isBefore(EARLIEST_BIRTH) || birth.isAfter(today)) {
            throw ValidationException.of(field, text("idNumber.birthDateImplausible", date));
        }

        if (!PROVINCES.contains(s.substring(0, 2))) {
            throw ValidationException.of(field, text("idNumber.region", s.substring(0, 6)));
        }

        char expected = checkDigit(s.substring(0, 17));
        if (last != expected) {
            throw ValidationException.of(field, text("idNumber.checkDigit", String.valueOf(expected), String.valueOf(last)));
        }
        return new ResidentIdNumber(s, birth);
    }

    /** The ISO 7064 MOD 11-2 check character ('0'-'9' or 'X') for the first 17 digits of a number. */
    public static char checkDigit(String first17) {
        if (first17 == null || first17.length() != 17 || !allDigits(first17)) {
            throw new IllegalArgumentException("need exactly 17 digits: " + first17);
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARS.charAt(sum % 11);
    }

    /** The normalised number: trimmed, with an upper-case X. */
    public String value() {
        return value;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    /** From the 17th digit: odd is male, even is female. */
    public Gender gender() {
        return (value.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
    }

    /** The 6-digit region code where the number was issued. */
    public String regionCode() {
        return value.substring(0, 6);
    }

    /** Region code, eight stars, last four: safe to show in lists and logs. */
    public String masked() {
        return value.substring(0, 6) + "********" + value.substring(14);
    }

    /** Age in completed years on {@code day}. */
    public int ageOn(LocalDate day) {
        return Period.between(birthDate, day).getYears();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResidentIdNumber other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** Masked, so that an ID number never reaches a log by accident. */
    @Override
    public String toString() {
        return masked();
    }

    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    // ASCII only: Character.isDigit would let full-width and other scripts' digits through.
    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
