package org.guanai.registry.api.roster;

import java.util.Locale;
import java.util.Optional;

/**
 * The roster's columns. The {@linkplain #template() template's} columns are the registry's own layout (what an
 * export writes): one row per person, households grouped by {@link #HOUSEHOLD_KEY}. The others are columns of
 * the layouts counties keep (a children's roster's 父亲姓名 / 务工地点, 监护人姓名, 就读学校 …), which the import
 * maps onto the same records. A file names its columns in a header row, in Chinese ({@link #chinese()}, or one of
 * the usual aliases) or English ({@link #english()}), in any order; unknown columns are reported once and ignored.
 *
 * <p>Enumerated values are written in Chinese, as counties write them (the English constant names are
 * accepted too): see {@link #description()} for each column's values.
 *
 * <p>A row whose 姓名 is empty carries only household columns and/or one migrant member. Every row
 * repeats (or leaves empty) the household columns of its 户编号; the first non-empty value wins.
 */
public enum RosterColumn {
    HOUSEHOLD_KEY("户编号", "household_key", Part.HOUSEHOLD,
            "county-unique household key; required on every row; matches households on re-import"),
    TOWNSHIP("乡镇", "township", Part.HOUSEHOLD, "township name or 9-digit code; checked against the village"),
    VILLAGE("村(社区)", "village", Part.HOUSEHOLD, "village name (unique in its township) or 12-digit code; required"),
    ADDRESS("家庭住址", "address", Part.HOUSEHOLD, "home address"),
    HEAD_NAME("户主姓名", "head_name", Part.HOUSEHOLD, "head of household"),
    HOUSEHOLD_PHONE("家庭联系电话", "household_phone", Part.HOUSEHOLD, "household contact phone"),
    HARDSHIP("困难家庭", "hardship", Part.HOUSEHOLD, "是 / 否 (empty = 否)"),
    NAME("姓名", "name", Part.PERSON, "the person's name; empty on a row that only carries household or migrant columns"),
    GENDER("性别", "gender", Part.PERSON, "男 / 女; may be empty (taken from the ID number)"),
    ID_NUMBER("身份证号码", "id_number", Part.PERSON,
            "18-character resident ID number with a valid check digit; matches persons on re-import"),
    BIRTH_DATE("出生日期", "birth_date", Part.PERSON, "yyyy-MM-dd (or an Excel date); must match the ID number"),
    PHONE("联系电话", "phone", Part.PERSON, "the person's phone"),
    CATEGORIES("类别", "categories", Part.PERSON, "留守妇女 / 留守儿童 / 留守老人, several joined by 、"),
    SCHOOL_STAGE("就学情况", "school_stage", Part.PERSON, "children: 未入学 / 幼儿园 / 小学 / 初中 / 失学辍学"),
    GUARDIAN_ID_NUMBER("监护人身份证号码", "guardian_id_number", Part.GUARDIAN,
            "on a child's row: the guardian's ID number, a person in the same file or in the registry"),
    GUARDIAN_RELATION("与儿童关系", "guardian_relation", Part.GUARDIAN, "祖父母 / 母亲 / 父亲 / 其他亲属 / 委托监护"),
    GUARDIAN_CAPACITY("监护能力", "guardian_capacity", Part.GUARDIAN, "良好 / 较弱 / 无"),
    GUARDIAN_PHONE("监护人电话", "guardian_phone", Part.GUARDIAN, "the guardian's contact phone for this child"),
    MIGRANT_NAME("外出成员姓名", "migrant_name", Part.MIGRANT, "a migrant member of this row's household, one per row"),
    MIGRANT_RELATION("与本户关系", "migrant_relation", Part.MIGRANT, "丈夫 / 妻子 / 父亲 / 母亲 / 儿子 / 女儿 / 其他"),
    WORK_PROVINCE("务工省份", "work_province", Part.MIGRANT, "province of work"),
    WORK_CITY("务工城市", "work_city", Part.MIGRANT, "city of work"),
    EMPLOYER("务工单位", "employer", Part.MIGRANT, "employer"),
    MIGRANT_PHONE("外出成员电话", "migrant_phone", Part.MIGRANT, "the migrant member's phone"),
    AWAY_SINCE("外出时间", "away_since", Part.MIGRANT, "yyyy-MM-dd, yyyy-MM or yyyy/M/d (or an Excel date)"),
    HOME_FREQUENCY("回家频率", "home_frequency", Part.MIGRANT, "每周 / 每月 / 每季度 / 每半年 / 每年 / 很少"),
    NOTES("备注", "notes", Part.PERSON, "notes on the person (or on the household, on a row without 姓名)"),
    STATUS("状态", "status", Part.OTHER, "在册 / 已结束 (written by the export; an import never ends anyone)"),

