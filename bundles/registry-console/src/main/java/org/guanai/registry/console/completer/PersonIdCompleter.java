package org.guanai.registry.console.completer;

import org.guanai.shell.api.IdCandidates;
import java.util.Map;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.PersonQuery;
import org.guanai.registry.api.PersonService;
import org.guanai.registry.api.Status;

/** Ids of the first 100 active persons, each with the person's name. */
@Service
public class PersonIdCompleter extends IdCandidates {

    @Reference
    PersonService persons;

    @Override
    protected Map<String, String> candidates(String typed) {
        PersonQuery query = new PersonQuery();
        query.status = Status.ACTIVE;
        return map(persons.list(query, PageRequest.first(100)).items, p -> p.id, p -> p.name);
    }
}
