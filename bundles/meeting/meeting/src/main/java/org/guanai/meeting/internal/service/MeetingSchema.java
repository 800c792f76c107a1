package org.guanai.meeting.internal.service;

import org.guanai.registry.api.spi.SchemaMigrator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Present once the module's tables are up to date: every component using the unit references it, so none touches a
 * table before the registry's {@link SchemaMigrator} has applied this bundle's changelog.
 */
@Component(service = MeetingSchema.class, immediate = true)
public class MeetingSchema {

    public static final String CHANGELOG = "db/meeting/changelog.xml";
    /** The persistence unit, as the target of JpaTemplate references. */
    public static final String UNIT = "(osgi.unit.name=guanai-meeting)";

    @Activate
    public MeetingSchema(@Reference(name = "migrator") SchemaMigrator migrator) {
        migrator.migrate("meeting", CHANGELOG, getClass().getClassLoader());
    }
}
