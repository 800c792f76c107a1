package org.guanai.health.internal.service;

/** The health module's persistence unit, as the target of JpaTemplate references. */
public final class HealthUnit {

    public static final String TARGET = "(osgi.unit.name=guanai-health)";

    private HealthUnit() {
    }
}
