package org.guanai.demo.generator;

import java.time.LocalDate;

import org.guanai.registry.api.HomeFrequency;
import org.guanai.registry.api.MigrantRelation;

/** A household member working away: relation to the left-behind family, where, for whom, since when. */
public record Migrant(String name, MigrantRelation relation, String workProvince, String workCity, String employer,
                      String phone, LocalDate awaySince, HomeFrequency homeFrequency) {
}
