package org.guanai.health.console.completer;

import org.guanai.shell.api.IdCandidates;
import java.util.Map;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.guanai.registry.api.CareCategory;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.PersonQuery;
import org.guanai.registry.api.PersonService;
import org.guanai.registry.api.Status;

/** Ids of the first 100 active left-behind women (whom checks are for), each with her name. */
@Service
public class WomanIdCompleter extends IdCandidates {

    @Reference
    PersonService persons;

    @Override
    protected Map<String, String> candidates(String typed) {
        PersonQuery query = new PersonQuery();
        query.status = Status.ACTIVE;
        query.category = CareCategory.LEFT_BEHIND_WOMAN;
        return map(persons.list(query, PageRequest.first(100)).items, p -> p.id, p -> p.name);
    }
}
