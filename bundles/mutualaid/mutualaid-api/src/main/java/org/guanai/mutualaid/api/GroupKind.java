package org.guanai.mutualaid.api;

/** The kinds of 巾帼互助组 the county report names, and any other. */
public enum GroupKind {
    /** 治安 public safety */
    SECURITY,
    /** 环卫 sanitation */
    SANITATION,
    /** 维权 rights */
    RIGHTS,
    /** 生产 production */
    PRODUCTION,
    /** 文体 culture and sports */
    CULTURE_SPORTS,
    /** 其他 */
    OTHER
}
