package org.guanai.shell.api.completers;

import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.guanai.registry.api.DivisionDTO;
import org.guanai.registry.api.DivisionLevel;

/** Village codes (12 digits) with their names. */
@Service
public class VillageCompleter extends DivisionCompleter {
    @Override
    protected boolean offers(DivisionDTO division) {
        return division.level == DivisionLevel.VILLAGE;
    }
}
