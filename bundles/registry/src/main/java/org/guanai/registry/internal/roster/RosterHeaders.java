package org.guanai.registry.internal.roster;

import static org.guanai.registry.api.roster.RosterColumn.*;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.guanai.registry.api.roster.RosterColumn;

/**
 * Which column a header names, with the aliases county rosters use (身份证号 / 身份证号码 / 公民身份号码, 所在村 /
 * 村(社区) / 村名 …). A header is compared tidied: blanks, a byte-order mark, full-width parentheses, required-field
 * marks (*, （必填）) and a trailing colon removed. Two-row headers arrive joined (父亲 + 姓名 = 父亲姓名).
 */
public final class RosterHeaders {

    private static final Map<String, RosterColumn> ALIASES = new HashMap<>();

    static {
        for (RosterColumn c : RosterColumn.values()) {
            put(c, c.chinese(), c.english(), c.name());
        }
        put(HOUSEHOLD_KEY, "户号", "家庭编号", "档案编号", "户档案编号");
        put(TOWNSHIP, "所在乡镇", "乡镇(街道)", "乡镇街道", "乡(镇)", "镇", "乡", "街道", "乡镇名称", "所属乡镇");
        put(VILLAGE, "村", "社区", "村/社区", "村(居)", "所在村", "所在村(社区)", "村名", "村(社区)名称", "所属村", "村居",
                "村(居)委会", "所在村(居)");
        put(ADDRESS, "住址", "家庭地址", "详细地址", "现住址", "家庭详细住址");
        put(HEAD_NAME, "户主");
        put(HOUSEHOLD_PHONE, "家庭电话");
        put(HARDSHIP, "是否困难家庭", "特困家庭", "是否特困");
        put(NAME, "儿童姓名", "留守儿童姓名", "妇女姓名", "留守妇女姓名", "老人姓名", "留守老人姓名", "名字");
        put(GENDER, "性别(男/女)");
        put(ID_NUMBER, "身份证号", "公民身份号码", "公民身份证号码", "居民身份证号码", "身份证", "身份证号码(18位)",
                "儿童身份证号码", "证件号码");
        put(BIRTH_DATE, "出生年月", "出生年月日", "出生时间", "生日");
        put(PHONE, "电话", "手机", "手机号码", "本人电话", "本人联系电话", "联系方式", "联系电话(手机)");
        put(CATEGORIES, "人员类别", "留守类别", "类型");
        put(SCHOOL_STAGE, "就学状态", "在校情况", "就学");
        put(SCHOOL, "学校", "所在学校", "学校名称", "就读学校名称");
        put(GRADE, "就读年级", "年级班级", "班级", "所在年级");
        put(AGE, "年龄(岁)", "周岁");
        put(SERIAL, "编号", "no", "no.");
        put(STATUS, "人员状态", "在册状态");
        put(NOTES, "说明", "其他");
        put(FATHER_NAME, "父亲", "父亲名字");
        put(FATHER_WORKPLACE, "父亲外出务工地点", "父亲务工地", "父亲务工地址", "父亲外出地点", "父亲工作地点", "父亲务工单位及地点");
        put(FATHER_PHONE, "父亲电话", "父亲手机", "父亲联系方式");
        put(MOTHER_NAME, "母亲", "母亲名字");
        put(MOTHER_WORKPLACE, "母亲外出务工地点", "母亲务工地", "母亲务工地址", "母亲外出地点", "母亲工作地点", "母亲务工单位及地点");
        put(MOTHER_PHONE, "母亲电话", "母亲手机", "母亲联系方式");
        put(HUSBAND_NAME, "丈夫", "丈夫名字");
        put(HUSBAND_WORKPLACE, "丈夫外出务工地点", "丈夫务工地", "丈夫务工地址", "丈夫外出地点", "丈夫工作地点");
        put(HUSBAND_PHONE, "丈夫电话", "丈夫手机", "丈夫联系方式");
        put(GUARDIAN_NAME, "监护人", "委托监护人姓名", "委托监护人");
        put(GUARDIAN_ID_NUMBER, "监护人身份证号", "监护人公民身份号码", "监护人身份证", "委托监护人身份证号码");
        put(GUARDIAN_RELATION, "与留守儿童关系", "监护人与儿童关系", "监护人关系", "与被监护人关系", "监护人与儿童的关系",
                "与儿童的关系", "监护人与留守儿童关系");
        put(GUARDIAN_CAPACITY, "监护人监护能力", "监护能力评估");
        put(GUARDIAN_PHONE, "监护人联系电话", "监护人手机", "监护人联系方式", "委托监护人联系电话");
        put(MIGRANT_NAME, "外出务工人员姓名", "外出人员姓名", "外出务工人员");
        put(WORKPLACE, "外出务工地点", "务工地址", "务工地", "外出地点");
        put(EMPLOYER, "工作单位");
        put(MIGRANT_PHONE, "外出人员联系电话", "外出务工人员电话", "外出务工人员联系电话");
        put(AWAY_SINCE, "外出务工时间", "外出年月");
        put(HOME_FREQUENCY, "返乡频率");
    }

