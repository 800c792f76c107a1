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
    public String speaker;
    public String topic;
    /** Registered persons who attended. */
    public List<Long> attendeeIds = new ArrayList<>();
    /** Everyone present, registered or not; at least the registered attendees. */
    public int headCount;
    public String notes;
}
