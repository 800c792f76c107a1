package org.guanai.registry.internal.jpa;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;

import org.guanai.registry.api.DivisionLevel;

@Entity(name = "Division")
@Table(name = "divisions")
public class DivisionEntity {

    @Id
    @Column(name = "code", length = 12)
    private String code;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "level", nullable = false, length = 10)
    private DivisionLevel level;

    @Column(name = "parent_code", length = 12)
    private String parentCode;

    /** NATIONAL, FILE or MANUAL: see the 005 migration. */
    @Column(name = "source", nullable = false, length = 10)
    private String source = SOURCE_FILE;

    public static final String SOURCE_NATIONAL = "NATIONAL";
    public static final String SOURCE_FILE = "FILE";
    public static final String SOURCE_MANUAL = "MANUAL";

    protected DivisionEntity() {
    }

    public DivisionEntity(String code) {
        this.code = code;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public DivisionLevel getLevel() {
        return level;
    }

    public void setLevel(DivisionLevel level) {
        this.level = level;
    }

    public String getParentCode() {
        return parentCode;
    }

    public void setParentCode(String parentCode) {
        this.parentCode = parentCode;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }
}
