package org.guanai.demo.generator;

import org.guanai.registry.api.VolunteerKind;

/** A staff member or volunteer of a team. */
public record Volunteer(String name, VolunteerKind kind, String profession, String phone) {
}
