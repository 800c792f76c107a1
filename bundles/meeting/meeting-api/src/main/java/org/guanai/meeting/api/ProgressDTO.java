package org.guanai.meeting.api;

import java.time.LocalDate;

/** A progress note on a matter: what was done, on which day, by whom. Never changed once written. */
public class ProgressDTO {
    public Long id;
    public long version;
    public Long matterId;
    public LocalDate notedOn;
    public String note;
    /** Who reports it (the department's contact, a township worker); the signed-in user when absent. */
    public String reportedBy;
}
