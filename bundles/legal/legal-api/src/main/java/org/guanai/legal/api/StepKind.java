package org.guanai.legal.api;

/** What a step of a case is. */
public enum StepKind {
    /** 转介 referral to a department */
    REFERRAL,
    /** 跟进 follow-up */
    FOLLOW_UP,
    /** 保护措施 protective measure */
    MEASURE
}
