package org.guanai.demo.generator;

import java.util.List;

/** A service team of a township (site null) or of a site (index into {@link SyntheticCounty#sites()}), with its members. */
public record Team(String name, Integer site, String townshipCode, String description, List<Volunteer> volunteers) {
}
