package org.guanai.health.internal.schema;

import org.guanai.registry.api.spi.SchemaMigrator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Present once the health module's tables are up to date: every component that uses the
 * {@code guanai-health} unit references it, so none touches a table before the migrations ran.
 * The registry's {@link SchemaMigrator} applies the changelog shipped in this bundle.
 */
@Component(service = HealthSchema.class, immediate = true)
public class HealthSchema {

    public static final String MODULE_ID = "health";
    public static final String CHANGELOG = "db/health/changelog.xml";

    private final int applied;

    @Activate
    public HealthSchema(@Reference(name = "migrator") SchemaMigrator migrator) {
        this.applied = migrator.migrate(MODULE_ID, CHANGELOG, getClass().getClassLoader());
    }

    /** How many changesets this activation applied. */
    public int applied() {
        return applied;
    }
}
