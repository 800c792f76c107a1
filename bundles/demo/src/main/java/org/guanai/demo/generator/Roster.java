package org.guanai.demo.generator;

import java.io.IOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

import org.guanai.registry.api.CareCategory;
import org.guanai.registry.api.Gender;
import org.guanai.registry.api.GuardianCapacity;
import org.guanai.registry.api.GuardianRelation;
import org.guanai.registry.api.HomeFrequency;
import org.guanai.registry.api.MigrantRelation;
import org.guanai.registry.api.SchoolStage;
import org.guanai.registry.api.roster.SpreadsheetCells;

/**
 * The county as roster lines in the import layout: one line per person, the household's columns on
 * each of its lines, its migrant members one per line (on extra lines when they outnumber the
 * residents). Defects are planned once, when the county is generated, and applied as lines are made.
 */
final class Roster {

    static final String[] HEADER = {"户编号", "乡镇", "村(社区)", "家庭住址", "户主姓名", "家庭联系电话", "困难家庭",
        "姓名", "性别", "身份证号码", "联系电话", "类别", "就学情况", "监护人身份证号码", "与儿童关系", "监护能力", "监护人电话",
        "外出成员姓名", "与本户关系", "务工省份", "务工城市", "务工单位", "外出成员电话", "外出时间", "回家频率", "备注"};

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    @FunctionalInterface
    interface RowSink {
        void row(int line, String[] cells, Defect defect);
    }

    private final SyntheticCounty county;
    private final Map<String, Division> divisions;
    /** Defect planned for a resident's line (by ID number), except duplicates. */
    private final Map<String, Defect.Kind> planned = new HashMap<>();
    private final Map<String, String> badPhones = new HashMap<>();
    /** ID number of the original → the duplicate's line (name with a typo, another ID number). */
    private final Map<String, Resident> duplicates = new HashMap<>();
    private final Set<Household> unknownVillage = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<Household, String> unknownVillageName = new IdentityHashMap<>();

    Roster(SyntheticCounty county, SplittableRandom random, double defectShare) {
        this.county = county;
        this.divisions = county.divisionsByCode();
        plan(random, (int) Math.round(defectShare * county.personCount()));
    }

    // ---- defects ---------------------------------------------------------------------------------

