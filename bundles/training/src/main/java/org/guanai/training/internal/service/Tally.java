package org.guanai.training.internal.service;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.guanai.registry.api.DivisionDTO;
import org.guanai.training.api.TrainingReportDTO;
import org.guanai.training.api.TrainingReportRowDTO;
import org.guanai.training.internal.service.TrainingReportsImpl.Trainee;

/** The report's arithmetic, on what the queries found: a plain function, tested without a database. */
final class Tally {

    private Tally() {
    }

    static TrainingReportDTO report(int year, DivisionDTO county, Map<String, String> townships, List<Trainee> trainees,
                                    Set<Long> women, Map<String, Integer> neverTrained) {
        TrainingReportDTO report = new TrainingReportDTO();
        report.year = year;
        Map<String, Counts> byTownship = new HashMap<>();
        Counts total = new Counts();
        for (Trainee t : trainees) {
            Counts c = byTownship.computeIfAbsent(t.townshipCode, k -> new Counts());
            c.add(t, women.contains(t.personId));
            total.add(t, women.contains(t.personId));
        }
        int never = 0;
        for (Map.Entry<String, String> t : townships.entrySet()) {
            TrainingReportRowDTO row = byTownship.getOrDefault(t.getKey(), new Counts()).row(t.getKey(), t.getValue());
            row.womenNeverTrained = neverTrained.getOrDefault(t.getKey(), 0);
            never += row.womenNeverTrained;
            report.townships.add(row);
        }
        report.county = total.row(county.code, "合计 " + county.name);
        report.county.womenNeverTrained = never;
        return report;
    }

    /** The year's fairs: per township, {fairs, head count}; and per township the persons who signed up. */
    static final class Fairs {
        final Map<String, int[]> held = new HashMap<>();
        final Map<String, Set<Long>> signedUp = new HashMap<>();
    }

    /** Adds the fairs to each township's row and to the county's. */
    static void fairs(TrainingReportDTO report, Fairs fairs) {
        Set<Long> everyone = new HashSet<>();
        for (TrainingReportRowDTO row : report.townships) {
            int[] held = fairs.held.getOrDefault(row.townshipCode, new int[2]);
            row.fairs = held[0];
            row.fairHeadCount = held[1];
            row.fairSignUps = fairs.signedUp.getOrDefault(row.townshipCode, Set.of()).size();
        }
        fairs.held.values().forEach(h -> {
            report.county.fairs += h[0];
            report.county.fairHeadCount += h[1];
        });
        fairs.signedUp.values().forEach(everyone::addAll);
        report.county.fairSignUps = everyone.size();
    }

    private static final class Counts {
        final Set<Long> trained = new HashSet<>();
        final Set<Long> completed = new HashSet<>();
        int certificates;
        final TrainingReportRowDTO outcomes = new TrainingReportRowDTO();

        void add(Trainee t, boolean woman) {
            if (woman) {
                trained.add(t.personId);
                if (t.completed) {
                    completed.add(t.personId);
                }
            }
            if (t.certified) {
                certificates++;
            }
            if (t.outcome != null) {
                outcomes.outcomes.merge(t.outcome, 1, Integer::sum);
            }
        }

        TrainingReportRowDTO row(String code, String name) {
            TrainingReportRowDTO row = new TrainingReportRowDTO();
            row.townshipCode = code;
            row.name = name;
            row.womenTrained = trained.size();
            row.womenCompleted = completed.size();
            row.completionRate = trained.isEmpty() ? 0 : Math.round(1000.0 * completed.size() / trained.size()) / 10.0;
            row.certificates = certificates;
            row.outcomes.putAll(outcomes.outcomes);
            return row;
        }
    }
}
