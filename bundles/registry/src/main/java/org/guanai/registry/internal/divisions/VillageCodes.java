package org.guanai.registry.internal.divisions;

import static org.guanai.registry.internal.RegistryText.text;

import java.util.List;

import org.guanai.jpa.support.Checks;
import org.guanai.registry.api.DivisionDTO;
import org.guanai.registry.api.DivisionLevel;

/**
 * Codes for villages the national list lacks (a village split or renamed since the list was published). The
 * statistics bureau numbers a township's residents' committees 001-199 and its villagers' committees 200-399;
 * a proposed code is the next free one after the highest of its range, so it stays in the same scheme.
 */
public final class VillageCodes {

    static final int NAME_MAX = 100;

    private VillageCodes() {
    }

    /** Whether a name is a residents' committee (社区, 居委会) rather than a village. */
    static boolean community(String name) {
        return DivisionNaming.key(name).endsWith("社区");
    }

    /** The next free code of the township's range for a village or community of that name; null when full. */
    public static String propose(String townshipCode, String name, List<DivisionDTO> villages) {
        boolean community = community(name);
        int low = community ? 1 : 200;
        int high = community ? 199 : 399;
        int max = low - 1;
        java.util.Set<Integer> used = new java.util.HashSet<>();
        for (DivisionDTO v : villages) {
            int n = Integer.parseInt(v.code.substring(9));
            used.add(n);
            if (n >= low && n <= high) {
                max = Math.max(max, n);
            }
        }
        for (int n = max + 1; n <= 999; n++) {
            if (!used.contains(n) && (n <= high || n >= 400)) {
                return townshipCode + String.format("%03d", n);
            }
        }
        for (int n = low; n <= high; n++) {
            if (!used.contains(n)) {
                return townshipCode + String.format("%03d", n);
            }
        }
        return null;
    }

    /** Checks a village to add; the returned division carries the code to store (proposed when none is given). */
    public static DivisionDTO check(DivisionIndex index, String township, String name, String code) {
        Checks checks = new Checks();
        DivisionIndex.Match t = index.township(township);
        if (index.county() == null) {
            checks.add("township", text("division.noCounty"));
        } else if (township == null || township.isBlank()) {
            checks.add("township", text("division.townshipRequired"));
        } else if (!t.unique()) {
            checks.add("township", t.none() ? text("division.notTownship", township.strip(), index.county().name)
                    : text("division.severalTownshipsCode", township.strip()));
        }
        String display = name == null ? null : DivisionNaming.display(name.strip());
        checks.require("name", display == null || display.isEmpty() ? null : display).maxLength("name", display, NAME_MAX);
        String proposed = null;
        if (!checks.hasErrors()) {
            String tc = t.division().code;
            List<DivisionDTO> villages = index.children(tc);
            if (villages.stream().anyMatch(v -> v.name.equals(display))) {
                checks.add("name", text("division.villageExists", display, t.division().name));
            }
            if (code != null && !code.isBlank()) {
                String c = code.strip();
                if (!c.matches("\\d{12}") || !c.startsWith(tc)) {
                    checks.add("code", text("division.villageCode", c, tc));
                } else if (index.byCode(c) != null) {
                    checks.add("code", text("division.codeTaken", c, index.byCode(c).name));
                }
                proposed = c;
            } else {
                proposed = propose(tc, display, villages);
                checks.check(proposed != null, "code", text("division.noFreeCode"));
            }
        }
        checks.throwIfAny();
        return new DivisionDTO(proposed, display, DivisionLevel.VILLAGE, proposed.substring(0, 9));
    }
}
