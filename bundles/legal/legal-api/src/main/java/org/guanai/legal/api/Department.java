package org.guanai.legal.api;

/** A department an event is held with, or a case is referred to. */
public enum Department {
    /** 司法局（所） justice bureau */
    JUSTICE,
    /** 公安（派出所） police */
    POLICE,
    /** 法院 court */
    COURT,
    /** 检察院 procuratorate */
    PROCURATORATE,
    /** 法律援助中心 legal aid centre */
    LEGAL_AID,
    /** 教育 education */
    EDUCATION,
    /** 民政 civil affairs */
    CIVIL_AFFAIRS,
    /** 卫生健康 health */
    HEALTH,
    /** 人社 human resources and social security */
    LABOUR,
    /** 其他 other */
    OTHER
}
