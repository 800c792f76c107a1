package org.guanai.registry.internal.roster;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.guanai.registry.api.CareCategory;
import org.guanai.registry.api.Gender;
import org.guanai.registry.api.GuardianCapacity;
import org.guanai.registry.api.GuardianRelation;
import org.guanai.registry.api.HomeFrequency;
import org.guanai.registry.api.MigrantRelation;
import org.guanai.registry.api.SchoolStage;

/**
 * The roster's cell values: the Chinese labels counties write for each enum (the constant names are
 * accepted too), yes/no, dates. Parsing returns null for an empty cell and throws
 * {@link IllegalArgumentException} whose message is what was expected.
 */
public final class RosterValues {

    public static final Map<Gender, String> GENDER = labels(Gender.class, "女", "男");
    public static final Map<CareCategory, String> CATEGORY = labels(CareCategory.class, "留守妇女", "留守儿童", "留守老人");
    public static final Map<SchoolStage, String> SCHOOL_STAGE =
            labels(SchoolStage.class, "未入学", "幼儿园", "小学", "初中", "失学辍学");
    public static final Map<GuardianRelation, String> GUARDIAN_RELATION =
            labels(GuardianRelation.class, "祖父母", "母亲", "父亲", "其他亲属", "委托监护");
    public static final Map<GuardianCapacity, String> GUARDIAN_CAPACITY =
            labels(GuardianCapacity.class, "良好", "较弱", "无");
    public static final Map<MigrantRelation, String> MIGRANT_RELATION =
            labels(MigrantRelation.class, "丈夫", "妻子", "父亲", "母亲", "儿子", "女儿", "其他");
    public static final Map<HomeFrequency, String> HOME_FREQUENCY =
            labels(HomeFrequency.class, "每周", "每月", "每季度", "每半年", "每年", "很少");

