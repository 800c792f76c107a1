package org.guanai.training.api;

/** Filters for listing courses; null fields do not filter. */
public class CourseQuery {
    public CourseKind kind;
    public String titlePrefix;
}
