package org.guanai.registry.api;

/**
 * A person as a module's county-wide list needs her ({@link PersonDirectory#summaries}): who, where, how to reach
 * her. The phone is masked as in every read for a caller who does not see phones in full.
 */
public class PersonSummaryDTO {
    public long id;
    public String name;
    public String townshipCode;
    public String villageCode;
    public String phone;
}
