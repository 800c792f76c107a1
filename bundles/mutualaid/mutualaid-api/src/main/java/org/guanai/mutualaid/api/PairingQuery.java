package org.guanai.mutualaid.api;

import org.guanai.registry.api.Status;

/** Filters of a pairing list; null means "any". */
public class PairingQuery {
    public String townshipCode;
    public Long personId;
    public Long householdId;
    public Long helperVolunteerId;
    public Long helperPersonId;
    public Status status;
}
