package org.guanai.registry.console.completer;

import org.guanai.shell.api.IdCandidates;
import java.util.Map;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.guanai.registry.api.GuardianshipQuery;
import org.guanai.registry.api.GuardianshipService;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.Status;

/** Ids of the first 100 active guardianships, each as "child ← guardian". */
@Service
public class GuardianshipIdCompleter extends IdCandidates {

    @Reference
    GuardianshipService guardianships;

    @Override
    protected Map<String, String> candidates(String typed) {
        GuardianshipQuery query = new GuardianshipQuery();
        query.status = Status.ACTIVE;
        return map(guardianships.list(query, PageRequest.first(100)).items, g -> g.id,
                g -> g.childName + " ← " + g.guardianName);
    }
}