    private void plan(SplittableRandom random, int count) {
        if (count == 0) {
            return;
        }
        List<Household> households = county.households();
        Set<String> guardians = new HashSet<>();
        List<Resident> residents = new ArrayList<>();
        Map<Resident, Household> householdOf = new IdentityHashMap<>();
        for (Household h : households) {
            for (Resident r : h.residents()) {
                residents.add(r);
                householdOf.put(r, h);
                if (r.guardianIdNumber() != null) {
                    guardians.add(r.guardianIdNumber());
                }
            }
        }
        Set<String> usedIds = residents.stream().map(Resident::idNumber).collect(Collectors.toCollection(HashSet::new));
        Set<String> villageNames = divisions.values().stream().map(Division::name).collect(Collectors.toSet());
        Defect.Kind[] kinds = Defect.Kind.values();
        int made = 0;
        for (int attempt = 0; made < count && attempt < count * 200; attempt++) {
            Defect.Kind kind = kinds[made % kinds.length];
            Resident r = residents.get(random.nextInt(residents.size()));
            String id = r.idNumber();
            if (planned.containsKey(id) || duplicates.containsKey(id) || unknownVillage.contains(householdOf.get(r))) {
                continue;
            }
            boolean guardian = guardians.contains(id);
            switch (kind) {
                case WRONG_CHECK_DIGIT -> {
                    if (guardian) {
                        continue; // would also break the child's line
                    }
                    planned.put(id, kind);
                }
                case DUPLICATE_NAME_TYPO -> {
                    if (guardian) {
                        continue;
                    }
                    String otherId;
                    do {
                        int seq = random.nextInt(500) * 2 + (r.gender() == Gender.MALE ? 1 : 0);
                        String first17 = id.substring(0, 14) + String.format("%03d", seq);
                        otherId = first17 + IdNumbers.checkChar(first17);
                    } while (!usedIds.add(otherId));
                    duplicates.put(id, new Resident(Names.typo(random, r.name()), r.gender(), otherId, r.birthDate(),
                            r.phone(), r.categories(), r.schoolStage(), r.guardianIdNumber(), r.guardianRelation(),
                            r.guardianCapacity(), r.guardianPhone()));
                }
                case CHILD_WITHOUT_GUARDIAN -> {
                    if (!r.is(CareCategory.LEFT_BEHIND_CHILD)) {
                        continue;
                    }
                    planned.put(id, kind);
                }
                case BAD_PHONE -> {
                    if (r.phone() == null) {
                        continue;
                    }
                    // a digit dropped, or one too many
                    badPhones.put(id, random.nextBoolean() ? r.phone().substring(0, 10) : r.phone() + random.nextInt(10));
                    planned.put(id, kind);
                }
                case UNKNOWN_VILLAGE -> {
                    Household h = householdOf.get(r);
                    // only a household of one line: its every line is then the one defect
                    if (guardian || h.residents().size() != 1 || h.migrants().size() > 1) {
                        continue;
                    }
                    String name;
                    do {
                        name = Places.villageName(random) + "村";
                    } while (villageNames.contains(name));
                    unknownVillage.add(h);
                    unknownVillageName.put(h, name);
                    planned.put(id, kind);
                }
            }
            made++;
        }
        if (made < count) {
            throw new IllegalArgumentException("cannot place " + count + " defects in a county of " + residents.size()
                    + " persons; use a smaller defect share");
        }
    }

    // ---- lines -----------------------------------------------------------------------------------

    void forEachRow(RowSink sink) {
        int line = 1; // the header
        for (Household h : county.households()) {
            List<Resident> residents = h.residents();
            List<Migrant> migrants = h.migrants();
            int rows = Math.max(residents.size(), migrants.size());
            for (int i = 0; i < rows; i++) {
                Resident r = i < residents.size() ? residents.get(i) : null;
                Migrant m = i < migrants.size() ? migrants.get(i) : null;
                String[] cells = household(h);
                Defect defect = null;
                if (r != null) {
                    person(cells, r);
                    Defect.Kind kind = planned.get(r.idNumber());
                    if (kind != null) {
                        defect = apply(kind, cells, r, h, line + 1);
                    }
                }
                if (m != null) {
                    migrant(cells, m);
                }
                sink.row(++line, cells, defect);
                Resident dup = r == null ? null : duplicates.get(r.idNumber());
                if (dup != null) {
                    String[] again = household(h);
                    person(again, dup);
                    sink.row(++line, again, new Defect(line, Defect.Kind.DUPLICATE_NAME_TYPO, "duplicate of line " + (line - 1)
                            + ": " + r.name() + " entered again as " + dup.name() + " (same birth date " + r.birthDate()
                            + ", gender and household, another ID number)"));
                }
            }
        }
    }

    private Defect apply(Defect.Kind kind, String[] cells, Resident r, Household h, int line) {
        switch (kind) {
            case WRONG_CHECK_DIGIT -> {
                String wrong = IdNumbers.withWrongCheck(r.idNumber());
                cells[9] = wrong;
                return new Defect(line, kind, "ID number check digit is " + wrong.charAt(17) + ", should be "
                        + r.idNumber().charAt(17));
            }
            case CHILD_WITHOUT_GUARDIAN -> {
                cells[13] = "";
                cells[14] = "";
                cells[15] = "";
                cells[16] = "";
                return new Defect(line, kind, "left-behind child " + r.name() + " has no guardian");
            }
            case BAD_PHONE -> {
                String bad = badPhones.get(r.idNumber());
                cells[10] = bad;
                return new Defect(line, kind, "phone " + bad + " has " + bad.length() + " digits, a mobile has 11");
            }
            case UNKNOWN_VILLAGE -> {
                return new Defect(line, kind, "village " + cells[2] + " is not one of the county's");
            }
            default -> throw new IllegalStateException(kind.name());
        }
    }

