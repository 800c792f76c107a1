package org.guanai.registry.api;

import java.time.LocalDate;

/** Filters for listing service records; null fields do not filter. */
public class ServiceRecordQuery {
    public Long personId;
    public Long siteId;
    public Long teamId;
    public ServiceKind kind;
    public LocalDate from;
    public LocalDate to;
}
