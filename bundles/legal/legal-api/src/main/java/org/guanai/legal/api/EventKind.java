package org.guanai.legal.api;

/** What kind of legal promotion event it was. */
public enum EventKind {
    /** 送法下乡 law to the villages */
    VILLAGE_CAMPAIGN,
    /** 进校园 at a school */
    SCHOOL,
    /** 赶集宣传 at a market or fair */
    MARKET_FAIR,
    /** 标语、海报宣传 slogans and posters */
    SLOGAN_POSTER,
    /** 儿童安全教育 children's safety education */
    CHILD_SAFETY,
    /** 其他 other */
    OTHER
}
