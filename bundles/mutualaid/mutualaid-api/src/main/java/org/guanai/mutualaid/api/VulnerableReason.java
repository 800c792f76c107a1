package org.guanai.mutualaid.api;

/** Why a case belongs on the list of vulnerable cases a pairing drive starts from. */
public enum VulnerableReason {
    /** 无有效监护的留守儿童: an active left-behind child with no active guardian of good capacity */
    CHILD_WITHOUT_CAPABLE_GUARDIAN,
    /** 特困家庭: an active household marked in hardship */
    HARDSHIP_HOUSEHOLD,
    /** 独居留守老人: an active left-behind elderly person who is the only active person registered in the household */
    ELDERLY_LIVING_ALONE
}
