package org.guanai.registry.console.completer;

import org.guanai.shell.api.IdCandidates;
import java.util.Map;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.guanai.registry.api.DivisionLevel;
import org.guanai.registry.api.DivisionService;

/**
 * Township and village codes starting with what has been typed (so a county with more than
 * 500 villages still completes once a township's digits are in), each with its name.
 */
@Service
public class DivisionCompleter extends IdCandidates {

    @Reference
    DivisionService divisions;

    @Override
    protected Map<String, String> candidates(String typed) {
        return map(divisions.search(typed, 500).stream().filter(d -> d.level != DivisionLevel.COUNTY).toList(),
                d -> d.code, d -> d.name);
    }
}
