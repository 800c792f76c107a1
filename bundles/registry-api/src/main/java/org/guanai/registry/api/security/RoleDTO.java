package org.guanai.registry.api.security;

/** A role an administrator can give: one of the registry's or one an installed module brings. */
public class RoleDTO {
    /** The JAAS role name, e.g. {@code township}. */
    public String name;
    public String nameZh;
    public String nameEn;
    /** {@code registry}, or the id of the module that brings it. */
    public String module;

    public RoleDTO() {
    }

    public RoleDTO(String name, String nameZh, String nameEn, String module) {
        this.name = name;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.module = module;
    }
}
