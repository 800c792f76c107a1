package org.guanai.registry.internal.roster;

import static org.guanai.registry.api.roster.RosterColumn.*;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.guanai.registry.api.CareCategory;
import org.guanai.registry.api.roster.RosterColumn;

/**
 * The layouts counties keep their rosters in (the county report's 花名册、登记表、监护人登记表、外出务工家庭档案),
 * recognised by the title above the header or by their columns. A layout says which care category its persons
 * have when no 类别 column does.
 */
public enum RosterLayout {
    /** The registry's own layout (the template, an export): 户编号 groups a household's rows. */
    TEMPLATE("template", "关爱花名册模板", null),
    /** 留守儿童花名册: a child per row, with school, parents away and guardian. */
    CHILDREN("children", "留守儿童花名册", CareCategory.LEFT_BEHIND_CHILD),
    /** 留守妇女花名册: a woman per row, with her husband away. */
    WOMEN("women", "留守妇女花名册", CareCategory.LEFT_BEHIND_WOMAN),
    /** 留守老人花名册. */
    ELDERLY("elderly", "留守老人花名册", CareCategory.LEFT_BEHIND_ELDERLY),
    /** 监护人登记表: children with their guardians. */
    GUARDIANS("guardians", "留守儿童监护人登记表", CareCategory.LEFT_BEHIND_CHILD),
    /** 外出务工家庭档案: households and the members working away. */
    HOUSEHOLDS("households", "外出务工家庭档案", null);

    private final String id;
    private final String title;
    private final CareCategory category;

    RosterLayout(String id, String title, CareCategory category) {
        this.id = id;
        this.title = title;
        this.category = category;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    /** The category of its persons when no column says it; null when the rows must say (类别). */
    public CareCategory category() {
        return category;
    }

    public static Optional<RosterLayout> byId(String id) {
        String v = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
        for (RosterLayout l : values()) {
            if (l.id.equals(v) || l.title.equals(id == null ? null : id.strip())) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /** The layout a sheet is in: by its title (the lines above the header), else by its columns. */
    public static RosterLayout recognise(String title, Set<RosterColumn> columns) {
        String t = title == null ? "" : title;
        if (t.contains("监护人登记")) {
            return GUARDIANS;
        }
        if (t.contains("务工家庭") || t.contains("家庭档案")) {
            return HOUSEHOLDS;
        }
        if (t.contains("儿童")) {
            return CHILDREN;
        }
        if (t.contains("妇女")) {
            return WOMEN;
        }
        if (t.contains("老人")) {
            return ELDERLY;
        }
        if (columns.contains(HUSBAND_NAME) || columns.contains(HUSBAND_WORKPLACE)) {
            return WOMEN;
        }
        if (columns.contains(FATHER_NAME) || columns.contains(MOTHER_NAME) || columns.contains(FATHER_WORKPLACE)
                || columns.contains(MOTHER_WORKPLACE) || columns.contains(SCHOOL) || columns.contains(GRADE)
                || columns.contains(GUARDIAN_NAME)) {
            return CHILDREN;
        }
        if (!columns.contains(NAME) && (columns.contains(MIGRANT_NAME) || columns.contains(WORKPLACE))) {
            return HOUSEHOLDS;
        }
        return TEMPLATE;
    }
}
