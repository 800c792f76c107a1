package org.guanai.registry.api.spi;

/**
 * Provided by the registry: applies a module's versioned schema migrations (a Liquibase
 * changelog shipped inside the module's bundle) to the shared DataSource. A module calls it
 * when it activates, before it touches its tables; only changesets not yet applied run, so
 * installing a module into a database that already holds data, reinstalling it, and
 * upgrading it all run its own new migrations only.
 */
@org.osgi.annotation.versioning.ProviderType
public interface SchemaMigrator {
    /**
     * @param moduleId          the module's id, for logging and locking
     * @param changelogResource the changelog's resource path, e.g. {@code db/health/changelog.xml}
     * @param resources         the class loader that can read the changelog (the module's bundle)
     * @return how many changesets were applied now
     */
    int migrate(String moduleId, String changelogResource, ClassLoader resources);
}
