package org.guanai.mutualaid.internal.lists;

import java.time.LocalDate;

/**
 * The one rule of "gone quiet", for groups (no activity) and pairings (no visit): active for at least {@code days}
 * days and nothing in the last {@code days} days. A group founded or a pairing started within the window is new, not
 * quiet.
 */
public final class Quiet {
    private Quiet() {
    }

    /** The first day that still counts as recent. */
    public static LocalDate since(LocalDate today, int days) {
        return today.minusDays(days);
    }

    public static boolean isQuiet(LocalDate began, LocalDate last, LocalDate today, int days) {
        LocalDate since = since(today, days);
        return began != null && !began.isAfter(since) && (last == null || last.isBefore(since));
    }
}
