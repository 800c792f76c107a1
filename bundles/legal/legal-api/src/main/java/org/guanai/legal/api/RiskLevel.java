package org.guanai.legal.api;

/** How urgent a case is: sets the first-response deadline. */
public enum RiskLevel {
    /** 高风险 high */
    HIGH,
    /** 中风险 medium */
    MEDIUM,
    /** 低风险 low */
    LOW
}
