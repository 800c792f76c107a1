package org.guanai.itests.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A county roster in the layout of HELPERS.md "Roster layout" (one row per person, households grouped
 * by 户编号, Chinese or English headers): the rows both the platform import and the raw JDBC insert
 * of the benchmark read, from the same file.
 */
final class Roster {
    static final class Household {
        String key;
        String township;
        String village;
        String address;
        String headName;
        String phone;
        boolean hardship;
        final List<Member> members = new ArrayList<>();
        final List<Migrant> migrants = new ArrayList<>();
    }

    static final class Member {
        String name;
        String gender;              // Gender enum name
        String idNumber;
        String phone;
        final Set<String> categories = new LinkedHashSet<>();   // CareCategory enum names
        String schoolStage;         // SchoolStage enum name
        String guardianIdNumber;
        String guardianRelation;    // GuardianRelation enum name
        String guardianCapacity;    // GuardianCapacity enum name
        String guardianPhone;
        String notes;

        LocalDate birthDate() {
            return LocalDate.parse(idNumber.substring(6, 14), DateTimeFormatter.BASIC_ISO_DATE);
        }
    }

    static final class Migrant {
        String name;
        String relation;            // MigrantRelation enum name
        String province;
        String city;
        String employer;
        String phone;
        LocalDate awaySince;
        String homeFrequency;       // HomeFrequency enum name
    }

    /** Columns in the order this class writes them: Chinese header, English header. */
    static final String[][] COLUMNS = {
        {"户编号", "household_key"}, {"乡镇", "township"}, {"村(社区)", "village"}, {"家庭住址", "address"},
        {"户主姓名", "head_name"}, {"家庭联系电话", "household_phone"}, {"困难家庭", "hardship"},
        {"姓名", "name"}, {"性别", "gender"}, {"身份证号码", "id_number"}, {"联系电话", "phone"}, {"类别", "categories"},
        {"就学情况", "school_stage"}, {"监护人身份证号码", "guardian_id_number"}, {"与儿童关系", "guardian_relation"},
        {"监护能力", "guardian_capacity"}, {"监护人电话", "guardian_phone"}, {"外出成员姓名", "migrant_name"},
        {"与本户关系", "migrant_relation"}, {"务工省份", "work_province"}, {"务工城市", "work_city"},
        {"务工单位", "employer"}, {"外出成员电话", "migrant_phone"}, {"外出时间", "away_since"},
        {"回家频率", "home_frequency"}, {"备注", "notes"},
    };

    static final Map<String, String> GENDER = labels("男", "MALE", "女", "FEMALE");
    static final Map<String, String> CATEGORY = labels("留守妇女", "LEFT_BEHIND_WOMAN", "留守儿童", "LEFT_BEHIND_CHILD",
            "留守老人", "LEFT_BEHIND_ELDERLY");
    static final Map<String, String> SCHOOL = labels("未入学", "NOT_YET_IN_SCHOOL", "幼儿园", "KINDERGARTEN", "小学", "PRIMARY",
            "初中", "MIDDLE_SCHOOL", "失学", "NOT_IN_SCHOOL");
    static final Map<String, String> GUARDIAN_RELATION = labels("祖父母", "GRANDPARENT", "母亲", "MOTHER", "父亲", "FATHER",
            "其他亲属", "OTHER_RELATIVE", "受托人", "ENTRUSTED");
    static final Map<String, String> CAPACITY = labels("良好", "GOOD", "较弱", "WEAK", "无", "NONE");
    static final Map<String, String> MIGRANT_RELATION = labels("丈夫", "HUSBAND", "妻子", "WIFE", "父亲", "FATHER", "母亲", "MOTHER",
            "儿子", "SON", "女儿", "DAUGHTER", "其他", "OTHER");
    static final Map<String, String> FREQUENCY = labels("每周", "WEEKLY", "每月", "MONTHLY", "每季度", "QUARTERLY",
            "每半年", "TWICE_A_YEAR", "每年", "YEARLY", "很少", "RARELY");

    final List<Household> households;

    Roster(List<Household> households) {
        this.households = households;
    }

    int personCount() {
        return households.stream().mapToInt(h -> h.members.size()).sum();
    }

    /** The first households holding at least {@code persons} persons, and the rest. */
    Roster[] split(int persons) {
        int n = 0;
        int i = 0;
        while (i < households.size() && n < persons) {
            n += households.get(i++).members.size();
        }
        return new Roster[] {new Roster(households.subList(0, i)), new Roster(households.subList(i, households.size()))};
    }

