package org.guanai.registry.internal.service;

import static org.guanai.registry.internal.RegistryText.text;

import org.guanai.jpa.support.Checks;
import org.guanai.registry.api.DivisionDTO;
import org.guanai.registry.api.DivisionLevel;
import org.guanai.registry.api.DivisionService;

/** Checks that a code names one of the configured county's villages or townships. */
final class DivisionChecks {

    private DivisionChecks() {
    }

    /** @return the village's township code, or null after adding an error */
    static String village(DivisionService divisions, Checks checks, String field, String code) {
        return parentIfLevel(divisions, checks, field, code, DivisionLevel.VILLAGE, "division.levelVillage");
    }

    /** @return the township's code, or null after adding an error */
    static String township(DivisionService divisions, Checks checks, String field, String code) {
        String county = parentIfLevel(divisions, checks, field, code, DivisionLevel.TOWNSHIP, "division.levelTownship");
        return county == null ? null : code;
    }

    private static String parentIfLevel(DivisionService divisions, Checks checks, String field, String code,
                                        DivisionLevel level, String label) {
        DivisionDTO division = code == null ? null : divisions.find(code).orElse(null);
        if (division == null || division.level != level) {
            checks.add(field, text("division.notOfCounty", code, text(label)));
            return null;
        }
        return division.parentCode;
    }
}
