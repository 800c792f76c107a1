package org.guanai.meeting.internal.spi;

import static org.guanai.meeting.internal.MeetingText.en;
import static org.guanai.meeting.internal.MeetingText.zh;

import java.util.List;

import org.guanai.registry.api.spi.ModuleDescriptor;
import org.guanai.registry.api.spi.ModuleRole;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * Tells the registry the module is installed, and the role it brings: the joint meeting's office (联席会议办公室,
 * usually at the county women's and children's working committee), who keeps departments, meetings and matters.
 * An administrator gives it with {@code registry:user-roles}; {@code @Allow} and the command ACL name it.
 */
@Component(service = ModuleDescriptor.class)
public class MeetingModule implements ModuleDescriptor {

    public static final String ID = "meeting";
    /** The module's own role: the joint meeting's office and the departments' contacts. */
    public static final String ROLE = "meeting";

    private final String version;

    @Activate
    public MeetingModule(BundleContext context) {
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
