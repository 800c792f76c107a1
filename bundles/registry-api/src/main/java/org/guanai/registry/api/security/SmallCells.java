package org.guanai.registry.api.security;

import java.util.ArrayList;
import java.util.List;

/**
 * Statistical disclosure control for counts derived from sensitive records (women referred after a screening, rights
 * cases by category): for a caller who may not read the records, a count is shown only when it says nothing about
 * one person. One rule, written once, for every module's aggregates ({@link Visibility#cells}).
 *
 * <p>A table is read column by column: the count of each row (a township) and of the total row (the county), each
 * with the <em>whole</em> it is a part of and that the caller sees anyway (the women checked in that township). A
 * count is suppressed (null) when
 * <ol>
 * <li>it is above 0 and below the minimum cell: a handful of named women, whom the caller can list;</li>
 * <li>it is above 0 and its complement in its whole is below the minimum: (nearly) every woman checked was
 * referred, so each one of them probably was;</li>
 * <li>it is the one other cell that keeps a suppressed cell from being worked out (complementary suppression): when
 * a column has exactly one suppressed row and the total is shown, the smallest other non-zero row is suppressed too,
 * or the total when there is none; and when the total is suppressed but no row is, the smallest non-zero row.</li>
 * </ol>
 * Zero is shown: "nobody in this township was referred" is what a campaign must be able to say. Immutable.
 */
public final class SmallCells {

    private static final SmallCells NONE = new SmallCells(0);

    private final int minimum;

    private SmallCells(int minimum) {
        this.minimum = minimum;
    }

    /** Shows every count: for a caller who may read the records. */
    public static SmallCells none() {
        return NONE;
    }

    /** Suppresses counts below {@code minimum} (1 or less suppresses nothing). */
    public static SmallCells minimum(int minimum) {
        return minimum <= 1 ? NONE : new SmallCells(minimum);
    }

    /** True when this suppresses anything. */
    public boolean suppresses() {
        return minimum > 1;
    }

    public int minimum() {
        return minimum;
    }

    /** One count on its own (no table): null when rules 1 or 2 suppress it. */
    public Long count(long count, long whole) {
        return primary(count, whole) ? null : count;
    }

    /**
     * One column of a table.
     *
     * @param counts     the rows' counts
     * @param wholes     each row's whole (same length), which the caller sees anyway
     * @param total      the total row's count
     * @param totalWhole the total row's whole
     * @return the rows as shown (null where suppressed), then the total as shown, as the last element
     */
    public List<Long> column(long[] counts, long[] wholes, long total, long totalWhole) {
        if (counts.length != wholes.length) {
            throw new IllegalArgumentException(counts.length + " counts for " + wholes.length + " wholes");
        }
        boolean[] hidden = new boolean[counts.length];
        for (int i = 0; i < counts.length; i++) {
            hidden[i] = primary(counts[i], wholes[i]);
        }
        boolean totalHidden = primary(total, totalWhole);
        if (suppresses()) {
            totalHidden = complement(counts, hidden, totalHidden);
        }
        List<Long> shown = new ArrayList<>(counts.length + 1);
        for (int i = 0; i < counts.length; i++) {
            shown.add(hidden[i] ? null : counts[i]);
        }
        shown.add(totalHidden ? null : total);
        return shown;
    }

    /** Rule 3; returns whether the total ends hidden. */
    private static boolean complement(long[] counts, boolean[] hidden, boolean totalHidden) {
        long hiddenRows = 0;
        for (boolean h : hidden) {
            hiddenRows += h ? 1 : 0;
        }
        if (!totalHidden && hiddenRows == 1) {
            // the total minus the shown rows would give the hidden one
            int other = smallestShownAboveZero(counts, hidden);
            if (other < 0) {
                return true;
            }
            hidden[other] = true;
        }
        if (totalHidden && hiddenRows == 0) {
            // the rows would add up to the hidden total
            int other = smallestShownAboveZero(counts, hidden);
            if (other >= 0) {
                hidden[other] = true;
            }
        }
        return totalHidden;
    }

    private boolean primary(long count, long whole) {
        if (!suppresses() || count <= 0) {
            return false;
        }
        return count < minimum || whole - count < minimum;
    }

    private static int smallestShownAboveZero(long[] counts, boolean[] hidden) {
        int best = -1;
        for (int i = 0; i < counts.length; i++) {
            if (!hidden[i] && counts[i] > 0 && (best < 0 || counts[i] < counts[best])) {
                best = i;
            }
        }
        return best;
    }

    @Override
    public String toString() {
        return suppresses() ? "cells below " + minimum + " suppressed" : "all cells shown";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SmallCells && ((SmallCells) o).minimum == minimum;
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(minimum);
    }
}
