package org.guanai.legal.api;

/** What a rights case is about. */
public enum CaseCategory {
    /** 家庭暴力 domestic violence */
    DOMESTIC_VIOLENCE,
    /** 婚姻家庭 marriage and family */
    MARRIAGE_FAMILY,
    /** 财产与土地权益 property and land rights */
    PROPERTY_LAND,
    /** 人身安全 personal safety */
    PERSONAL_SAFETY,
    /** 儿童权益 child rights */
    CHILD_RIGHTS,
    /** 劳动权益 labour */
    LABOUR,
    /** 其他 other */
    OTHER
}
