package org.guanai.shell.api.completers;

import java.util.Map;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.PersonQuery;
import org.guanai.registry.api.PersonService;
import org.guanai.registry.api.Status;
import org.guanai.shell.api.IdCandidates;

/** Ids of the first 100 active persons the user sees, each with the person's name; {@link #query} narrows them. */
@Service
public class PersonIdCompleter extends IdCandidates {

    @Reference
    PersonService persons;

    /** The persons to offer: active ones. */
    protected PersonQuery query() {
        PersonQuery query = new PersonQuery();
        query.status = Status.ACTIVE;
        return query;
    }

    @Override
    protected Map<String, String> candidates(String typed) {
        return map(persons.list(query(), PageRequest.first(100)).items, p -> p.id, p -> p.name);
    }
}
