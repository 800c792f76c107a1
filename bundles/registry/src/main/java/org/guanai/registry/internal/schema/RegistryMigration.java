package org.guanai.registry.internal.schema;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.guanai.registry.api.spi.SchemaMigrator;
import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Migrates the registry's schema on a thread of its own and then enables {@link RegistrySchema}. A migration
 * may wait minutes (a migration lock, a large table): done in activation, it would hold up whichever thread
 * started the registry (the features installer at boot) and everything queued behind it. Meanwhile the status
 * says where the migration stands.
 */
@Component(immediate = true)
public class RegistryMigration {

    private static final Logger LOG = LoggerFactory.getLogger(RegistryMigration.class);

    private final ComponentContext context;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "guanai-registry-schema");
        t.setDaemon(true);
        return t;
    });
    private boolean active = true;

    @Activate
    public RegistryMigration(ComponentContext context, @Reference(name = "migrator") SchemaMigrator migrator) {
        this.context = context;
        thread.execute(() -> {
            try {
                RegistrySchema.migrate(migrator);
            } catch (RuntimeException e) {
                // the status says so (503 with the reason); the log keeps the cause, unless the reason is all there is
                if (e.getCause() instanceof SchemaNotReadyException) {
                    LOG.error("The registry's schema is not ready: {}", e.getCause().getMessage());
                } else {
                    LOG.error("The registry's schema is not ready: {}", e.getMessage(), e.getCause());
                }
                return;
            } catch (Error e) {
                LOG.error("The registry's schema is not ready: {}", e, e);
                throw e;
            }
            synchronized (this) {
                if (active) {
                    context.enableComponent(RegistrySchema.class.getName());
                }
            }
        });
    }

    @Deactivate
    void deactivate() {
        synchronized (this) {
            active = false;
            context.disableComponent(RegistrySchema.class.getName());
        }
        // no interrupt: Derby closes a connection whose thread is interrupted mid-statement; a migration waiting
        // for the lock ends when the migrator stops, one running goes on to its end (and enables nothing)
        thread.shutdown();
    }
}
