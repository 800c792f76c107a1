package org.guanai.registry.api.spi;

import java.util.Objects;

/**
 * A role a module brings with it (a training officer, a legal-aid worker), declared by its
 * {@link ModuleDescriptor#roles()}: while the module is installed, an administrator can give it to users
 * ({@code registry:user-roles}, {@code PUT /api/v1/users/{name}/roles}), it is listed with the registry's own roles
 * ({@code GET /api/v1/roles}), and the module's {@code @Allow} rules and command ACL name it. Immutable.
 */
public final class ModuleRole {
    private final String name;
    private final String nameZh;
    private final String nameEn;

    /**
     * @param name   the JAAS role name: lower-case letters, digits and '-', e.g. {@code training}
     * @param nameZh what it is, in Chinese (培训专干)
     * @param nameEn the same in English (training officer)
     */
    public ModuleRole(String name, String nameZh, String nameEn) {
        this.name = Objects.requireNonNull(name, "name");
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public String name() {
        return name;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    @Override
    public String toString() {
        return name;
    }
}
