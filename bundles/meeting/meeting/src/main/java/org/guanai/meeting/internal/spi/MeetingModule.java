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
        return "留守儿童工作联席会议：成员单位、会议、议定事项及其办理进度与办结。"
                + "The joint meeting of departments: members, meetings, the matters raised, their progress and completion.";
    }

    @Override
    public List<ModuleRole> roles() {
        return List.of(new ModuleRole(ROLE, zh("module.role"), en("module.role")));
    }
}
