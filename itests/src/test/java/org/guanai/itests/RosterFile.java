package org.guanai.itests;

import org.guanai.testing.exam.TestData;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A deterministic county roster in the import layout (CSV, UTF-8 with BOM), with a known share of
 * defective rows and, for each, the line and column the report must name.
 *
 * <p>Each household has three rows: a left-behind woman (her husband working away on the same row), a
 * child (the grandmother as guardian) and the grandmother. Birth dates are unique per role and
 * household, and names carry the run's prefix, so no two good persons look like duplicates.
 */
final class RosterFile {

    /** The distribution's villages ({@link SampleCounty}), as township name → village names. */
    static final String[][] VILLAGES = {
        {"荣家湾镇", "古洲湾村"}, {"荣家湾镇", "新墙村"}, {"荣家湾镇", "团湖村"},
        {"黄沙街镇", "黄沙村"}, {"黄沙街镇", "石门村"}, {"黄沙街镇", "白湖村"},
        {"新开镇", "新开村"}, {"新开镇", "杨林村"}, {"新开镇", "洞庭村"},
        {"毛田镇", "毛田村"}, {"毛田镇", "桃林村"},
        {"公田镇", "公田村"}, {"公田镇", "柏祥村"}, {"公田镇", "清水村"},
    };
    static final String HEADER = "户编号,乡镇,村(社区),家庭住址,户主姓名,家庭联系电话,困难家庭,姓名,性别,身份证号码,联系电话,类别,"
            + "就学情况,监护人身份证号码,与儿童关系,监护能力,监护人电话,外出成员姓名,与本户关系,务工省份,务工城市,务工单位,"
            + "外出成员电话,外出时间,回家频率,备注";
    private static final String GIVEN = "秀英桂兰玉珍凤英春梅海燕丽华建国志强明亮文博子涵雨欣浩宇思远";

    final String prefix;
    /** Line → the column the report must name for it (for rejected rows), or 姓名 for a possible duplicate. */
    final Map<Integer, String> defects = new LinkedHashMap<>();
    int duplicates;
    int rejected;
    int rows;
    int households;
    final List<String> lines = new ArrayList<>();
    /** Good persons per township name. */
    final Map<String, Integer> goodPersonsByTownship = new LinkedHashMap<>();

    private final String region;
    private final LocalDate today = LocalDate.now();

    /**
     * @param prefix  unique to the run: household keys and names start with it
     * @param region  a 6-digit region code for the ID numbers, used by no other test of the container
     * @param rows    how many data rows (a multiple of 50 keeps the shares exact)
     * @param defectShare e.g. 0.02
     */
    RosterFile(String prefix, String region, int rows, double defectShare) {
        this.prefix = prefix;
        this.region = region;
        int defectsWanted = (int) Math.round(rows * defectShare);
        int duplicateRows = defectsWanted / 5;
        int inPlace = defectsWanted - duplicateRows;
        households = (rows - duplicateRows) / 3;
        int step = inPlace == 0 ? Integer.MAX_VALUE : households / inPlace;
        int line = 1;
        lines.add(HEADER);
        int defectNo = 0;
        int dupNo = 0;
        for (int i = 0; i < households; i++) {
            String[] place = VILLAGES[i % VILLAGES.length];
            String key = prefix + "-" + i;
            String surname = prefix + GIVEN.charAt(i % GIVEN.length());
            LocalDate womanBirth = today.minusYears(25).minusDays(i);
            LocalDate childBirth = today.minusYears(2).minusDays(i / 2);
            LocalDate grandmaBirth = today.minusYears(60).minusDays(i);
            boolean boy = i % 2 == 1;
            String woman = id(womanBirth, true, 1);
            String child = id(childBirth, !boy, 2);
            String grandma = id(grandmaBirth, true, 3);
            String household = key + "," + place[0] + "," + place[1] + "," + place[1] + (i % 30) + "组" + ",\""
                    + surname + "建国\"," + "0730-" + (2000000 + i) + "," + (i % 10 == 0 ? "是" : "否");
            int kind = -1;
            if (i % step == 0 && defectNo < inPlace) {
                kind = defectNo++ % 4;
            }
            // the woman, her husband away on her row
            String womanId = kind == 0 ? withWrongCheckDigit(woman) : woman;
            String womanPhone = kind == 1 ? "12345" : "138" + String.format("%08d", i);
            String category = kind == 2 ? "留守青年" : "留守妇女";
            lines.add(household + "," + surname + "秀英,女," + womanId + "," + womanPhone + "," + category + ",,,,,,"
                    + surname + "建国,丈夫,广东,东莞,某电子厂,139" + String.format("%08d", i) + ",2019-03,每年,");
            line++;
            this.rows++;
            if (kind >= 0 && kind <= 2) {
                defects.put(line, kind == 0 ? "身份证号码" : kind == 1 ? "联系电话" : "类别");
            } else {
                count(place[0]);
            }
            // the child, the grandmother as guardian (or, defective, a guardian nobody knows)
            String guardian = kind == 3 ? id(today.minusYears(70).minusDays(i), true, 4) : grandma;
            lines.add(household + "," + surname + "小" + (boy ? "明" : "红") + "," + (boy ? "男" : "女") + "," + child
                    + ",,留守儿童,小学," + guardian + ",祖父母,较弱,0730-" + (3000000 + i) + ",,,,,,,,,");
            line++;
            this.rows++;
            if (kind == 3) {
                defects.put(line, "监护人身份证号码");
            } else {
                count(place[0]);
            }
            lines.add(household + "," + surname + "奶奶,女," + grandma + ",,留守老人,,,,,,,,,,,,,,");
            line++;
            this.rows++;
            count(place[0]);
            // now and then the same woman registered again in another household, with a typo in her name
            if (i % 20 == 10 && (i / 20) % 4 == 0 && dupNo < duplicateRows) {
                dupNo++;
                String otherKey = key + "-dup";
                lines.add(otherKey + "," + place[0] + "," + place[1] + ",,\"" + surname + "某\",,否," + surname + "秀瑛,女,"
                        + id(womanBirth, true, 5) + ",,留守妇女,,,,,,,,,,,,,,");
                line++;
                this.rows++;
                defects.put(line, "姓名");
            }
        }
        for (String l : lines) {
            if (l.replaceAll("\"[^\"]*\"", "").split(",", -1).length != 26) {
                throw new IllegalStateException("not 26 columns: " + l);
            }
        }
        duplicates = dupNo;
        rejected = defects.size() - dupNo;
    }

    private void count(String township) {
        goodPersonsByTownship.merge(township, 1, Integer::sum);
    }

    int goodPersons() {
        return goodPersonsByTownship.values().stream().mapToInt(Integer::intValue).sum();
    }

    byte[] csv() {
        return ("\uFEFF" + String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Unique per birth date and slot: the sequence digits encode the slot and the gender. */
    private String id(LocalDate birth, boolean female, int slot) {
        int seq = slot * 20 + (female ? 0 : 1);
        String first17 = region + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", seq);
        return first17 + TestData.checkDigit(first17);
    }

    private static String withWrongCheckDigit(String id) {
        return TestData.withWrongCheckDigit(id);
    }
}
