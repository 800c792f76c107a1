package org.guanai.training.internal.rest;

import java.math.BigDecimal;

import org.guanai.registry.api.ValidationException;

/** Hours as a client types them: "6" or "3.5"; anything else is a 400 naming the parameter. */
final class Hours {

    private Hours() {
    }

    static BigDecimal parse(String param, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            String s = raw.trim();
            if (s.length() > 8) {
                throw new NumberFormatException();
            }
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            throw ValidationException.of(param, "“" + raw + "”不是学时数，例如 6 或 3.5。Not a number of hours, e.g. 6 or 3.5");
        }
    }
}
