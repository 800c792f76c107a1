package org.guanai.training.internal.service;

import org.guanai.registry.api.spi.SchemaMigrator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Present once the module's tables are up to date: every component using the unit references it, so none touches a
 * table before the migrations ran. The registry's {@link SchemaMigrator} applies the changelog in this bundle.
 */
@Component(service = TrainingSchema.class, immediate = true)
public class TrainingSchema {

    public static final String MODULE_ID = "training";
    public static final String CHANGELOG = "db/training/changelog.xml";
    /** The persistence unit, as the target of JpaTemplate references. */
    public static final String UNIT = "(osgi.unit.name=guanai-training)";

    @Activate
    public TrainingSchema(@Reference(name = "migrator") SchemaMigrator migrator) {
        migrator.migrate(MODULE_ID, CHANGELOG, getClass().getClassLoader());
    }
}
