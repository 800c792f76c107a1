package org.guanai.mutualaid.api;

/** A member's role in her group. */
public enum MemberRole {
    /** 组长 */
    LEADER,
    /** 组员 */
    MEMBER
}
