package org.guanai.health.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.guanai.registry.api.Status;

/** A yearly screening campaign: what, when, by whom, in which townships and at which sites. */
public class CampaignDTO {
    public Long id;
    public long version;
    public CampaignKind kind;
    public int year;
    public LocalDate startsOn;
    public LocalDate endsOn;
    /** e.g. 县妇幼保健院. */
    public String providerName;
    public ProviderKind providerKind;
    /** Townships covered (9-digit codes of the county); empty means the whole county. */
    public List<String> townshipCodes = new ArrayList<>();
    /** Service sites where it runs (registry site ids). */
    public List<Long> siteIds = new ArrayList<>();
    public String notes;
    public Status status;
    public LocalDate endedOn;
    public String endNote;
}
