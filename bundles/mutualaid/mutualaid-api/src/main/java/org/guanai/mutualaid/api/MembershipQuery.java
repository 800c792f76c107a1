package org.guanai.mutualaid.api;

import org.guanai.registry.api.Status;

/** Filters of a membership list; null means "any". */
public class MembershipQuery {
    public Long groupId;
    public Long personId;
    public Long volunteerId;
    public Status status;
}
