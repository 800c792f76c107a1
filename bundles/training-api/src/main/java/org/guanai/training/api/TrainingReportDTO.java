package org.guanai.training.api;

import java.util.ArrayList;
import java.util.List;

/** The year's training report: a row per township the caller sees, and the county's total. */
public class TrainingReportDTO {
    public int year;
    public List<TrainingReportRowDTO> townships = new ArrayList<>();
    public TrainingReportRowDTO county;
}
