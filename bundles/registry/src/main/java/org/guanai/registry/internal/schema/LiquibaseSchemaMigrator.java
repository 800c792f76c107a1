package org.guanai.registry.internal.schema;

import java.sql.Connection;
import java.sql.SQLException;
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
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Applies a bundle's Liquibase changelog to the shared DataSource. */
@Component(service = SchemaMigrator.class)
public class LiquibaseSchemaMigrator implements SchemaMigrator {

    private static final Logger LOG = LoggerFactory.getLogger(LiquibaseSchemaMigrator.class);

    private final DataSource dataSource;

    @Activate
    public LiquibaseSchemaMigrator(
            @Reference(name = "dataSource", target = "(osgi.jndi.service.name=guanai)") DataSource dataSource) {
        this.dataSource = dataSource;
    }

    // Synchronized: modules activate concurrently, and Liquibase's own lock table makes a loser wait
    // and poll rather than queue; within one JVM a monitor is simpler and quicker.
    @Override
    public synchronized int migrate(String moduleId, String changelogResource, ClassLoader resources) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // In OSGi, Liquibase finds its own services (change types, databases) through the context class loader.
        thread.setContextClassLoader(Liquibase.class.getClassLoader());
        try (Connection connection = dataSource.getConnection()) {
            int applied = Scope.child(scope(resources), () -> update(connection, changelogResource));
            LOG.info("Schema of {}: {} changeset(s) applied from {}", moduleId, applied, changelogResource);
            return applied;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to migrate the schema of " + moduleId, e);
        } catch (Exception e) {
            throw new IllegalStateException("schema migration of " + moduleId + " failed: " + e.getMessage(), e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static Map<String, Object> scope(ClassLoader resources) {
        return Map.of(
                Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(resources),
                Scope.Attr.ui.name(), new LoggerUIService(),
                "liquibase.command.showSummaryOutput", "LOG",
                // A county server has no internet access; never try to phone home.
                "liquibase.analytics.enabled", Boolean.FALSE);
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
