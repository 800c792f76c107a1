package org.guanai.registry.api.spi;

import java.util.List;

/**
 * Contributes the lists of people a worker should act on (children without a capable guardian, women due a
 * health check, overdue follow-ups, …) to the dashboard. Called for the current caller
 * ({@link org.guanai.registry.api.security.CallerContext}): a provider returns only lists the caller's roles
 * may read, each scoped to what the caller sees, so every item it names is one the caller may open. A provider
 * that throws is skipped and named as unavailable.
 */
@org.osgi.annotation.versioning.ConsumerType
public interface ActionListProvider {
    /** The contributing module's id (its {@link ModuleDescriptor#id()}). */
    String moduleId();

    /**
     * @param townshipCode one township (9 digits), or null for all the caller sees
     * @param limit        at most this many items per list (the list's {@code total} counts them all)
     */
    List<ActionListDTO> actionLists(String townshipCode, int limit);
}
