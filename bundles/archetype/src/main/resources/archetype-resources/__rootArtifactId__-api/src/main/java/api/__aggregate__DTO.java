package ${package}.api;

import java.time.LocalDate;

/**
 * One ${aggregate}: replace these fields by the aggregate's own. It lies in a village of the county (so each caller
 * sees those of their divisions) and may concern a registry person (by id, never a JPA relation), which puts it on
 * her timeline.
 */
public class ${aggregate}DTO {
    public Long id;
    public long version;
    public String name;
    /** The village (12 digits); required. */
    public String villageCode;
    /** Read-only: the village's township. */
    public String townshipCode;
    /** The registry person it concerns, if any. */
    public Long personId;
    public LocalDate heldOn;
    public String notes;
}
