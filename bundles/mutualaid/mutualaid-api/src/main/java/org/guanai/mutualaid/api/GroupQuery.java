package org.guanai.mutualaid.api;

import org.guanai.registry.api.Status;

/** Filters of a group list; null means "any". */
public class GroupQuery {
    public String townshipCode;
    public String villageCode;
    public GroupKind kind;
    public Status status;
    public String namePrefix;
}
