package org.guanai.registry.api.spi;

/**
 * Registered by every optional module as an OSGi service; the registry lists installed
 * modules from these. The id is the module's stable key (e.g. "health") and also what its
 * timeline entries and indicators carry as moduleId.
 */
@org.osgi.annotation.versioning.ConsumerType
public interface ModuleDescriptor {
    String id();

    String nameZh();

    String nameEn();

    String version();

    String description();
}
