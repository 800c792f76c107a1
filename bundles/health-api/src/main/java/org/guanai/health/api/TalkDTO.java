package org.guanai.health.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A maternal and child health talk (妇幼保健讲座). */
public class TalkDTO {
    public Long id;
    public long version;
    public LocalDate heldOn;
    /** Registry service site where it was held. */
    public Long siteId;
    /**
     * The township where it was held: its site's (read-only then), or given for a talk held elsewhere; none for a
     * county-wide talk. A caller sees the talks of the townships they see part of, and county-wide ones.
     */
    public String townshipCode;
    public String speaker;
    public String topic;
    /** Registered persons who attended; the caller is shown only those in the divisions they see. */
    public List<Long> attendeeIds = new ArrayList<>();
    /** Everyone present, registered or not; at least the registered attendees. */
    public int headCount;
    public String notes;
}