    private RosterHeaders() {
    }

    private static void put(RosterColumn column, String... headers) {
        for (String h : headers) {
            ALIASES.put(tidy(h), column);
        }
    }

    /** The header as compared: blanks, BOM, marks and full-width forms removed, lower case. */
    public static String tidy(String header) {
        if (header == null) {
            return "";
        }
        String h = header.replace("\uFEFF", "").replaceAll("[\\s\\u3000]", "").replace('（', '(').replace('）', ')')
                .replace('／', '/').replace("*", "").replace("(必填)", "").replace("(选填)", "");
        while (h.endsWith(":") || h.endsWith("：")) {
            h = h.substring(0, h.length() - 1);
        }
        return h.toLowerCase(Locale.ROOT);
    }

    /** The column a header names, if any. */
    public static Optional<RosterColumn> column(String header) {
        return Optional.ofNullable(ALIASES.get(tidy(header)));
    }

    /**
     * A group label above sub-headers in a two-row header (父亲情况 over 姓名 / 务工地点 / 联系电话), reduced to
     * the prefix its sub-headers take: 父亲, 母亲, 丈夫, 监护人, 外出成员; null when the label is no group.
     */
    public static String group(String label) {
        String g = tidy(label);
        for (String suffix : new String[] {"基本情况", "基本信息", "情况", "信息", "资料"}) {
            if (g.endsWith(suffix) && g.length() > suffix.length()) {
                g = g.substring(0, g.length() - suffix.length());
            }
        }
        return switch (g) {
            case "父亲", "父亲外出务工" -> "父亲";
            case "母亲", "母亲外出务工" -> "母亲";
            case "丈夫", "丈夫外出务工" -> "丈夫";
            case "监护人", "委托监护人", "监护人监护" -> "监护人";
            case "外出务工人员", "外出成员", "外出人员", "外出务工" -> "外出成员";
            case "儿童", "留守儿童", "儿童本人" -> "";
            default -> null;
        };
    }

    /** The header a group and a sub-header make: 父亲 + 姓名 = 父亲姓名, 监护人 + 身份证号码 = 监护人身份证号码. */
    public static String join(String group, String sub) {
        String s = tidy(sub);
        if (group == null || group.isEmpty()) {
            return s;
        }
        if (group.equals("外出成员")) {
            return switch (s) {
                case "姓名" -> "外出成员姓名";
                case "联系电话", "电话" -> "外出成员电话";
                case "与本户关系", "关系", "与儿童关系" -> "与本户关系";
                default -> s;
            };
        }
        if (group.equals("监护人") && (s.equals("与儿童关系") || s.equals("关系") || s.equals("监护能力"))) {
            return s.equals("关系") ? "与儿童关系" : s;
        }
        return s.startsWith(group) ? s : group + s;
    }
}
