package org.guanai.training.api;

/** One project presented at a fair: kept by its id, so sign-ups stay with it when the fair is edited. */
public class FairProjectDTO {
    /** Given by the server; send it back to keep the project when replacing the fair, leave it out for a new one. */
    public Long id;
    public String name;
    /** Who presented it (a company, cooperative or department). */
    public String presenter;
    public String description;
    /** Persons signed up for it (filled on read). */
    public int signUps;
}
