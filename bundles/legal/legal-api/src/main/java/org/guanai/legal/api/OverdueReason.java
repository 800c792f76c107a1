package org.guanai.legal.api;

/** Why a case is on the overdue list. */
public enum OverdueReason {
    /** 首次响应超期 first response overdue */
    FIRST_RESPONSE_OVERDUE,
    /** 高风险案件久未跟进 high risk with no follow-up */
    HIGH_RISK_NO_FOLLOW_UP
}
