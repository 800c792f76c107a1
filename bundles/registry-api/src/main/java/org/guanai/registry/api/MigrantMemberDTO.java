package org.guanai.registry.api;

import java.time.LocalDate;

/** A household member who works away from home (外出务工人员): where, for whom, and how to reach them. */
public class MigrantMemberDTO {
    public Long id;
    public String name;
    public MigrantRelation relation;
    public String workProvince;
    public String workCity;
    public String employer;
    public String phone;
    /** Away since (month precision is enough; the first of the month is fine). */
    public LocalDate awaySince;
    public HomeFrequency homeFrequency;
}
