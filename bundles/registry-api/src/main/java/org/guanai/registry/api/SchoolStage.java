package org.guanai.registry.api;

/** A left-behind child's school stage. */
public enum SchoolStage {
    NOT_YET_IN_SCHOOL,
    KINDERGARTEN,
    PRIMARY,
    MIDDLE_SCHOOL,
    NOT_IN_SCHOOL
}
