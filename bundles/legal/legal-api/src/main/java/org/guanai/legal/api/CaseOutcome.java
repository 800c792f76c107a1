package org.guanai.legal.api;

/** How a case ended. */
public enum CaseOutcome {
    /** 问题解决 resolved */
    RESOLVED,
    /** 调解成功 settled by mediation */
    MEDIATED,
    /** 诉讼结案 decided by a court */
    COURT_DECISION,
    /** 移交有关部门办理 handed over to the competent department */
    HANDED_OVER,
    /** 当事人撤回 withdrawn by the person */
    WITHDRAWN,
    /** 无法联系 the person could not be reached */
    UNREACHABLE,
    /** 其他 other */
    OTHER
}
