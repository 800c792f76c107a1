package org.guanai.training.api;

import java.time.LocalDate;

/** A class (班次): one run of a course at a place, with a trainer, dates and a capacity. */
public class TrainingClassDTO {
    public Long id;
    public long version;
    public Long courseId;
    /** The course's title (filled on read). */
    public String courseTitle;
    /** The registry service site where it is held; or none, and then {@link #villageCode} or {@link #townshipCode}. */
    public Long siteId;
    /** The township it belongs to: its site's, its village's, or the one given. */
    public String townshipCode;
    /** The village where it is held, when known. */
    public String villageCode;
    /** The place in words, e.g. 村委会二楼会议室. */
    public String place;
    public String trainer;
    public LocalDate startsOn;
    public LocalDate endsOn;
    /** How many may enrol. */
    public int capacity;
    /** How many are enrolled (filled on read). */
    public int enrolled;
    public String notes;
}
