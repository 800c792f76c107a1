package org.guanai.legal.internal.service;

import org.guanai.registry.api.spi.SchemaMigrator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Present once the module's tables are up to date: every component using the unit references it, so none touches a
 * table before the migrations ran. The registry's {@link SchemaMigrator} applies the changelog in this bundle.
 */
@Component(service = LegalSchema.class, immediate = true)
public class LegalSchema {

    public static final String CHANGELOG = "db/legal/changelog.xml";
    /** The persistence unit, as the target of JpaTemplate references. */
    public static final String UNIT = "(osgi.unit.name=guanai-legal)";

    @Activate
    public LegalSchema(@Reference(name = "migrator") SchemaMigrator migrator) {
        migrator.migrate("legal", CHANGELOG, getClass().getClassLoader());
    }
}
