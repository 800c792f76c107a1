package org.guanai.mutualaid.api;

/** Filters of a Group list; null means "any". */
public class GroupQuery {
    public String townshipCode;
    public Long personId;
    public String namePrefix;
}
