package org.guanai.training.api;

/** What came of a training, as a follow-up found it. */
public enum Outcome {
    /** 本地就业 */
    EMPLOYED_LOCALLY,
    /** 外出就业 */
    EMPLOYED_AWAY,
    /** 自主创业 */
    STARTED_BUSINESS,
    /** 增收 */
    INCOME_RAISED,
    /** 无变化 */
    NO_CHANGE
}
