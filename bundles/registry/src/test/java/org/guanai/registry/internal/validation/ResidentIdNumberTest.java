package org.guanai.registry.internal.validation;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.Locale;
import java.time.LocalDate;
import java.util.Random;

import org.guanai.registry.api.FieldError;
import org.guanai.registry.api.Gender;
import org.guanai.registry.api.ValidationException;
import org.junit.Test;

public class ResidentIdNumberTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
    private static final String FIELD = "idNumber";

    /**
     * ISO 7064 MOD 11-2 written from its definition, not from the weight table in the code under test:
     * the weight of the character i places from the right (check character = 1) is 2^(i-1) mod 11,
     * and the check value c makes the weighted sum of all 18 characters ≡ 1 (mod 11).
     */
    private static char independentCheck(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int placeFromRight = 18 - i;
            int weight = 1;
            for (int k = 1; k < placeFromRight; k++) {
                weight = weight * 2 % 11;
            }
            sum += (first17.charAt(i) - '0') * weight;
        }
        int c = Math.floorMod(1 - sum, 11);
        return c == 10 ? 'X' : (char) ('0' + c);
    }

    private static String valid(String first17) {
        return first17 + independentCheck(first17);
    }

    private static ResidentIdNumber parse(String raw) {
        return ResidentIdNumber.parse(raw, FIELD, TODAY);
    }

    private static String rejection(String raw) {
        ValidationException e = assertThrows(ValidationException.class, () -> parse(raw));
        assertEquals(1, e.errors().size());
        FieldError error = e.errors().get(0);
        assertEquals(FIELD, error.field);
        return error.in(Locale.ENGLISH).message;
    }

    /** A published example and numbers completed by the independent check, spanning 1900 to today. */
    private static String[] validNumbers() {
        return new String[] {
            "11010519491231002X",
            valid("43062119850615123"),
            valid("43062120000229004"),
            valid("44030519000101001"),
            valid("65010220250601999"),
            valid("82000019991231000"),
        };
    }

    @Test
    public void knownPublishedExampleIsValid() {
        ResidentIdNumber id = parse("11010519491231002X");
        assertEquals("11010519491231002X", id.value());
        assertEquals(LocalDate.of(1949, 12, 31), id.birthDate());
        assertEquals(Gender.FEMALE, id.gender());
        assertEquals("110105", id.regionCode());
    }

    @Test
    public void validNumbersParse() {
        for (String s : validNumbers()) {
            assertEquals(s, parse(s).value());
        }
    }

    @Test
    public void publicParseUsesTheRealToday() {
        assertEquals("11010519491231002X", ResidentIdNumber.parse("11010519491231002X", FIELD).value());
    }

    @Test
    public void checkDigitAgreesWithIndependentImplementation() {
        Random random = new Random(42);
        int xSeen = 0;
        for (int n = 0; n < 5000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 17; i++) {
                sb.append((char) ('0' + random.nextInt(10)));
            }
            char expected = independentCheck(sb.toString());
            assertEquals(sb.toString(), expected, ResidentIdNumber.checkDigit(sb.toString()));
            xSeen += expected == 'X' ? 1 : 0;
        }
        assertTrue("X should come up about 1 in 11", xSeen > 300);
        assertEquals('X', ResidentIdNumber.checkDigit("11010519491231002"));
        assertEquals('4', ResidentIdNumber.checkDigit("44052418800101001"));
    }

    @Test
    public void checkDigitRejectsBadInput() {
        assertThrows(IllegalArgumentException.class, () -> ResidentIdNumber.checkDigit(null));
        assertThrows(IllegalArgumentException.class, () -> ResidentIdNumber.checkDigit("1101051949123100"));
        assertThrows(IllegalArgumentException.class, () -> ResidentIdNumber.checkDigit("1101051949123100A"));
    }

    @Test
    public void everySingleCharacterChangeIsRejected() {
        String alphabet = "0123456789X";
        for (String good : validNumbers()) {
            for (int pos = 0; pos < 18; pos++) {
                for (char c : alphabet.toCharArray()) {
                    if (c == good.charAt(pos)) {
                        continue;
                    }
                    String mutated = good.substring(0, pos) + c + good.substring(pos + 1);
                    try {
                        parse(mutated);
                        fail(mutated + " (position " + (pos + 1) + " of " + good + ") was accepted");
                    } catch (ValidationException expected) {
                        assertEquals(1, expected.errors().size());
                    }
                }
            }
        }
    }

    @Test
    public void lowerCaseXIsAcceptedAndNormalised() {
        ResidentIdNumber id = parse("11010519491231002x");
        assertEquals("11010519491231002X", id.value());
        assertEquals(parse("11010519491231002X"), id);
        assertEquals(parse("11010519491231002X").hashCode(), id.hashCode());
    }

    @Test
    public void surroundingWhitespaceIsTrimmed() {
        assertEquals("11010519491231002X", parse("  11010519491231002X\t").value());
    }

    @Test
    public void missingIsRequired() {
        assertEquals("is required", rejection(null));
        assertEquals("is required", rejection("   "));
    }

    @Test
    public void wrongLengthIsReportedWithTheLength() {
        assertEquals("must be 18 characters, got 17", rejection("11010519491231002"));
        assertEquals("must be 18 characters, got 19", rejection("11010519491231002X1"));
        // First-generation 15-digit numbers were replaced in 2013.
        assertEquals("must be 18 characters, got 15", rejection("110105491231002"));
    }

    @Test
    public void lettersInTheFirst17AreRejected() {
        assertEquals("characters 1-17 must be digits", rejection("1101051949123100XX"));
        assertEquals("characters 1-17 must be digits", rejection("A1010519491231002X"));
        // Full-width digits look right on screen but are not ASCII.
        assertEquals("characters 1-17 must be digits", rejection("１1010519491231002X"));
    }

    @Test
    public void lastCharacterMustBeDigitOrX() {
        assertEquals("character 18 must be a digit or X", rejection("11010519491231002Y"));
    }

    @Test
    public void impossibleDatesAreRejected() {
        assertEquals("birth date 19990230 is not a real date", rejection(valid("43062119990230123")));
        assertEquals("birth date 19990229 is not a real date", rejection(valid("43062119990229123")));
        assertEquals("birth date 19991301 is not a real date", rejection(valid("43062119991301123")));
        assertEquals("birth date 19990100 is not a real date", rejection(valid("43062119990100123")));
        assertEquals("birth date 19000229 is not a real date", rejection(valid("43062119000229123")));
    }

    @Test
    public void leapDayOf2000IsReal() {
        assertEquals(LocalDate.of(2000, 2, 29), parse(valid("43062120000229123")).birthDate());
    }

    @Test
    public void futureBirthDateIsNotPlausible() {
        assertEquals("birth date 20250602 is not plausible", rejection(valid("43062120250602123")));
        assertEquals(TODAY, parse(valid("43062120250601123")).birthDate());
    }

    @Test
    public void birthBefore1900IsNotPlausible() {
        // Often quoted as an example: its check digit is right, but nobody born in 1880 is registered.
        assertEquals("birth date 18800101 is not plausible", rejection("440524188001010014"));
        assertEquals("birth date 18991231 is not plausible", rejection(valid("44052418991231001")));
        assertEquals(LocalDate.of(1900, 1, 1), parse(valid("44052419000101001")).birthDate());
    }

    @Test
    public void unknownProvinceIsRejected() {
        assertEquals("region code 990105 is not a Chinese province", rejection(valid("99010519491231002")));
        assertEquals("region code 000000 is not a Chinese province", rejection(valid("00000019491231002")));
        assertEquals("region code 830000 is not a Chinese province", rejection(valid("83000019491231002")));
        assertEquals("region code 160101 is not a Chinese province", rejection(valid("16010119491231002")));
    }

    @Test
    public void everyProvinceIsAccepted() {
        String[] provinces = {"11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36",
            "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
            "71", "81", "82"};
        for (String p : provinces) {
            String id = valid(p + "010119800101002");
            assertEquals(p, parse(id).regionCode().substring(0, 2));
        }
    }

    @Test
    public void wrongCheckDigitNamesTheExpectedOne() {
        String good = valid("43062119850615123");
        assertEquals('8', good.charAt(17));
        assertEquals("check digit should be 8, not 5", rejection("430621198506151235"));
        assertEquals("check digit should be 8, not X", rejection("43062119850615123x"));
        assertEquals("check digit should be X, not 0", rejection("110105194912310020"));
    }

    @Test
    public void firstFailureInCheckOrderIsReported() {
        // Bad date and bad region and bad check digit: the date comes first.
        assertEquals("birth date 19990230 is not a real date", rejection("990105199902301230"));
        // Bad region and bad check digit: the region comes first.
        assertEquals("region code 990105 is not a Chinese province", rejection("990105199902011230"));
        // Letters and wrong length: the length comes first.
        assertEquals("must be 18 characters, got 3", rejection("abc"));
    }

    @Test
    public void genderComesFromThe17thDigit() {
        assertEquals(Gender.MALE, parse(valid("43062119850615001")).gender());
        assertEquals(Gender.MALE, parse(valid("43062119850615009")).gender());
        assertEquals(Gender.FEMALE, parse(valid("43062119850615002")).gender());
        assertEquals(Gender.FEMALE, parse(valid("43062119850615000")).gender());
    }

    @Test
    public void maskedHidesTheBirthDateAndSequence() {
        ResidentIdNumber id = parse("430621198506151238");
        assertEquals("430621********1238", id.masked());
        assertEquals(id.masked(), id.toString());
        assertFalse(id.toString().contains("19850615"));
        assertEquals("110105********002X", parse("11010519491231002x").masked());
    }

    @Test
    public void ageCountsCompletedYears() {
        ResidentIdNumber id = parse(valid("43062120090615123"));
        assertEquals(15, id.ageOn(LocalDate.of(2025, 6, 14)));
        assertEquals(16, id.ageOn(LocalDate.of(2025, 6, 15)));
        ResidentIdNumber leap = parse(valid("43062120000229123"));
        assertEquals(24, leap.ageOn(LocalDate.of(2025, 2, 28)));
        assertEquals(25, leap.ageOn(LocalDate.of(2025, 3, 1)));
    }

    @Test
    public void equalityIsByNormalisedValue() {
        assertEquals(parse("430621198506151238"), parse(" 430621198506151238 "));
        assertNotEquals(parse("430621198506151238"), parse("11010519491231002X"));
        assertNotEquals(parse("430621198506151238"), "430621198506151238");
    }
}
