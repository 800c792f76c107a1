package org.guanai.registry.internal.validation;

import static org.guanai.registry.internal.RegistryText.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.guanai.registry.api.ValidationException;

/**
 * Chinese phone numbers as typed by county staff: mobiles ({@code 138 1234 5678}, {@code +86 138-1234-5678})
 * and landlines with an area code ({@code 0730-1234567}, {@code 010 12345678}, {@code 0730-1234567-123}).
 */
public final class Phones {

    static final String INVALID = "phone.invalid";

    private static final Pattern MOBILE = Pattern.compile("(?:\\+?86)?(1[3-9]\\d{9})");
    /**
     * Area code, local number (optionally split from it by a space or hyphen), optional "-extension".
     * Beijing (010) and the 02x cities have 3-digit area codes, everywhere else has 4 digits: that rule,
     * not the separator, decides where the area code ends, so "01012345678" reads as 010-12345678.
     */
    private static final Pattern LANDLINE =
            Pattern.compile("(0[12]\\d|0[3-9]\\d{2})[ -]?([1-9]\\d{6,7})(?:-(\\d{1,6}))?");
    /** "(0730) 1234567" is written as "0730-1234567" before matching. */
    private static final Pattern PARENTHESISED_AREA = Pattern.compile("^\\((0\\d{2,3})\\)\\s*");
    private static final Pattern SEPARATORS = Pattern.compile("[ -]+");

    private Phones() {
    }

    /**
     * Returns a mobile as its 11 digits and a landline as {@code area-number[-extension]};
     * null or blank gives null, since a phone is optional.
     */
    public static String normalise(String raw, String field) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String s = raw.trim();
        Matcher mobile = MOBILE.matcher(SEPARATORS.matcher(s).replaceAll(""));
        if (mobile.matches()) {
            return mobile.group(1);
        }
        String tidy = PARENTHESISED_AREA.matcher(s).replaceFirst("$1-")
                .replaceAll("\\s*-\\s*", "-")
                .replaceAll("\\s+", " ");
        Matcher landline = LANDLINE.matcher(tidy);
        if (landline.matches()) {
            String ext = landline.group(3);
            return landline.group(1) + "-" + landline.group(2) + (ext == null ? "" : "-" + ext);
        }
        throw ValidationException.of(field, text(INVALID));
    }

    /**
     * Hides the middle of a normalised number: {@code 138****5678}, {@code 0730-*****67}
     * (the extension of a landline is dropped). Anything else keeps only its last 2 characters.
     */
    public static String mask(String phone) {
        if (phone == null) {
            return null;
        }
        if (phone.length() == 11 && phone.charAt(0) == '1' && phone.indexOf('-') < 0) {
            return phone.substring(0, 3) + "****" + phone.substring(7);
        }
        String[] parts = phone.split("-");
        if (parts.length >= 2 && parts[0].startsWith("0") && parts[1].length() > 2) {
            return parts[0] + "-" + stars(parts[1].length() - 2) + parts[1].substring(parts[1].length() - 2);
        }
        return phone.length() <= 2 ? phone : stars(phone.length() - 2) + phone.substring(phone.length() - 2);
    }

    private static String stars(int n) {
        return "*".repeat(n);
    }
}
