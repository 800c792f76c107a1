package org.guanai.legal.api;

/** Where a case stands; moved on by its steps and its closure, never set directly. */
public enum CaseStatus {
    /** 已受理，尚无行动 received, nothing done yet */
    RECEIVED,
    /** 已转介 referred to a department */
    REFERRED,
    /** 跟进中 being followed up */
    FOLLOWING_UP,
    /** 已结案 closed */
    CLOSED
}
