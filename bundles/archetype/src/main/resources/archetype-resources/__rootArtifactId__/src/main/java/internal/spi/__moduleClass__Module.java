package ${package}.internal.spi;

import java.util.List;

import org.guanai.registry.api.spi.ModuleDescriptor;
import org.guanai.registry.api.spi.ModuleRole;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * Tells the registry the module is installed: what it is, the role it brings (an administrator gives it with
 * {@code registry:user-roles}; {@code @Allow} and the command ACL name it) and, where it has some, its sensitive data
 * ({@code sensitiveData()}: e.g. {@code new SensitiveData("${rootArtifactId}.details", "…", "…", List.of(ROLE))}, then
 * {@code Visibility.mayRead("${rootArtifactId}.details")} in the services before showing those fields).
 */
@Component(service = ModuleDescriptor.class)
public class ${moduleClass}Module implements ModuleDescriptor {

    public static final String ID = "${rootArtifactId}";
    /** The module's own role: its staff. */
    public static final String ROLE = "${rootArtifactId}";

    private final String version;

    @Activate
    public ${moduleClass}Module(BundleContext context) {
        this.version = context.getBundle().getVersion().toString();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String nameZh() {
        return "${nameZh}";
    }

    @Override
    public String nameEn() {
        return "${nameEn}";
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public String description() {
        return "${nameEn}: ${aggregates}.";
    }

    @Override
    public List<ModuleRole> roles() {
        return List.of(new ModuleRole(ROLE, "${nameZh}专干", "${nameEn} staff"));
    }
}
