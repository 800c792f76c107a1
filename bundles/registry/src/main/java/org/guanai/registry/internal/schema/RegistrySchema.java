package org.guanai.registry.internal.schema;

import org.guanai.registry.api.spi.SchemaMigrator;
import org.osgi.service.component.annotations.Component;

/**
 * Present once the registry's tables are up to date: every component that uses the persistence unit references
 * it, so none touches a table before the migrations ran. Disabled until {@link RegistryMigration} has migrated,
 * which then enables it.
 */
@Component(service = RegistrySchema.class, enabled = false)
public class RegistrySchema {

    public static final String MODULE_ID = "registry";
    public static final String CHANGELOG = "db/registry/changelog.xml";

    /** Applies the registry's changelog now; how many changesets ran. */
    public static int migrate(SchemaMigrator migrator) {
        return migrator.migrate(MODULE_ID, CHANGELOG, RegistrySchema.class.getClassLoader());
    }
}
