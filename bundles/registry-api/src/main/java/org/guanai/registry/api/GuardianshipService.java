package org.guanai.registry.api;

/** Children's guardians. */
@org.osgi.annotation.versioning.ProviderType
public interface GuardianshipService {
    Page<GuardianshipDTO> list(GuardianshipQuery query, PageRequest page);

    GuardianshipDTO get(long id);

    GuardianshipDTO create(GuardianshipDTO guardianship);

    GuardianshipDTO update(long id, long expectedVersion, GuardianshipDTO guardianship);

    GuardianshipDTO end(long id, long expectedVersion, EndRequest end);

    /** Active left-behind children with no active guardian of good capacity: the alert list. */
    Page<PersonDTO> childrenWithoutCapableGuardian(String townshipCode, PageRequest page);
}
