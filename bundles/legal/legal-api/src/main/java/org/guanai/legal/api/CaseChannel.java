package org.guanai.legal.api;

/** How a rights case came in. */
public enum CaseChannel {
    /** 12338 妇女维权热线 the women's rights hotline */
    HOTLINE_12338,
    /** 来访 walk-in */
    WALK_IN,
    /** 来信 letter */
    LETTER,
    /** 转来 referred by another body */
    REFERRAL,
    /** 网上 online */
    ONLINE
}
