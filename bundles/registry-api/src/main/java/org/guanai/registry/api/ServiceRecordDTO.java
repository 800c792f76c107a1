package org.guanai.registry.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A service delivered: a visit, tutoring, counselling, warmth visit, pairing help or parents' school session. */
public class ServiceRecordDTO {
    public Long id;
    public long version;
    public ServiceKind kind;
    public LocalDate date;
    public Long siteId;
    public Long teamId;
    /** The persons served; at least one unless a site is given (e.g. a parents' school session). */
    public List<Long> personIds = new ArrayList<>();
    public String summary;
    public String notes;
}
