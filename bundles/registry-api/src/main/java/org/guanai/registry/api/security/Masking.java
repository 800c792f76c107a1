package org.guanai.registry.api.security;

/**
 * How ID numbers and phone numbers look where the caller may not, or did not ask to, see them in full:
 * {@code 430621********1234} and {@code 138****5678}. The same everywhere: responses, exports, console
 * output and the audit trail.
 */
public final class Masking {

    private Masking() {
    }

    /** An 18-character resident ID number keeps its region (6) and last 4; anything else keeps its last 4 at most. */
    public static String idNumber(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        if (value.length() == 18) {
            return value.substring(0, 6) + "********" + value.substring(14);
        }
        return keepEnds(value, 0, Math.min(4, value.length() / 3));
    }

    /** A mobile number keeps its first 3 and last 4 digits; a landline its area code and last 4. */
    public static String phone(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        int dash = value.indexOf('-');
        if (dash > 0 && dash < value.length() - 1) {
            String local = value.substring(dash + 1);
            return value.substring(0, dash + 1) + keepEnds(local, 0, Math.min(4, local.length() / 2));
        }
        if (value.length() >= 11) {
            return keepEnds(value, 3, 4);
        }
        return keepEnds(value, 0, Math.min(4, value.length() / 2));
    }

    /** True when {@code value} is what {@link #idNumber} or {@link #phone} makes of something: it has a star. */
    public static boolean isMasked(String value) {
        return value != null && value.indexOf('*') >= 0;
    }

    private static String keepEnds(String value, int head, int tail) {
        StringBuilder out = new StringBuilder(value.length());
        out.append(value, 0, head);
        for (int i = head; i < value.length() - tail; i++) {
            out.append('*');
        }
        out.append(value, value.length() - tail, value.length());
        return out.toString();
    }
}
