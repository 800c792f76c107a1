package org.guanai.shell.api.completers;

import java.util.Map;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.guanai.registry.api.HouseholdQuery;
import org.guanai.registry.api.HouseholdService;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.Status;
import org.guanai.shell.api.IdCandidates;

/** Ids of the first 100 active households, each with the head's name. */
@Service
public class HouseholdIdCompleter extends IdCandidates {

    @Reference
    HouseholdService households;

    @Override
    protected Map<String, String> candidates(String typed) {
        HouseholdQuery query = new HouseholdQuery();
        query.status = Status.ACTIVE;
        return map(households.list(query, PageRequest.first(100)).items, h -> h.id, h -> h.headName);
    }
}
