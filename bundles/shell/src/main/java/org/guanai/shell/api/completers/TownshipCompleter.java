package org.guanai.shell.api.completers;

import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.guanai.registry.api.DivisionDTO;
import org.guanai.registry.api.DivisionLevel;

/** Township codes (9 digits) with their names. */
@Service
public class TownshipCompleter extends DivisionCompleter {
    @Override
    protected boolean offers(DivisionDTO division) {
        return division.level == DivisionLevel.TOWNSHIP;
    }
}
