package org.guanai.training.internal.spi;

import static org.guanai.training.internal.service.Text.en;
import static org.guanai.training.internal.service.Text.zh;

import java.util.List;

import org.guanai.registry.api.spi.ModuleDescriptor;
import org.guanai.registry.api.spi.ModuleRole;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * Tells the registry the module is installed, and the role it brings: training staff (an administrator gives it
 * with {@code registry:user-roles}; {@code @Allow} and the command ACL name it). The module keeps no sensitive
 * data beyond who was trained, which every user of the person's divisions may see.
 */
@Component(service = ModuleDescriptor.class)
public class TrainingModule implements ModuleDescriptor {

    public static final String ID = "training";
    /** The module's own role: its staff (the women's federation's training officer, partner departments). */
    public static final String ROLE = "training";

    private final String version;

    @Activate
    public TrainingModule(BundleContext context) {
        this.version = context.getBundle().getVersion().toString();
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

    @Override
    public List<ModuleRole> roles() {
        return List.of(new ModuleRole(ROLE, zh("module.role"), en("module.role")));
    }
}
