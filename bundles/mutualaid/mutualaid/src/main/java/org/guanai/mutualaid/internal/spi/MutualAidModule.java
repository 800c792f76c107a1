package org.guanai.mutualaid.internal.spi;

import static org.guanai.mutualaid.internal.MutualAidText.en;
import static org.guanai.mutualaid.internal.MutualAidText.zh;

import java.util.List;

import org.guanai.registry.api.spi.ModuleDescriptor;
import org.guanai.registry.api.spi.ModuleRole;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * Tells the registry the module is installed: what it is, the role it brings (an administrator gives it with
 * {@code registry:user-roles}; {@code @Allow} and the command ACL name it) and, where it has some, its sensitive data
 * ({@code sensitiveData()}: e.g. {@code new SensitiveData("mutualaid.details", "…", "…", List.of(ROLE))}, then
 * {@code Visibility.mayRead("mutualaid.details")} in the services before showing those fields).
 */
@Component(service = ModuleDescriptor.class)
public class MutualAidModule implements ModuleDescriptor {

    public static final String ID = "mutualaid";
    /** The module's own role: its staff. */
    public static final String ROLE = "mutualaid";

    private final String version;

    @Activate
    public MutualAidModule(BundleContext context) {
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
