package org.guanai.mutualaid.api;

/** What a group did. */
public enum ActivityKind {
    /** 农忙互助 farm-season help */
    FARM_HELP,
    /** 儿童之家辅导 tutoring at a children's home */
    TUTORING,
    /** 谈心交流 heart-to-heart talks */
    HEART_TALK,
    /** 治安巡逻 safety patrol */
    SAFETY_PATROL,
    /** 村庄保洁 village clean-up */
    CLEAN_UP,
    /** 文体活动 cultural event */
    CULTURAL_EVENT,
    /** 其他 */
    OTHER
}