    private String[] household(Household h) {
        String[] c = new String[HEADER.length];
        java.util.Arrays.fill(c, "");
        Division village = divisions.get(h.villageCode());
        Division township = divisions.get(village.parentCode());
        c[0] = h.key();
        c[1] = township.name();
        c[2] = unknownVillage.contains(h) ? unknownVillageName.get(h) : village.name();
        c[3] = h.address();
        c[4] = h.headName();
        c[5] = nz(h.phone());
        c[6] = h.hardship() ? "是" : "否";
        return c;
    }

    private static void person(String[] c, Resident r) {
        c[7] = r.name();
        c[8] = r.gender() == Gender.FEMALE ? "女" : "男";
        c[9] = r.idNumber();
        c[10] = nz(r.phone());
        c[11] = r.categories().stream().map(Roster::label).collect(Collectors.joining("、"));
        c[12] = r.schoolStage() == null ? "" : label(r.schoolStage());
        if (r.guardianIdNumber() != null) {
            c[13] = r.guardianIdNumber();
            c[14] = label(r.guardianRelation());
            c[15] = label(r.guardianCapacity());
            c[16] = nz(r.guardianPhone());
        }
    }

    private static void migrant(String[] c, Migrant m) {
        c[17] = m.name();
        c[18] = label(m.relation());
        c[19] = m.workProvince();
        c[20] = m.workCity();
        c[21] = m.employer();
        c[22] = nz(m.phone());
        c[23] = m.awaySince() == null ? "" : DATE.format(m.awaySince());
        c[24] = label(m.homeFrequency());
    }

    static String label(CareCategory c) {
        return switch (c) {
            case LEFT_BEHIND_WOMAN -> "留守妇女";
            case LEFT_BEHIND_CHILD -> "留守儿童";
            case LEFT_BEHIND_ELDERLY -> "留守老人";
        };
    }

    static String label(SchoolStage s) {
        return switch (s) {
            case NOT_YET_IN_SCHOOL -> "未入学";
            case KINDERGARTEN -> "幼儿园";
            case PRIMARY -> "小学";
            case MIDDLE_SCHOOL -> "初中";
            case NOT_IN_SCHOOL -> "失学";
        };
    }

    static String label(GuardianRelation r) {
        return switch (r) {
            case GRANDPARENT -> "祖父母";
            case MOTHER -> "母亲";
            case FATHER -> "父亲";
            case OTHER_RELATIVE -> "其他亲属";
            case ENTRUSTED -> "受托人";
        };
    }

    static String label(GuardianCapacity c) {
        return switch (c) {
            case GOOD -> "良好";
            case WEAK -> "较弱";
            case NONE -> "无";
        };
    }

    static String label(MigrantRelation r) {
        return switch (r) {
            case HUSBAND -> "丈夫";
            case WIFE -> "妻子";
            case FATHER -> "父亲";
            case MOTHER -> "母亲";
            case SON -> "儿子";
            case DAUGHTER -> "女儿";
            case OTHER -> "其他";
        };
    }

    static String label(HomeFrequency f) {
        return switch (f) {
            case WEEKLY -> "每周";
            case MONTHLY -> "每月";
            case QUARTERLY -> "每季度";
            case TWICE_A_YEAR -> "每半年";
            case YEARLY -> "每年";
            case RARELY -> "很少";
        };
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** One CSV line through the platform's one CSV rule ({@link SpreadsheetCells}); CRLF as Excel writes. */
    static void writeLine(Writer out, String[] cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(SpreadsheetCells.csvField(cells[i]));
        }
        out.write("\r\n");
    }
}
