package org.guanai.mutualaid.api;

import java.time.LocalDate;

/** One visit of a pairing's helper: a day inside the pairing's period. */
public class VisitDTO {
    public Long id;
    public long version;
    public Long pairingId;
    public LocalDate visitedOn;
    public VisitKind kind;
    public String note;
}
