package org.guanai.mutualaid.api;

/** The help a pairing visit brought. */
public enum VisitKind {
    /** 走访 home visit */
    HOME_VISIT,
    /** 农活帮扶 help with farm work */
    FARM_HELP,
    /** 学业帮扶 help with schooling */
    STUDY_HELP,
    /** 物资帮扶 material aid */
    MATERIAL_AID,
    /** 送温暖 holiday warmth visit */
    WARMTH_VISIT,
    /** 心理疏导 counselling */
    COUNSELLING,
    /** 其他 */
    OTHER
}
