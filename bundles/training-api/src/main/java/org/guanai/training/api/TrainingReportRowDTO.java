package org.guanai.training.api;

import java.util.EnumMap;
import java.util.Map;

/** One township's (or the county's) training figures for a year. */
public class TrainingReportRowDTO {
    public String townshipCode;
    public String name;
    /** Distinct left-behind women enrolled in a class starting in the year. */
    public int womenTrained;
    /** Of them, those who completed at least one such class. */
    public int womenCompleted;
    /** Completed as a percentage of trained, one decimal; 0 when none trained. */
    public double completionRate;
    /** Certificates issued for the year's classes (to anyone). */
    public int certificates;
    /** Follow-up outcomes recorded for the year's classes, by outcome (the latest round of each enrolment). */
    public Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
    /** Active left-behind women never enrolled in any class. */
    public int womenNeverTrained;
    /** Entrepreneurship project fairs held in the year (in the township, or all for the county). */
    public int fairs;
    /** Head count over those fairs. */
    public int fairHeadCount;
    /** Distinct persons who signed up for a fair's project in the year, by where they live. */
    public int fairSignUps;
}
