package org.guanai.mutualaid.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One activity of a group: who of its members took part and whom it helped. */
public class ActivityDTO {
    public Long id;
    public long version;
    public Long groupId;
    public LocalDate heldOn;
    public ActivityKind kind;
    /** Hours spent, e.g. 3.5. */
    public BigDecimal hours;
    /** Memberships (ids) of the group's members who took part: members of that group on that day. */
    public List<Long> participantIds = new ArrayList<>();
    /** Registry persons it helped. */
    public List<Long> beneficiaryPersonIds = new ArrayList<>();
    /** Registry households it helped. */
    public List<Long> beneficiaryHouseholdIds = new ArrayList<>();
    public String note;
    /** Read-only: the group's name, village and township. */
    public String groupName;
    public String villageCode;
    public String townshipCode;
}
