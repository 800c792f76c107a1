package org.guanai.registry.api;

/** Households and their migrant members. */
@org.osgi.annotation.versioning.ProviderType
public interface HouseholdService {
    Page<HouseholdDTO> list(HouseholdQuery query, PageRequest page);

    HouseholdDTO get(long id);

    HouseholdDTO create(HouseholdDTO household);

    /** Replaces the household's fields and its migrant members with those given. */
    HouseholdDTO update(long id, long expectedVersion, HouseholdDTO household);

    HouseholdDTO end(long id, long expectedVersion, EndRequest end);
}