    /** Other spellings seen in county sheets. */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("祖父", "祖父母"), Map.entry("祖母", "祖父母"), Map.entry("外祖父母", "祖父母"),
            Map.entry("外祖父", "祖父母"), Map.entry("外祖母", "祖父母"), Map.entry("爷爷", "祖父母"),
            Map.entry("奶奶", "祖父母"), Map.entry("外公", "祖父母"), Map.entry("外婆", "祖父母"),
            Map.entry("妇女", "留守妇女"), Map.entry("儿童", "留守儿童"), Map.entry("老人", "留守老人"),
            Map.entry("一般", "较弱"), Map.entry("好", "良好"), Map.entry("无监护能力", "无"),
            Map.entry("半年", "每半年"), Map.entry("一年", "每年"), Map.entry("季度", "每季度"),
            Map.entry("学前", "未入学"), Map.entry("辍学", "失学辍学"));

    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})[-/.年](\\d{1,2})月?");
    private static final Pattern YEAR_MONTH_DAY = Pattern.compile("(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?");
    private static final Pattern SERIAL = Pattern.compile("\\d{4,5}(\\.\\d+)?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern SCIENTIFIC = Pattern.compile("[-+]?\\d+(\\.\\d+)?[eE][+]?\\d+");
    private static final String[] PROVINCES = {"北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "上海",
        "江苏", "浙江", "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "广西", "海南", "重庆", "四川", "贵州",
        "云南", "西藏", "陕西", "甘肃", "青海", "宁夏", "新疆", "台湾", "香港", "澳门"};
    private static final java.util.Set<String> AT_HOME = java.util.Set.of("在家", "本地", "无", "家", "务农", "在家务农",
        "本村", "本县", "未外出", "否", "/", "-", "—");
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private RosterValues() {
    }

    @SafeVarargs
    private static <E extends Enum<E>> Map<E, String> labels(Class<E> type, String... chinese) {
        E[] constants = type.getEnumConstants();
        if (constants.length != chinese.length) {
            throw new IllegalStateException(type + " has " + constants.length + " values");
        }
        Map<E, String> map = new LinkedHashMap<>();
        for (int i = 0; i < constants.length; i++) {
            map.put(constants[i], chinese[i]);
        }
        return map;
    }

    /** "祖父母 / 母亲 / …", for the report's "expected". */
    public static String choices(Map<? extends Enum<?>, String> labels) {
        return String.join(" / ", labels.values());
    }

    public static <E extends Enum<E>> E parse(String raw, Map<E, String> labels) {
        String v = raw == null ? "" : raw.strip();
        if (v.isEmpty()) {
            return null;
        }
        String wanted = ALIASES.getOrDefault(v, v);
        for (Map.Entry<E, String> e : labels.entrySet()) {
            if (e.getValue().equals(wanted) || e.getKey().name().equalsIgnoreCase(v.replace(' ', '_'))) {
                return e.getKey();
            }
        }
        throw new IllegalArgumentException(choices(labels));
    }

    /** Several categories joined by 、 (or , ， ; / and spaces). */
    public static Set<CareCategory> categories(String raw) {
        Set<CareCategory> categories = EnumSet.noneOf(CareCategory.class);
        if (raw == null) {
            return categories;
        }
        for (String part : raw.split("[、,，;；/\\s]+")) {
            if (!part.isBlank()) {
                categories.add(parse(part, CATEGORY));
            }
        }
        return categories;
    }

    public static String categories(Set<CareCategory> categories) {
        StringBuilder s = new StringBuilder();
        for (CareCategory c : CareCategory.values()) {
            if (categories.contains(c)) {
                s.append(s.length() == 0 ? "" : "、").append(CATEGORY.get(c));
            }
        }
        return s.toString();
    }

    /** 是/否 (also Y/N, true/false, 1/0); empty is null. */
    public static Boolean yesNo(String raw) {
        String v = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "" -> null;
            case "是", "y", "yes", "true", "1", "特困" -> Boolean.TRUE;
            case "否", "n", "no", "false", "0" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException("是 / 否");
        };
    }

    /** yyyy-MM-dd, yyyy/M/d, yyyy年M月d日, yyyyMMdd, yyyy-MM (the first of the month), or an Excel date serial. */
    public static LocalDate date(String raw) {
        String v = raw == null ? "" : raw.strip();
        if (v.isEmpty()) {
            return null;
        }
        try {
            Matcher m = YEAR_MONTH_DAY.matcher(v);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            }
            m = YEAR_MONTH.matcher(v);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1);
            }
            m = COMPACT.matcher(v);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            }
            if (SERIAL.matcher(v).matches()) {
                return EXCEL_EPOCH.plusDays((long) Double.parseDouble(v));
            }
        } catch (java.time.DateTimeException | NumberFormatException e) {
            // falls through to the message
        }
        throw new IllegalArgumentException("a date: yyyy-MM-dd, yyyy-MM or yyyy/M/d");
    }

    /** Whether a cell holds a number Excel wrote in scientific notation (4.30621E+17): its digits are lost. */
    public static boolean scientific(String raw) {
        return raw != null && SCIENTIFIC.matcher(raw.strip()).matches();
    }

    /** Whether a parent's 务工地点 says they are not away: empty, 在家, 本地 … */
    public static boolean atHome(String workplace) {
        String v = workplace == null ? "" : workplace.replaceAll("\\s", "");
        return v.isEmpty() || AT_HOME.contains(v);
    }

    /**
     * A workplace in one cell as province and city: 广东省东莞市 → 广东省, 东莞市; 广东东莞 → 广东省, 东莞; 浙江 → 浙江省,
     * null; 东莞 → null, 东莞. The province list is the mainland's, Hong Kong's, Macao's and Taiwan's.
     */
    public static String[] workplace(String raw) {
        String v = raw == null ? "" : raw.replaceAll("\\s", "");
        if (v.isEmpty()) {
            return new String[] {null, null};
        }
        for (String p : PROVINCES) {
            if (v.startsWith(p)) {
                String rest = v.substring(p.length());
                String province = p;
                for (String suffix : new String[] {"维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "特别行政区", "省", "市"}) {
                    if (rest.startsWith(suffix)) {
                        province = p + suffix;
                        rest = rest.substring(suffix.length());
                        break;
                    }
                }
                if (province.equals(p)) {
                    province = switch (p) {
                        case "北京", "天津", "上海", "重庆" -> p + "市";
                        case "内蒙古", "西藏" -> p + "自治区";
                        case "广西" -> "广西壮族自治区";
                        case "宁夏" -> "宁夏回族自治区";
                        case "新疆" -> "新疆维吾尔自治区";
                        case "香港", "澳门" -> p + "特别行政区";
                        default -> p + "省";
                    };
                }
                return new String[] {province, rest.isEmpty() ? null : rest};
            }
        }
        return new String[] {null, v};
    }

    /**
     * The school stage a child's 就读学校 and 年级 imply (幼儿园, 小学 / 一至六年级, 初中 / 初一至初三 / 七至九年级), or
     * null when they say nothing clear.
     */
    public static SchoolStage schoolStage(String school, String grade) {
        String g = grade == null ? "" : grade.replaceAll("\\s", "");
        String s = school == null ? "" : school.replaceAll("\\s", "");
        if (g.matches(".*(初[一二三]|[七八九]年级|初中).*") || s.contains("中学") || s.contains("初中")) {
            return SchoolStage.MIDDLE_SCHOOL;
        }
        if (g.matches(".*([一二三四五六1-6]年级|小学).*") || s.contains("小学")) {
            return SchoolStage.PRIMARY;
        }
        if (g.matches(".*(幼儿园|[小中大]班|学前).*") || s.contains("幼儿园")) {
            return SchoolStage.KINDERGARTEN;
        }
        if (g.contains("未入学") || s.contains("未入学")) {
            return SchoolStage.NOT_YET_IN_SCHOOL;
        }
        if (g.contains("辍学") || s.contains("辍学") || g.contains("失学")) {
            return SchoolStage.NOT_IN_SCHOOL;
        }
        return null;
    }

    /**
     * A cell as text: trimmed; the ways spreadsheets keep digits as text undone (a leading apostrophe or
     * tab, {@code ="430…"}).
     */
    public static String text(String raw) {
        if (raw == null) {
            return "";
        }
        String v = raw.strip();
        if (v.startsWith("=\"") && v.endsWith("\"") && v.length() >= 3) {
            v = v.substring(2, v.length() - 1);
        } else if (v.startsWith("'")) {
            v = v.substring(1);
        }
        return v.strip();
    }
}
