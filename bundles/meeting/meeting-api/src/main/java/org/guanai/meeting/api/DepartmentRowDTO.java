package org.guanai.meeting.api;

/** One department's matters in a report: how many are open, overdue, done, done on time, and the on-time rate. */
public class DepartmentRowDTO {
    /** Null on the total row. */
    public Long departmentId;
    /** The department's name; 合计 on the total row. */
    public String departmentName;
    public long raised;
    public long open;
    public long overdue;
    public long done;
    public long doneOnTime;
    /** Done on time as a percentage of the matters that are done or overdue (one decimal); null when there are none. */
    public Double onTimePercent;
}
