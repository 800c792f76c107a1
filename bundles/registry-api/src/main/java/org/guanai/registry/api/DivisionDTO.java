package org.guanai.registry.api;

/** An administrative division of the county: the county itself, a township (乡镇/街道) or a village (村/社区). */
public class DivisionDTO {
    /** 6 digits for the county, 9 for a township, 12 for a village. */
    public String code;
    public String name;
    public DivisionLevel level;
    /** Code of the enclosing division; null for the county. */
    public String parentCode;

    public DivisionDTO() {
    }

    public DivisionDTO(String code, String name, DivisionLevel level, String parentCode) {
        this.code = code;
        this.name = name;
        this.level = level;
        this.parentCode = parentCode;
    }
}
