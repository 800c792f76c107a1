package org.guanai.registry.api;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Persons as a module looks them up: the person behind a check, the attendees of a talk. Scoped and masked for the
 * current caller exactly as {@link PersonService} reads are (a person outside the caller's divisions is not found),
 * but these are the module's reads, not a user opening a record: they leave no {@code person.read} row in the audit
 * trail. A user reading one person's record goes through {@link PersonService#get}, which is audited.
 */
@org.osgi.annotation.versioning.ProviderType
public interface PersonDirectory {

    /** The persons with these ids that the caller sees, by id; ids of no such person (or one the caller does not see) are left out. */
    Map<Long, PersonDTO> find(Collection<Long> ids);

    /**
     * Every person {@code query} matches that the caller sees, ordered by id, in short rows: one query for a module's
     * report over a township or the whole county (health's due list and coverage), where reading full records page by
     * page would cost a count and a sorted page per 500 persons. Not audited, like {@link #find}.
     */
    List<PersonSummaryDTO> summaries(PersonQuery query);

    /** One person the caller sees, or empty. */
    default Optional<PersonDTO> find(long id) {
        return Optional.ofNullable(find(java.util.List.of(id)).get(id));
    }
}
