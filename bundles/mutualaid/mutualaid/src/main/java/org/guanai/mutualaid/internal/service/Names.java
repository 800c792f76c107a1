package org.guanai.mutualaid.internal.service;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.guanai.registry.api.PersonDTO;

/** Names of the persons and volunteers a page of records names, looked up once per page. */
final class Names {
    private final Map<Long, String> persons = new HashMap<>();
    private final Map<Long, String> volunteers;

    Names(Registry registry, Collection<Long> personIds, Collection<Long> volunteerIds) {
        for (Map.Entry<Long, PersonDTO> p : registry.persons(personIds).entrySet()) {
            persons.put(p.getKey(), p.getValue().name);
        }
        volunteers = registry.volunteerNames(volunteerIds);
    }

    /** The person's name (or the volunteer's); null when the caller does not see them. */
    String of(Long personId, Long volunteerId) {
        return personId != null ? persons.get(personId) : volunteerId == null ? null : volunteers.get(volunteerId);
    }
}
