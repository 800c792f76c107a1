package org.guanai.registry.internal.schema;

import org.guanai.registry.api.spi.SchemaMigrator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Present once the registry's tables are up to date: every component that uses the persistence
 * unit references it, so none touches a table before the migrations ran.
 */
@Component(service = RegistrySchema.class, immediate = true)
public class RegistrySchema {

    public static final String MODULE_ID = "registry";
    public static final String CHANGELOG = "db/registry/changelog.xml";

    private final int applied;

    @Activate
    public RegistrySchema(@Reference(name = "migrator") SchemaMigrator migrator) {
        this.applied = migrator.migrate(MODULE_ID, CHANGELOG, RegistrySchema.class.getClassLoader());
    }

    /** How many changesets this activation applied. */
    public int applied() {
        return applied;
    }
}
