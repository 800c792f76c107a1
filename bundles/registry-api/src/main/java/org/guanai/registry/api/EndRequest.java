package org.guanai.registry.api;

import java.time.LocalDate;

/** Ends a record (instead of deleting it): when, why, and a note. */
public class EndRequest {
    /** The day it ended; today when absent. */
    public LocalDate date;
    /** Why; required for persons, ignored for records whose ending needs no reason. */
    public EndReason reason;
    public String note;

    public EndRequest() {
    }

    public EndRequest(LocalDate date, EndReason reason, String note) {
        this.date = date;
        this.reason = reason;
        this.note = note;
    }
}
