package org.guanai.training.internal.spi;

import org.guanai.training.api.Outcome;

/** Outcomes in Chinese, for the timeline and the dashboard. */
final class Outcomes {

    private Outcomes() {
    }

    static String zh(Outcome outcome) {
        switch (outcome) {
            case EMPLOYED_LOCALLY:
                return "本地就业";
            case EMPLOYED_AWAY:
                return "外出就业";
            case STARTED_BUSINESS:
                return "自主创业";
            case INCOME_RAISED:
                return "增收";
            default:
                return "无变化";
        }
    }
}
