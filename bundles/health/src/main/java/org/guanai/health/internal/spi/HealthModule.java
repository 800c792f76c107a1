package org.guanai.health.internal.spi;

import org.guanai.registry.api.spi.ModuleDescriptor;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/** Tells the registry the health module is installed. */
@Component(service = ModuleDescriptor.class)
public class HealthModule implements ModuleDescriptor {

    public static final String ID = "health";

    private final String version;

    @Activate
    public HealthModule(BundleContext context) {
        this(context.getBundle().getVersion().toString());
    }

    HealthModule(String version) {
        this.version = version;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String nameZh() {
        return "健康检查";
    }

    @Override
    public String nameEn() {
        return "Health checks";
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public String description() {
        return "Screening campaigns (gynaecological, two-cancers), women's check records and follow-ups,"
                + " the due list, coverage by township, and health talks.";
    }
}
