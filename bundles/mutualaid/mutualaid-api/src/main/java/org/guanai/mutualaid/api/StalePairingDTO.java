package org.guanai.mutualaid.api;

import java.time.LocalDate;

/** An active pairing with no visit in the last N days (and started before them). */
public class StalePairingDTO {
    public Long pairingId;
    public String helperName;
    public String targetName;
    public String villageCode;
    public String townshipCode;
    public LocalDate startsOn;
    /** Null when never visited. */
    public LocalDate lastVisitOn;
}
