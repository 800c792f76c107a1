package org.guanai.registry.api;

import java.time.LocalDate;

/** A service site: a children's home (留守儿童之家), a women's home (妇女之家) or both. */
public class ServiceSiteDTO {
    public Long id;
    public long version;
    public SiteKind kind;
    public String name;
    public String villageCode;
    /** Derived from the village. Read-only. */
    public String townshipCode;
    public String address;
    public LocalDate openedOn;
    /** Has a remote-education station (远程教育站). */
    public boolean remoteEducationStation;
    /** Runs a parents' school (家长学校). */
    public boolean parentsSchool;
    public String contactName;
    public String contactPhone;
    public String notes;
    public Status status;
    public LocalDate endedOn;
    public String endNote;
}
