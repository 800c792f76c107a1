package org.guanai.registry.api.spi;

import java.util.List;

/**
 * Registered by every optional module as an OSGi service: the registry lists installed modules from these
 * ({@code GET /api/v1/modules}, {@code registry:modules}). The id is the module's stable key (e.g. "health"): what
 * its timeline entries and indicators carry as moduleId, the last segment of its REST base
 * ({@code /api/v1/health}) and its console scope.
 *
 * <p>The module also declares here what the registry must know to decide who sees its data: the roles it brings
 * ({@link #roles()}) and its sensitive data ({@link #sensitiveData()}).
 */
@org.osgi.annotation.versioning.ConsumerType
public interface ModuleDescriptor {
    String id();

    String nameZh();

    String nameEn();

    String version();

    /** What the module does, in one sentence; older modules give one text here for both languages. */
    String description();

    /** {@link #description} in Chinese, from the module's bundle; {@link #description} unless overridden. */
    default String descriptionZh() {
        return description();
    }

    /** {@link #description} in English, from the module's bundle; {@link #description} unless overridden. */
    default String descriptionEn() {
        return description();
    }

    /** Roles this module adds to the registry's own while it is installed; none by default. */
    default List<ModuleRole> roles() {
        return List.of();
    }

    /** This module's sensitive data and who reads it; none by default. */
    default List<SensitiveData> sensitiveData() {
        return List.of();
    }
}
