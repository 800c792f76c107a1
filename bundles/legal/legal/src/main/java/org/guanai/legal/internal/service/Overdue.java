package org.guanai.legal.internal.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.EntityManager;

import org.guanai.jpa.support.Filter;
import org.guanai.legal.api.CaseStatus;
import org.guanai.legal.api.OverdueCaseDTO;
import org.guanai.legal.api.RiskLevel;
import org.guanai.legal.internal.jpa.CaseEntity;
import org.guanai.legal.internal.rules.Deadlines;

/** The overdue cases among those a filter keeps: one query for the candidates, the deadlines decide. */
final class Overdue {

    private Overdue() {
    }

    static List<OverdueCaseDTO> find(EntityManager em, Filter cases, Deadlines deadlines, LocalDate today) {
        cases.and("e.status <> ?", CaseStatus.CLOSED)
                .and("((e.firstResponseOn IS NULL AND (e.riskLevel = ? AND e.receivedOn < ? OR e.riskLevel = ?"
                        + " AND e.receivedOn < ? OR e.riskLevel = ? AND e.receivedOn < ?))"
                        + " OR (e.firstResponseOn IS NOT NULL AND e.riskLevel = ? AND e.lastActionOn < ?))",
                        RiskLevel.HIGH, deadlines.receivedBeforeOverdue(RiskLevel.HIGH, today),
                        RiskLevel.MEDIUM, deadlines.receivedBeforeOverdue(RiskLevel.MEDIUM, today),
                        RiskLevel.LOW, deadlines.receivedBeforeOverdue(RiskLevel.LOW, today),
                        RiskLevel.HIGH, today.minusDays(deadlines.highRiskFollowUpDays()));
        List<OverdueCaseDTO> out = new ArrayList<>();
        for (CaseEntity e : cases.list(em, CaseEntity.class, "e.receivedOn, e.id")) {
            deadlines.overdue(CaseMapper.summary(e), today).ifPresent(o -> {
                OverdueCaseDTO d = new OverdueCaseDTO();
                d.caseId = e.getId();
                d.reason = o.reason();
                d.receivedOn = e.getReceivedOn();
                d.category = e.getCategory();
                d.riskLevel = e.getRiskLevel();
                d.status = e.getStatus();
                d.townshipCode = e.getTownshipCode();
                d.handler = e.getHandler();
                d.dueOn = o.dueOn();
                d.lastActionOn = e.getLastActionOn();
                d.daysOverdue = o.daysOverdue();
                out.add(d);
            });
        }
        return out;
    }
}
