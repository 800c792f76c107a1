package org.guanai.health.internal.screening;

import org.guanai.registry.api.PersonDTO;
import org.guanai.registry.api.PersonSummaryDTO;

/** What the screening rules need to know of a registry person. */
public record PersonFact(long personId, String name, String villageCode, String townshipCode, String phone) {

    public static PersonFact of(PersonDTO p) {
        return new PersonFact(p.id, p.name, p.villageCode, p.townshipCode, p.phone);
    }

    public static PersonFact of(PersonSummaryDTO p) {
        return new PersonFact(p.id, p.name, p.villageCode, p.townshipCode, p.phone);
    }
}
