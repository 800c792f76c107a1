package org.guanai.registry.api;

/** How a person serves: staff (township officials, village cadres), professional or social volunteer. */
public enum VolunteerKind {
    FULL_TIME_STAFF,
    PART_TIME_STAFF,
    PROFESSIONAL_VOLUNTEER,
    SOCIAL_VOLUNTEER
}
