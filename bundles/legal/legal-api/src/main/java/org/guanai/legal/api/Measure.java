package org.guanai.legal.api;

/** A protective measure taken in a case. */
public enum Measure {
    /** 申请人身安全保护令 personal-safety protection order applied for */
    PROTECTION_ORDER_APPLIED,
    /** 人身安全保护令已签发 protection order granted */
    PROTECTION_ORDER_GRANTED,
    /** 人身安全保护令被驳回 protection order refused */
    PROTECTION_ORDER_REFUSED,
    /** 告诫书 police warning letter */
    WARNING_LETTER,
    /** 临时庇护 temporary shelter */
    SHELTER,
    /** 法律援助 legal aid */
    LEGAL_AID,
    /** 其他 other */
    OTHER
}
