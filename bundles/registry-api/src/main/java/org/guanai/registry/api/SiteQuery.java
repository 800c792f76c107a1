package org.guanai.registry.api;

/** Filters for listing service sites; null fields do not filter. */
public class SiteQuery {
    public String townshipCode;
    public String villageCode;
    public SiteKind kind;
    public Status status;
    public String namePrefix;
}
