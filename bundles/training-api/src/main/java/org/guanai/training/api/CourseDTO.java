package org.guanai.training.api;

/** A course (课程): what is taught, with whom, and what completing it takes and gives. */
public class CourseDTO {
    public Long id;
    public long version;
    public String title;
    public CourseKind kind;
    public PartnerKind partnerKind;
    /** The partner department's name as the county writes it, e.g. 县农业农村局; required for {@link PartnerKind#OTHER}. */
    public String partnerName;
    /** Attended hours a trainee needs to complete the course. */
    public int requiredHours;
    /** The certificate those who complete receive, e.g. 新型职业农民培训合格证; none when the course gives none. */
    public String certificateName;
    public String notes;
}