    /** Writes the roster as UTF-8 CSV with a BOM and Chinese headers, as counties' Excel sheets have them. */
    void writeCsv(Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write('\uFEFF');
            List<String> header = new ArrayList<>();
            for (String[] c : COLUMNS) {
                header.add(c[0]);
            }
            line(w, header);
            for (Household h : households) {
                int rows = Math.max(1, Math.max(h.members.size(), h.migrants.size()));
                for (int r = 0; r < rows; r++) {
                    Member m = r < h.members.size() ? h.members.get(r) : null;
                    Migrant g = r < h.migrants.size() ? h.migrants.get(r) : null;
                    List<String> cells = new ArrayList<>(List.of(h.key, h.township, h.village, nz(h.address), nz(h.headName),
                            nz(h.phone), h.hardship ? "是" : "否"));
                    if (m == null) {
                        cells.addAll(List.of("", "", "", "", "", "", "", "", "", ""));
                    } else {
                        List<String> cats = new ArrayList<>();
                        m.categories.forEach(c -> cats.add(label(CATEGORY, c)));
                        cells.addAll(List.of(m.name, label(GENDER, m.gender), m.idNumber, nz(m.phone), String.join("、", cats),
                                label(SCHOOL, m.schoolStage), nz(m.guardianIdNumber), label(GUARDIAN_RELATION, m.guardianRelation),
                                label(CAPACITY, m.guardianCapacity), nz(m.guardianPhone)));
                    }
                    if (g == null) {
                        cells.addAll(List.of("", "", "", "", "", "", "", ""));
                    } else {
                        cells.addAll(List.of(g.name, label(MIGRANT_RELATION, g.relation), nz(g.province), nz(g.city), nz(g.employer),
                                nz(g.phone), g.awaySince == null ? "" : g.awaySince.toString(), label(FREQUENCY, g.homeFrequency)));
                    }
                    cells.add(m == null ? "" : nz(m.notes));
                    line(w, cells);
                }
            }
        }
    }

    /** Reads a roster CSV (UTF-8, with or without BOM; Chinese or English headers; labels or enum names). */
    static Roster readCsv(Path file) throws IOException {
        Map<String, String> english = new HashMap<>();
        for (String[] c : COLUMNS) {
            english.put(c[0], c[1]);
            english.put(c[1], c[1]);
        }
        Map<String, Household> byKey = new LinkedHashMap<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String headerLine = r.readLine();
            if (headerLine == null) {
                return new Roster(new ArrayList<>());
            }
            List<String> header = cells(headerLine.replace("\uFEFF", ""), r);
            String[] column = new String[header.size()];
            for (int i = 0; i < column.length; i++) {
                column[i] = english.get(header.get(i).trim());
            }
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                List<String> cells = cells(line, r);
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < column.length && i < cells.size(); i++) {
                    if (column[i] != null && !cells.get(i).isBlank()) {
                        row.put(column[i], cells.get(i).trim());
                    }
                }
                Household h = byKey.computeIfAbsent(row.get("household_key"), k -> {
                    Household n = new Household();
                    n.key = k;
                    return n;
                });
                h.township = first(h.township, row.get("township"));
                h.village = first(h.village, row.get("village"));
                h.address = first(h.address, row.get("address"));
                h.headName = first(h.headName, row.get("head_name"));
                h.phone = first(h.phone, row.get("household_phone"));
                h.hardship |= "是".equals(row.get("hardship")) || "true".equalsIgnoreCase(row.get("hardship"));
                if (row.containsKey("name")) {
                    Member m = new Member();
                    m.name = row.get("name");
                    m.gender = value(GENDER, row.get("gender"));
                    m.idNumber = row.get("id_number");
                    m.phone = row.get("phone");
                    if (row.containsKey("categories")) {
                        for (String c : row.get("categories").split("[、,;，]")) {
                            if (!c.isBlank()) {
                                m.categories.add(value(CATEGORY, c.trim()));
                            }
                        }
                    }
                    m.schoolStage = value(SCHOOL, row.get("school_stage"));
                    m.guardianIdNumber = row.get("guardian_id_number");
                    m.guardianRelation = value(GUARDIAN_RELATION, row.get("guardian_relation"));
                    m.guardianCapacity = value(CAPACITY, row.get("guardian_capacity"));
                    m.guardianPhone = row.get("guardian_phone");
                    m.notes = row.get("notes");
                    h.members.add(m);
                }
                if (row.containsKey("migrant_name")) {
                    Migrant g = new Migrant();
                    g.name = row.get("migrant_name");
                    g.relation = value(MIGRANT_RELATION, row.get("migrant_relation"));
                    g.province = row.get("work_province");
                    g.city = row.get("work_city");
                    g.employer = row.get("employer");
                    g.phone = row.get("migrant_phone");
                    g.awaySince = date(row.get("away_since"));
                    g.homeFrequency = value(FREQUENCY, row.get("home_frequency"));
                    h.migrants.add(g);
                }
            }
        }
        return new Roster(new ArrayList<>(byKey.values()));
    }

    private static LocalDate date(String s) {
        if (s == null) {
            return null;
        }
        String[] p = s.split("[-/.]");
        return LocalDate.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]), p.length > 2 ? Integer.parseInt(p[2]) : 1);
    }

    private static String first(String current, String candidate) {
        return current != null ? current : candidate;
    }

    private static String value(Map<String, String> labels, String cell) {
        return cell == null ? null : labels.getOrDefault(cell, cell);
    }

    private static String label(Map<String, String> labels, String value) {
        if (value == null) {
            return "";
        }
        return labels.entrySet().stream().filter(e -> e.getValue().equals(value)).map(Map.Entry::getKey).findFirst().orElse(value);
    }

    private static Map<String, String> labels(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static void line(BufferedWriter w, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            String c = cells.get(i);
            w.write(c.contains(",") || c.contains("\"") || c.contains("\n") ? "\"" + c.replace("\"", "\"\"") + "\"" : c);
        }
        w.write("\r\n");
    }

    /** The cells of a CSV record starting with {@code line}; a quoted line break reads on from {@code more} (if any). */
    static List<String> cells(String line, BufferedReader more) throws IOException {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        String s = line;
        while (true) {
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                if (quoted) {
                    if (ch == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else if (ch == '"') {
                        quoted = false;
                    } else {
                        cell.append(ch);
                    }
                } else if (ch == '"') {
                    quoted = true;
                } else if (ch == ',') {
                    cells.add(cell.toString());
                    cell.setLength(0);
                } else {
                    cell.append(ch);
                }
            }
            if (!quoted) {
                break;
            }
            String next = more == null ? null : more.readLine();
            if (next == null) {
                break;
            }
            cell.append('\n');
            s = next;
        }
        cells.add(cell.toString());
        return cells;
    }
}
