package org.guanai.registry.api.spi;

import java.time.LocalDate;

/** What a bulletin covers: a quarter of a year, and one township or the whole county (as far as the caller sees). */
public final class BulletinPeriod {
    public final int year;
    /** 1 to 4. */
    public final int quarter;
    /** The quarter's first day. */
    public final LocalDate from;
    /** The quarter's last day. */
    public final LocalDate to;
    /** One township (9 digits), or null for the county. */
    public final String townshipCode;

    public BulletinPeriod(int year, int quarter, String townshipCode) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be 1 to 4, not " + quarter);
        }
        this.year = year;
        this.quarter = quarter;
        this.from = LocalDate.of(year, 3 * quarter - 2, 1);
        this.to = from.plusMonths(3).minusDays(1);
        this.townshipCode = townshipCode;
    }

    /** True when {@code date} falls in the quarter. */
    public boolean includes(LocalDate date) {
        return date != null && !date.isBefore(from) && !date.isAfter(to);
    }

    @Override
    public String toString() {
        return year + "Q" + quarter + (townshipCode == null ? "" : " " + townshipCode);
    }
}
