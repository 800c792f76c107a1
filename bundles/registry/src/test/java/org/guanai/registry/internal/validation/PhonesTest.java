package org.guanai.registry.internal.validation;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import java.util.Locale;
import org.guanai.registry.api.ValidationException;
import org.junit.Test;

public class PhonesTest {

    private static String normalise(String raw) {
        return Phones.normalise(raw, "phone");
    }

    private static void assertRejected(String raw) {
        ValidationException e = assertThrows(raw, ValidationException.class, () -> normalise(raw));
        assertEquals(1, e.errors().size());
        assertEquals("phone", e.errors().get(0).field);
        assertEquals("not a valid mobile (11 digits starting 13-19) or landline (0730-1234567) number",
                e.errors().get(0).in(Locale.ENGLISH).message);
    }

    @Test
    public void blankIsNoPhone() {
        assertNull(normalise(null));
        assertNull(normalise(""));
        assertNull(normalise("   "));
    }

    @Test
    public void mobilesAreNormalisedToElevenDigits() {
        assertEquals("13812345678", normalise("13812345678"));
        assertEquals("13812345678", normalise(" 138 1234 5678 "));
        assertEquals("13812345678", normalise("138-1234-5678"));
        assertEquals("19912345678", normalise("19912345678"));
        assertEquals("13012345678", normalise("13012345678"));
    }

    @Test
    public void countryCodeIsDropped() {
        assertEquals("13812345678", normalise("+8613812345678"));
        assertEquals("13812345678", normalise("+86 138 1234 5678"));
        assertEquals("13812345678", normalise("86-138-1234-5678"));
        assertEquals("13812345678", normalise("8613812345678"));
    }

    @Test
    public void badMobilesAreRejected() {
        assertRejected("1381234567");      // 10 digits
        assertRejected("138123456789");    // 12 digits
        assertRejected("12812345678");     // 12x is not a mobile prefix
        assertRejected("10086");           // service number
        assertRejected("+8712812345678");
        assertRejected("+86 12812345678");
        assertRejected("1381234567a");
        assertRejected("１３８１２３４５６７８"); // full-width
    }

    @Test
    public void landlinesAreNormalisedWithAHyphen() {
        assertEquals("0730-1234567", normalise("0730-1234567"));
        assertEquals("0730-1234567", normalise("07301234567"));
        assertEquals("0730-1234567", normalise("0730 1234567"));
        assertEquals("0730-1234567", normalise("0730 - 1234567"));
        assertEquals("0730-1234567", normalise("(0730)1234567"));
        assertEquals("0730-1234567", normalise("(0730) 1234567"));
        assertEquals("0731-88123456", normalise("0731-88123456"));
    }

    @Test
    public void threeDigitAreaCodesAreSplitCorrectly() {
        assertEquals("010-12345678", normalise("01012345678"));
        assertEquals("010-12345678", normalise("010-12345678"));
        assertEquals("020-87654321", normalise("02087654321"));
        assertEquals("029-8765432", normalise("029 8765432"));
    }

    @Test
    public void extensionIsKept() {
        assertEquals("0730-1234567-123", normalise("0730-1234567-123"));
        assertEquals("0730-1234567-8", normalise("07301234567-8"));
        assertEquals("010-12345678-8001", normalise("010 12345678-8001"));
    }

    @Test
    public void badLandlinesAreRejected() {
        assertRejected("1234567");           // no area code
        assertRejected("0730-123456");       // local number too short
        assertRejected("0730-123456789");    // local number too long
        assertRejected("0730-0123456");      // local numbers do not start with 0
        assertRejected("073-01234567");      // 4-digit area code split wrongly
        assertRejected("0730-1234567-");
        assertRejected("0730-1234567-1234567");
        assertRejected("0730-1234567 ext 12");
        assertRejected("phone: 0730-1234567");
    }

    @Test
    public void mobileIsMaskedInTheMiddle() {
        assertEquals("138****5678", Phones.mask("13812345678"));
    }

    @Test
    public void landlineKeepsAreaCodeAndLastTwoDigits() {
        assertEquals("0730-*****67", Phones.mask("0730-1234567"));
        assertEquals("010-******78", Phones.mask("010-12345678"));
        assertEquals("0730-*****67", Phones.mask("0730-1234567-123"));
    }

    @Test
    public void maskHandlesNullAndOddInput() {
        assertNull(Phones.mask(null));
        assertEquals("*****67", Phones.mask("1234567"));
        assertEquals("12", Phones.mask("12"));
    }

    @Test
    public void maskedNormalisedOutputRoundTrips() {
        assertEquals("138****5678", Phones.mask(normalise("+86 138-1234-5678")));
        assertEquals("0730-*****67", Phones.mask(normalise("(0730) 1234567")));
    }
}
