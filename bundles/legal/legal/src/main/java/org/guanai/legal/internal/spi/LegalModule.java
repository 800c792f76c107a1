package org.guanai.legal.internal.spi;

import static org.guanai.legal.internal.LegalText.en;
import static org.guanai.legal.internal.LegalText.zh;

import java.util.List;

import org.guanai.registry.api.Roles;
import org.guanai.registry.api.spi.ModuleDescriptor;
import org.guanai.registry.api.spi.ModuleRole;
import org.guanai.registry.api.spi.SensitiveData;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * Tells the registry the module is installed: what it is, its role (legal staff, 法律维权专干; the registry knows the
 * name already, so it stays listed as the registry's) and its sensitive data, the rights cases, which only legal staff
 * read. Counts derived from cases are shown to anyone else with small cells suppressed.
 */
@Component(service = ModuleDescriptor.class)
public class LegalModule implements ModuleDescriptor {

    public static final String ID = "legal";
    /** The module's role: legal staff. */
    public static final String ROLE = Roles.LEGAL;
    /** The rights cases, for {@code Visibility.cells}. */
    public static final String CASES = "legal.cases";

    private final String version;

    @Activate
    public LegalModule(BundleContext context) {
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

    @Override
    public List<SensitiveData> sensitiveData() {
        return List.of(new SensitiveData(CASES, zh("module.sensitive"), en("module.sensitive"), List.of(ROLE)));
    }
}
