package org.guanai.registry.api;

import java.util.Optional;

/** Left-behind women, children and elderly. */
@org.osgi.annotation.versioning.ProviderType
public interface PersonService {
    Page<PersonDTO> list(PersonQuery query, PageRequest page);

    PersonDTO get(long id);

    Optional<PersonDTO> findByIdNumber(String idNumber);

    PersonDTO create(PersonDTO person);

    PersonDTO update(long id, long expectedVersion, PersonDTO person);

    /** Ends the person's status with a reason and date; the record and its history stay. */
    PersonDTO end(long id, long expectedVersion, EndRequest end);
}
