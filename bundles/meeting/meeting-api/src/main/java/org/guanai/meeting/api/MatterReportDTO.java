package org.guanai.meeting.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Matters by department and state for meetings held in a period, as the caller sees them, with a total row. */
public class MatterReportDTO {
    public LocalDate from;
    public LocalDate to;
    public String townshipCode;
    /** The day overdue is counted on. */
    public LocalDate asOf;
    public List<DepartmentRowDTO> departments = new ArrayList<>();
    public DepartmentRowDTO total;
}
