package org.guanai.testing;

import java.sql.Connection;
import java.util.Map;

import javax.sql.DataSource;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;

import org.guanai.registry.api.spi.SchemaMigrator;

/**
 * The registry provides {@link SchemaMigrator} in the container; modules may not use the registry's
 * internals, so their tests apply a changelog with Liquibase directly, the same way: only changesets not
 * yet applied run, and the count of those is returned.
 */
public final class LiquibaseTestMigrator implements SchemaMigrator {

    private final DataSource dataSource;

    public LiquibaseTestMigrator(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public synchronized int migrate(String moduleId, String changelogResource, ClassLoader resources) {
        try (Connection connection = dataSource.getConnection()) {
            Map<String, Object> scope = Map.of(
                    Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(resources),
                    Scope.Attr.ui.name(), new LoggerUIService(),
                    "liquibase.command.showSummaryOutput", "LOG",
                    "liquibase.analytics.enabled", Boolean.FALSE);
            return Scope.child(scope, () -> update(connection, changelogResource));
        } catch (Exception e) {
            throw new IllegalStateException("schema migration of " + moduleId + " failed: " + e.getMessage(), e);
        }
    }

    private static int update(Connection connection, String changelog) throws Exception {
        Database database = DatabaseFactory.getInstance()
                .findCorrectDatabaseImplementation(new JdbcConnection(connection));
        Liquibase liquibase = new Liquibase(changelog, Scope.getCurrentScope().getResourceAccessor(), database);
        int pending = liquibase.listUnrunChangeSets(new Contexts(), new LabelExpression()).size();
        if (pending > 0) {
            new CommandScope(UpdateCommandStep.COMMAND_NAME)
                    .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                    .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, changelog)
                    .execute();
        }
        return pending;
    }
}
