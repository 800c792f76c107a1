package org.guanai.meeting.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One sitting of the joint meeting: when, where, who chaired, which departments came, and its minutes. */
public class MeetingDTO {
    public Long id;
    public long version;
    public LocalDate heldOn;
    public String place;
    /** Who chaired it, e.g. 副县长 李明. */
    public String chair;
    /** The member departments that attended. */
    public List<Long> departmentIds = new ArrayList<>();
    /** Their names, in the order of {@link #departmentIds} (filled on read). */
    public List<String> departmentNames = new ArrayList<>();
    public String minutes;
    /** Matters raised at it (filled on read). */
    public long matterCount;
}
