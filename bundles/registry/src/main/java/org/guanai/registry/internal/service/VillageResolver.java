package org.guanai.registry.internal.service;

import static org.guanai.registry.api.roster.RosterColumn.*;

import java.util.ArrayList;
import java.util.List;

import org.guanai.registry.api.DivisionDTO;
import org.guanai.registry.api.DivisionService;
import org.guanai.registry.api.NotFoundException;
import org.guanai.registry.api.roster.RosterColumn;
import org.guanai.registry.internal.divisions.DivisionIndex;
import org.guanai.registry.internal.roster.ImportMessages;

/**
 * A row's township and village, by name or code, to a village code: 城东村, 城东村民委员会 or 城东 when only one
 * village of the county (or of the row's township) is so called; the 12-digit code; the township by name or
 * its 9-digit code. The names come from the registry's divisions as they are at the start of the run.
 */
final class VillageResolver {

    /** A village code, or the column at fault and why. */
    record Resolution(String villageCode, RosterColumn column, String problem) {
        boolean ok() {
            return villageCode != null;
        }
    }

    private final DivisionIndex index;

    VillageResolver(DivisionService divisions) {
        this.index = divisions instanceof DivisionServiceImpl impl ? impl.index() : copy(divisions);
    }

    Resolution resolve(String township, String village) {
        if (index.county() == null) {
            return new Resolution(null, VILLAGE, ImportMessages.NO_COUNTY.text());
        }
        if (village == null || village.isBlank()) {
            return new Resolution(null, VILLAGE, ImportMessages.VILLAGE_REQUIRED.text());
        }
        String townshipCode = null;
        if (township != null && !township.isBlank()) {
            DivisionIndex.Match t = index.township(township);
            if (!t.unique()) {
                return new Resolution(null, TOWNSHIP, ImportMessages.NOT_A_TOWNSHIP.text(township));
            }
            townshipCode = t.division().code;
        }
        DivisionIndex.Match v = index.village(village, townshipCode);
        if (v.unique()) {
            return new Resolution(v.division().code, null, null);
        }
        if (v.none() && village.chars().allMatch(Character::isDigit) && townshipCode != null
                && index.village(village, null).unique()) {
            return new Resolution(null, VILLAGE, ImportMessages.VILLAGE_ELSEWHERE.text(village, township));
        }
        if (v.none()) {
            String where = townshipCode == null ? index.county().name : index.byCode(townshipCode).name;
            return new Resolution(null, VILLAGE, ImportMessages.NOT_A_VILLAGE.text(village, where));
        }
        return new Resolution(null, VILLAGE, ImportMessages.VILLAGES_NAMESAKE.text(village));
    }

    /** For a division service other than the registry's own (tests): its divisions, read once. */
    private static DivisionIndex copy(DivisionService divisions) {
        DivisionDTO county;
        try {
            county = divisions.county();
        } catch (NotFoundException e) {
            return new DivisionIndex(null, List.of());
        }
        List<DivisionDTO> all = new ArrayList<>();
        all.add(county);
        for (DivisionDTO t : divisions.children(county.code)) {
            all.add(t);
            all.addAll(divisions.children(t.code));
        }
        return new DivisionIndex(county, all);
    }
}
