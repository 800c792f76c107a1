package org.guanai.health.api;

import org.guanai.registry.api.Status;

/** Filters for listing campaigns; null fields do not filter. */
public class CampaignQuery {
    public Integer year;
    public CampaignKind kind;
    /** Campaigns covering this township (including county-wide ones). */
    public String townshipCode;
    public Status status;
}
