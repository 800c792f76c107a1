package org.guanai.training.api;

/** What a course teaches. */
public enum CourseKind {
    /** 农业实用技术 */
    FARMING,
    /** 就业技能 */
    EMPLOYMENT,
    /** 创业 */
    ENTREPRENEURSHIP,
    /** 家政 */
    DOMESTIC_SERVICE,
    /** 电商 */
    E_COMMERCE,
    /** 手工 */
    HANDICRAFT,
    /** 其他 */
    OTHER
}
