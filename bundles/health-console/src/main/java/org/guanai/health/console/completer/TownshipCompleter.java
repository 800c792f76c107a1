package org.guanai.health.console.completer;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.guanai.registry.api.DivisionLevel;
import org.guanai.registry.api.DivisionService;

/** Township codes (9 digits) with their names. */
@Service
public class TownshipCompleter extends DivisionCandidates {

    @Reference
    DivisionService divisions;

    @Override
    protected DivisionService divisions() {
        return divisions;
    }

    @Override
    protected DivisionLevel level() {
        return DivisionLevel.TOWNSHIP;
    }
}
