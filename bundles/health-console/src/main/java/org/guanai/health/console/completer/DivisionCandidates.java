package org.guanai.health.console.completer;

import org.guanai.shell.api.IdCandidates;
import java.util.Map;

import org.guanai.registry.api.DivisionLevel;
import org.guanai.registry.api.DivisionService;

/**
 * Division codes of one level starting with what has been typed (so a county with 500 villages
 * still completes once a township's digits are in), each with its name.
 */
abstract class DivisionCandidates extends IdCandidates {

    protected abstract DivisionService divisions();

    protected abstract DivisionLevel level();

    @Override
    protected Map<String, String> candidates(String typed) {
        return map(divisions().search(typed, 500).stream().filter(d -> d.level == level()).toList(),
                d -> d.code, d -> d.name);
    }
}
