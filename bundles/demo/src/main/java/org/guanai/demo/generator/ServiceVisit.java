package org.guanai.demo.generator;

import java.time.LocalDate;
import java.util.List;

import org.guanai.registry.api.ServiceKind;

/**
 * A service delivered: site and team are indexes into {@link SyntheticCounty#sites()} and
 * {@link SyntheticCounty#teams()} (or null), the persons served are given by ID number.
 */
public record ServiceVisit(ServiceKind kind, LocalDate date, Integer site, Integer team, List<String> personIdNumbers,
                           String summary) {
}
