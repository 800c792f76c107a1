package org.guanai.training.internal.spi;

import org.guanai.training.api.EnrolmentDTO;

/** How an enrolment's hours read on a timeline. */
final class TrainingRulesText {

    private TrainingRulesText() {
    }

    static String hours(EnrolmentDTO n) {
        return "参训 " + n.attendedHours.toPlainString() + " / " + n.requiredHours + " 学时 hours";
    }
}
