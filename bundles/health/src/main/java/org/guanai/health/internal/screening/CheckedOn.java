package org.guanai.health.internal.screening;

import java.time.LocalDate;

/** A day a person was checked. */
public record CheckedOn(long personId, LocalDate date) {
}
