package org.guanai.training.internal.service;

import java.sql.SQLException;

/** Whether a write failed on one of our unique constraints (two requests at once), not on anything else. */
final class Constraints {

    private Constraints() {
    }

    static boolean violated(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SQLException && ((SQLException) c).getSQLState() != null
                    && ((SQLException) c).getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }
}
