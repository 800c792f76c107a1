package org.guanai.health.internal.spi;

import static org.guanai.health.internal.HealthText.en;
import static org.guanai.health.internal.HealthText.zh;

import java.util.List;

import org.guanai.registry.api.Roles;
import org.guanai.registry.api.spi.ModuleDescriptor;
import org.guanai.registry.api.spi.SensitiveData;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/** Tells the registry the health module is installed. */
@Component(service = ModuleDescriptor.class)
public class HealthModule implements ModuleDescriptor {

    public static final String ID = "health";
    /**
     * The sensitive data of this module: check outcomes (result, findings, referral, follow-up) and what follows
     * from them (the overdue follow-ups, coverage counts of abnormal and referred women). Read by health staff.
     */
    public static final String RESULTS = "health.results";

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
        return zh("module.name");
    }

    @Override
    public String nameEn() {
        return en("module.name");
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public List<SensitiveData> sensitiveData() {
        return List.of(new SensitiveData(RESULTS, zh("module.sensitive"), en("module.sensitive"), List.of(Roles.HEALTH)));
    }

    @Override
    public String description() {
        return descriptionEn();
    }

    @Override
    public String descriptionZh() {
        return zh("module.description");
    }

    @Override
    public String descriptionEn() {
        return en("module.description");
    }
}
