package org.guanai.legal.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A legal promotion event (普法宣传活动): where, what, with whom, how many reached. Ordinary data, scoped by division. */
public class PromotionEventDTO {
    public Long id;
    public long version;
    public LocalDate heldOn;
    public EventKind kind;
    /** The township (9 digits); taken from the village when one is given. */
    public String townshipCode;
    /** The village (12 digits), or null for an event of the whole township. */
    public String villageCode;
    /** The site, school or market, in words. */
    public String place;
    public List<Topic> topics = new ArrayList<>();
    public List<Department> partners = new ArrayList<>();
    /** People reached (head count). */
    public int headCount;
    /** Leaflets, booklets and other materials handed out. */
    public int materials;
    /** Registry persons known to have attended. */
    public List<Long> attendeePersonIds = new ArrayList<>();
    public String notes;
}
