package org.guanai.training.api;

/** When an outcome is followed up: months after the class ended. */
public enum FollowUpRound {
    THREE_MONTHS(3),
    SIX_MONTHS(6);

    private final int months;

    FollowUpRound(int months) {
        this.months = months;
    }

    public int months() {
        return months;
    }
}
