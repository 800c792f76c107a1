package org.guanai.legal.internal.service;

/** Chinese and English labels of the case values in reports, in the order of their enums' constants. */
final class Labels {

    static final String[][] CATEGORY = {{"家庭暴力", "domestic violence"}, {"婚姻家庭", "marriage and family"},
            {"财产与土地权益", "property and land rights"}, {"人身安全", "personal safety"}, {"儿童权益", "child rights"},
            {"劳动权益", "labour"}, {"其他", "other"}};
    static final String[][] CHANNEL = {{"12338 热线", "12338 hotline"}, {"来访", "walk-in"}, {"来信", "letter"},
            {"转来", "referral"}, {"网上", "online"}};
    static final String[][] STATUS = {{"已受理", "received"}, {"已转介", "referred"}, {"跟进中", "following up"},
            {"已结案", "closed"}};
    static final String[][] RISK = {{"高风险", "high"}, {"中风险", "medium"}, {"低风险", "low"}};

    private Labels() {
    }
}
