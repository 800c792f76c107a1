package org.guanai.legal.api;

/** The laws (and subjects) an event promoted. */
public enum Topic {
    /** 反家庭暴力法 Anti-Domestic Violence Law */
    ANTI_DOMESTIC_VIOLENCE,
    /** 妇女权益保障法 Women's Rights Protection Law */
    WOMENS_RIGHTS,
    /** 未成年人保护法 Minors Protection Law */
    MINORS_PROTECTION,
    /** 民法典婚姻家庭编 Civil Code, marriage and family */
    CIVIL_CODE_FAMILY,
    /** 安全防范 safety */
    SAFETY,
    /** 其他 other */
    OTHER
}
