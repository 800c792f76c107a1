package org.guanai.shell.api.completers;

import java.util.Map;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.guanai.registry.api.DivisionDTO;
import org.guanai.registry.api.DivisionLevel;
import org.guanai.registry.api.DivisionService;
import org.guanai.shell.api.IdCandidates;

/**
 * Township and village codes starting with what has been typed (so a county with more than 500 villages still
 * completes once a township's digits are in), each with its name. {@link TownshipCompleter} and
 * {@link VillageCompleter} offer one level.
 */
@Service
public class DivisionCompleter extends IdCandidates {

    @Reference
    DivisionService divisions;

    /** Which divisions to offer; every level below the county here. */
    protected boolean offers(DivisionDTO division) {
        return division.level != DivisionLevel.COUNTY;
    }

    @Override
    protected Map<String, String> candidates(String typed) {
        return map(divisions.search(typed, 500).stream().filter(this::offers).toList(), d -> d.code, d -> d.name);
    }
}
