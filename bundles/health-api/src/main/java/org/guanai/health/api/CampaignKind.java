package org.guanai.health.api;

/** Kind of screening: gynaecological check, the two-cancers (cervical and breast) screening 两癌筛查, or a general check. */
public enum CampaignKind {
    GYNAECOLOGICAL,
    TWO_CANCERS,
    GENERAL
}
