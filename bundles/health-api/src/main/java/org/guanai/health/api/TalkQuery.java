package org.guanai.health.api;

import java.time.LocalDate;

/** Filters for listing talks; null fields do not filter. */
public class TalkQuery {
    public Long siteId;
    public Long attendeeId;
    public LocalDate from;
    public LocalDate to;
}
