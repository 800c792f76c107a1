package org.guanai.training.api;

/** The department a course is run with. */
public enum PartnerKind {
    /** 农业农村局 */
    AGRICULTURE,
    /** 人力资源和社会保障局 */
    HUMAN_RESOURCES,
    /** 妇联 */
    WOMENS_FEDERATION,
    /** 其他（见 partnerName） */
    OTHER
}