    // ---- columns of the counties' own layouts, read by the import only

    SERIAL("序号", "serial", Part.OTHER, "the roster's running number; a 合计 (total) row is not a person", false),
    AGE("年龄", "age", Part.PERSON, "checked against the ID number", false),
    SCHOOL("就读学校", "school", Part.PERSON, "the child's school; kept in the notes, gives the school stage", false),
    GRADE("年级", "grade", Part.PERSON, "e.g. 三年级, 初二; kept in the notes, gives the school stage", false),
    FATHER_NAME("父亲姓名", "father_name", Part.FAMILY, "the father; working away when 父亲务工地点 is given", false),
    FATHER_WORKPLACE("父亲务工地点", "father_workplace", Part.FAMILY,
            "where the father works, e.g. 广东省东莞市; he becomes a migrant member of the household", false),
    FATHER_PHONE("父亲联系电话", "father_phone", Part.FAMILY, "the father's phone", false),
    MOTHER_NAME("母亲姓名", "mother_name", Part.FAMILY, "the mother; working away when 母亲务工地点 is given", false),
    MOTHER_WORKPLACE("母亲务工地点", "mother_workplace", Part.FAMILY,
            "where the mother works; she becomes a migrant member of the household", false),
    MOTHER_PHONE("母亲联系电话", "mother_phone", Part.FAMILY, "the mother's phone", false),
    HUSBAND_NAME("丈夫姓名", "husband_name", Part.FAMILY, "a woman's husband; working away when 丈夫务工地点 is given", false),
    HUSBAND_WORKPLACE("丈夫务工地点", "husband_workplace", Part.FAMILY,
            "where the husband works; he becomes a migrant member of the household", false),
    HUSBAND_PHONE("丈夫联系电话", "husband_phone", Part.FAMILY, "the husband's phone", false),
    WORKPLACE("务工地点", "workplace", Part.MIGRANT, "province and city in one cell, e.g. 广东东莞", false),
    GUARDIAN_NAME("监护人姓名", "guardian_name", Part.GUARDIAN,
            "the guardian, registered as a person (with the guardian's ID number) unless already registered", false);

    /** Which record a column belongs to. */
    public enum Part {
        HOUSEHOLD, PERSON, GUARDIAN, MIGRANT,
        /** A person's parents or husband, as a children's or women's roster names them: migrant members. */
        FAMILY,
        /** Neither: a running number, the status an export writes. */
        OTHER
    }

    private final String chinese;
    private final String english;
    private final Part part;
    private final String description;
    private final boolean template;

    RosterColumn(String chinese, String english, Part part, String description) {
        this(chinese, english, part, description, true);
    }

    RosterColumn(String chinese, String english, Part part, String description, boolean template) {
        this.chinese = chinese;
        this.english = english;
        this.part = part;
        this.description = description;
        this.template = template;
    }

    /** Whether the column is one of the registry's own layout (the template, what an export writes). */
    public boolean template() {
        return template;
    }

    /** The header as counties write it, e.g. 身份证号码. */
    public String chinese() {
        return chinese;
    }

    /** The English header (snake case), e.g. {@code id_number}. */
    public String english() {
        return english;
    }

    public Part part() {
        return part;
    }

    /** What the column holds and which values it takes. */
    public String description() {
        return description;
    }

    /**
     * The column a header names: Chinese or English, ignoring case, surrounding blanks, a byte-order mark
     * and full-width parentheses ({@code 村（社区）}); {@code 村} and {@code 社区} alone are accepted too.
     */
    public static Optional<RosterColumn> ofHeader(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String h = header.replace("\uFEFF", "").strip().replace('（', '(').replace('）', ')')
                .replace(" ", "").toLowerCase(Locale.ROOT);
        if (h.equals("村") || h.equals("社区") || h.equals("村/社区")) {
            return Optional.of(VILLAGE);
        }
        for (RosterColumn c : values()) {
            if (c.chinese.equals(h) || c.english.equals(h) || c.name().toLowerCase(Locale.ROOT).equals(h)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
