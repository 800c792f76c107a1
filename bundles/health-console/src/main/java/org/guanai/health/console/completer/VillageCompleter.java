package org.guanai.health.console.completer;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.guanai.registry.api.DivisionLevel;
import org.guanai.registry.api.DivisionService;

/** Village codes (12 digits) with their names. */
@Service
public class VillageCompleter extends DivisionCandidates {

    @Reference
    DivisionService divisions;

    @Override
    protected DivisionService divisions() {
        return divisions;
    }

    @Override
    protected DivisionLevel level() {
        return DivisionLevel.VILLAGE;
    }
}
