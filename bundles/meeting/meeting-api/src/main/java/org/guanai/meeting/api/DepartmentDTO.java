package org.guanai.meeting.api;

import java.time.LocalDate;

import org.guanai.registry.api.Status;

/**
 * A member department of the joint meeting (教育局, 民政局, 人社局, 公安局, 司法局, 卫健局, 妇联 …) with the person to
 * call about its matters. Departments leave (are ended), never deleted: their matters stay theirs.
 */
public class DepartmentDTO {
    public Long id;
    public long version;
    public String name;
    public String contactName;
    /** Masked unless the caller may see phones in full and asked to. */
    public String contactPhone;
    public String notes;
    public Status status;
    public LocalDate endedOn;
    public String endNote;
}
