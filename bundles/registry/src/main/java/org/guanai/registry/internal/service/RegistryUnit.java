package org.guanai.registry.internal.service;

/** The registry's persistence unit, as the target of JpaTemplate references. */
final class RegistryUnit {

    static final String TARGET = "(osgi.unit.name=guanai-registry)";

    private RegistryUnit() {
    }
}
