package org.guanai.demo.generator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

import org.guanai.registry.api.CareCategory;
import org.guanai.registry.api.Gender;
import org.guanai.registry.api.GuardianCapacity;
import org.guanai.registry.api.GuardianRelation;
import org.guanai.registry.api.MigrantRelation;
import org.guanai.registry.api.SchoolStage;
import org.guanai.registry.api.ServiceKind;
import org.guanai.registry.api.SiteKind;
import org.guanai.registry.api.VolunteerKind;

/**
 * A synthetic county, the same for the same seed, scale and reference date.
 * <p>
 * Scale 1 is the seed county of the project (its 2010s report): 15,203 left-behind women, 6,082
 * left-behind children, 80 children's homes and 260 women's homes. The report gives no county total
 * of left-behind elderly; its one described site has 25 women and 14 elderly, so elderly are
 * 14/25 of the women: 8,514. The county keeps its 20 townships and 300 villages at every scale;
 * people, sites and service records scale (rounded; at least one site of each kind).
 * <p>
 * Households: a left-behind woman whose husband works away (with her children and often his
 * parents); grandparents raising the children of a couple both working away; elderly alone whose
 * sons and daughters work away. Children's guardians live in the household: mostly grandparents,
 * otherwise the mother; some guardians are of weak or no capacity.
 */
public final class SyntheticCounty {

    public static final String COUNTY_CODE = "430621";
    public static final String COUNTY_NAME = "示范县";
    public static final int WOMEN = 15_203;
    public static final int CHILDREN = 6_082;
    /** 14/25 of the women, the proportion at the report's one described site. */
    public static final int ELDERLY = 8_514;
    public static final int CHILDRENS_HOMES = 80;
    public static final int WOMENS_HOMES = 260;
    public static final int SERVICE_RECORDS = 1_200;
    public static final int TOWNSHIPS = 20;
    public static final int VILLAGES_PER_TOWNSHIP = 15;
    public static final double MIN_SCALE = 0.001;
    public static final double MAX_SCALE = 100;

    /** Real townships of the county beyond those the registry ships (towns 镇 are 1xx codes, townships 乡 2xx). */
    private static final String[] MORE_TOWNS = {"月田镇", "张谷英镇", "筻口镇", "新墙镇", "杨林街镇", "鹿角镇", "步仙镇",
        "西塘镇", "柏祥镇", "麻塘镇"};
    private static final String[] MORE_XIANG = {"中洲乡", "长湖乡", "康王乡", "黄秀乡", "三港咀乡", "东洞庭乡"};

    private final long seed;
    private final double scale;
    private final double defectShare;
    private final LocalDate referenceDate;
    private final List<Division> divisions;
    private final List<Household> households;
    private final List<Site> sites;
    private final List<Team> teams;
    private final List<ServiceVisit> serviceRecords;
    private final Roster roster;
    private List<Defect> defects;

    private SyntheticCounty(long seed, double scale, double defectShare, LocalDate referenceDate) {
        this.seed = seed;
        this.scale = scale;
        this.defectShare = defectShare;
        this.referenceDate = referenceDate;
        SplittableRandom random = new SplittableRandom(seed);
        this.divisions = List.copyOf(divisions(random.split()));
        this.households = List.copyOf(new HouseholdMaker(random.split(), referenceDate, villages(divisions),
                women(scale), children(scale), elderly(scale)).make());
        this.sites = List.copyOf(sites(random.split()));
        this.teams = List.copyOf(teams(random.split()));
        this.serviceRecords = List.copyOf(serviceRecords(random.split()));
        this.roster = new Roster(this, random.split(), defectShare);
    }

    /** The county for a seed at a scale (1 = the seed county), as of January 1st of the current year. */
    public static SyntheticCounty generate(long seed, double scale, double defectShare) {
        return generate(seed, scale, defectShare, LocalDate.of(LocalDate.now().getYear(), 1, 1));
    }

    /**
     * The county as of {@code referenceDate}: ages and dates are counted from it, so the same arguments
     * give the same county byte for byte. Everyone keeps the age of their category for a year after it.
     *
     * @param defectShare share of the roster's person lines written with a defect (0 to 0.5)
     */
    public static SyntheticCounty generate(long seed, double scale, double defectShare, LocalDate referenceDate) {
        if (!(scale >= MIN_SCALE && scale <= MAX_SCALE)) {
            throw new IllegalArgumentException("scale must be between " + MIN_SCALE + " and " + MAX_SCALE + ", not " + scale);
        }
        if (!(defectShare >= 0 && defectShare <= 0.5)) {
            throw new IllegalArgumentException("defect share must be between 0 and 0.5, not " + defectShare);
        }
        if (referenceDate == null) {
            throw new IllegalArgumentException("reference date is required");
        }
        return new SyntheticCounty(seed, scale, defectShare, referenceDate);
    }

    public static int women(double scale) {
        return (int) Math.round(WOMEN * scale);
    }

    public static int children(double scale) {
        return (int) Math.round(CHILDREN * scale);
    }

    public static int elderly(double scale) {
        return (int) Math.round(ELDERLY * scale);
    }

    public static int childrensHomes(double scale) {
        return Math.max(1, (int) Math.round(CHILDRENS_HOMES * scale));
    }

    public static int womensHomes(double scale) {
        return Math.max(1, (int) Math.round(WOMENS_HOMES * scale));
    }

    public long seed() {
        return seed;
    }

    public double scale() {
        return scale;
    }

    public double defectShare() {
        return defectShare;
    }

    public LocalDate referenceDate() {
        return referenceDate;
    }

    /** Townships, then each township's villages, by code. */
    public List<Division> divisions() {
        return divisions;
    }

    public List<Household> households() {
        return households;
    }

    public List<Site> sites() {
        return sites;
    }

    public List<Team> teams() {
        return teams;
    }

    public List<ServiceVisit> serviceRecords() {
        return serviceRecords;
    }

    /** Persons in the county (without the duplicates a defective roster adds). */
    public int personCount() {
        return households.stream().mapToInt(h -> h.residents().size()).sum();
    }

    public long count(CareCategory category) {
        return households.stream().flatMap(h -> h.residents().stream()).filter(r -> r.is(category)).count();
    }

    public int volunteerCount() {
        return teams.stream().mapToInt(t -> t.volunteers().size()).sum();
    }

    /** The defective lines of the roster file, by line; empty when the defect share is 0. */
    public synchronized List<Defect> defects() {
        if (defects == null) {
            List<Defect> found = new ArrayList<>();
            roster.forEachRow((line, cells, defect) -> {
                if (defect != null) {
                    found.add(defect);
                }
            });
            defects = List.copyOf(found);
        }
        return defects;
    }

    /** Writes the roster (one line per person, the import layout, Chinese headers) as UTF-8 with a byte order mark. */
    public void writeRosterCsv(Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writeRosterCsv(out);
        }
    }

    /** As {@link #writeRosterCsv(Path)}, to a writer (the byte order mark is written as U+FEFF). */
    public void writeRosterCsv(Writer out) throws IOException {
        out.write('\uFEFF');
        Roster.writeLine(out, Roster.HEADER);
        try {
            roster.forEachRow((line, cells, defect) -> {
                try {
                    Roster.writeLine(out, cells);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * As {@link #writeRosterCsv(Path)}, in files of at most {@code maxRows} data rows each (a household is never
     * split, so a household larger than that makes a larger file), each a roster of its own with the header: for
     * an import that limits a file's rows or size. Returns the files, in order: {@code prefix-1.csv}, {@code -2} ...
     */
    public List<Path> writeRosterCsvParts(Path folder, String prefix, int maxRows) throws IOException {
        List<Path> files = new ArrayList<>();
        Writer[] out = new Writer[1];
        int[] rows = new int[1];
        String[] household = new String[1];
        try {
            roster.forEachRow((line, cells, defect) -> {
                try {
                    if (out[0] == null || rows[0] >= maxRows && !cells[0].equals(household[0])) {
                        if (out[0] != null) {
                            out[0].close();
                        }
                        Path file = folder.resolve(prefix + "-" + (files.size() + 1) + ".csv");
                        files.add(file);
                        out[0] = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                        out[0].write('\uFEFF');
                        Roster.writeLine(out[0], Roster.HEADER);
                        rows[0] = 0;
                    }
                    household[0] = cells[0];
                    Roster.writeLine(out[0], cells);
                    rows[0]++;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            if (out[0] != null) {
                out[0].close();
            }
        }
        return files;
    }

    /** Writes the townships and villages as {@code code,name,parent_code} (what registry:division-import reads), UTF-8. */
    public void writeDivisionsCsv(Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writeDivisionsCsv(out);
        }
    }

    public void writeDivisionsCsv(Writer out) throws IOException {
        out.write("code,name,parent_code\n");
        for (Division d : divisions) {
            out.write(d.code() + "," + d.name() + "," + d.parentCode() + "\n");
        }
    }

    // ---- divisions ----------------------------------------------------------------------------

    /** The demo county's first divisions (demo-divisions.csv), then more townships and villages in the same code scheme up to 20 and 300. */
    private static List<Division> divisions(SplittableRandom random) {
        Map<String, Division> townships = new TreeMap<>();
        Map<String, List<Division>> villages = new TreeMap<>();
        Set<String> names = new HashSet<>();
        for (Division d : baseDivisions()) {
            names.add(d.name());
            if (d.isTownship()) {
                townships.put(d.code(), d);
            } else {
                villages.computeIfAbsent(d.parentCode(), k -> new ArrayList<>()).add(d);
            }
        }
        int nextTown = 100;
        int nextXiang = 200;
        for (String code : townships.keySet()) {
            int n = Integer.parseInt(code.substring(6));
            if (n < 200) {
                nextTown = Math.max(nextTown, n + 1);
            } else {
                nextXiang = Math.max(nextXiang, n + 1);
            }
        }
        int town = 0;
        int xiang = 0;
        while (townships.size() < TOWNSHIPS) {
            boolean isTown = townships.size() % 3 != 2 && town < MORE_TOWNS.length || xiang >= MORE_XIANG.length;
            String name = isTown ? MORE_TOWNS[town++] : MORE_XIANG[xiang++];
            String code = COUNTY_CODE + (isTown ? nextTown++ : nextXiang++);
            if (names.add(name)) {
                townships.put(code, new Division(code, name, COUNTY_CODE));
            }
        }
        List<Division> out = new ArrayList<>(townships.values());
        for (Division t : townships.values()) {
            List<Division> own = villages.computeIfAbsent(t.code(), k -> new ArrayList<>());
            boolean hasCommunity = own.stream().anyMatch(v -> v.code().charAt(9) == '0');
            int nextVillage = 201;
            for (Division v : own) {
                int n = Integer.parseInt(v.code().substring(9));
                if (n >= 200) {
                    nextVillage = Math.max(nextVillage, n + 1);
                }
            }
            if (!hasCommunity) {
                // the township seat's residents' committee: named after the township
                String name = t.name().substring(0, t.name().length() - 1) + "社区";
                if (names.add(name)) {
                    own.add(new Division(t.code() + "001", name, t.code()));
                }
            }
            while (own.size() < VILLAGES_PER_TOWNSHIP) {
                String name = Places.villageName(random) + "村";
                if (names.add(name)) {
                    own.add(new Division(t.code() + String.format("%03d", nextVillage++), name, t.code()));
                }
            }
            own.sort(Comparator.comparing(Division::code));
            out.addAll(own);
        }
        return out;
    }

    private static List<Division> baseDivisions() {
        List<Division> out = new ArrayList<>();
        try (InputStream in = SyntheticCounty.class.getResourceAsStream("demo-divisions.csv")) {
            if (in == null) {
                throw new IllegalStateException("demo-divisions.csv is missing from the generator");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                line = line.replace("\uFEFF", "").trim();
                if (line.isEmpty() || line.startsWith("#") || line.startsWith("code")) {
                    continue;
                }
                String[] f = line.split(",");
                String parent = f.length > 2 && !f[2].isBlank() ? f[2].trim()
                        : f[0].length() == 9 ? COUNTY_CODE : f[0].substring(0, 9);
                out.add(new Division(f[0].trim(), f[1].trim(), parent));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static List<Division> villages(List<Division> divisions) {
        return divisions.stream().filter(d -> !d.isTownship()).toList();
    }

    public List<Division> townships() {
        return divisions.stream().filter(Division::isTownship).toList();
    }

    Map<String, Division> divisionsByCode() {
        Map<String, Division> out = new LinkedHashMap<>();
        divisions.forEach(d -> out.put(d.code(), d));
        return out;
    }

    // ---- sites, teams, service records ---------------------------------------------------------

    private List<Site> sites(SplittableRandom random) {
        List<Division> townships = townships();
        Map<String, Division> byCode = divisionsByCode();
        List<Division> villages = new ArrayList<>(villages(divisions));
        List<Site> out = new ArrayList<>();
        // children's homes: at each township's central school first, then at village schools
        addSites(out, random, SiteKind.CHILDRENS_HOME, childrensHomes(scale), townships, villages, byCode);
        addSites(out, random, SiteKind.WOMENS_HOME, womensHomes(scale), townships, villages, byCode);
        return out;
    }

    private void addSites(List<Site> out, SplittableRandom random, SiteKind kind, int count, List<Division> townships,
                          List<Division> villages, Map<String, Division> byCode) {
        List<Division> order = new ArrayList<>(villages);
        shuffle(order, random);
        List<Division> townOrder = new ArrayList<>(townships);
        shuffle(townOrder, random);
        Map<String, Integer> used = new TreeMap<>();
        for (int i = 0; i < count; i++) {
            Division village;
            String name;
            if (i < townOrder.size()) {
                Division t = townOrder.get(i);
                village = seatOf(t);
                name = kind == SiteKind.CHILDRENS_HOME ? t.name() + "中心小学留守儿童之家" : t.name() + "妇女之家";
            } else {
                village = order.get((i - townOrder.size()) % order.size());
                name = kind == SiteKind.CHILDRENS_HOME ? village.name() + "小学留守儿童之家" : village.name() + "妇女之家";
            }
            int n = used.merge(name, 1, Integer::sum);
            if (n > 1) {
                name = name + "(" + Places.CHINESE_NUMBERS[Math.min(n, Places.CHINESE_NUMBERS.length) - 1] + ")";
            }
            Gender contactGender = random.nextInt(100) < 80 ? Gender.FEMALE : Gender.MALE;
            String contact = Names.full(random, Names.surname(random), contactGender, 1970 + random.nextInt(25));
            LocalDate opened = LocalDate.of(2008 + random.nextInt(9), 1 + random.nextInt(12), 1 + random.nextInt(28));
            boolean children = kind == SiteKind.CHILDRENS_HOME;
            out.add(new Site(kind, name, village.code(), village.name() + (children ? "小学内" : "村部"),
                    opened.isAfter(referenceDate) ? referenceDate.minusYears(1) : opened,
                    children ? random.nextInt(100) < 65 : random.nextInt(100) < 20,
                    children ? random.nextInt(100) < 55 : random.nextInt(100) < 35,
                    contact, Places.mobile(random)));
        }
    }

    /** Where a township's offices are: its community, else its first village. */
    private Division seatOf(Division township) {
        Division first = null;
        for (Division d : divisions) {
            if (township.code().equals(d.parentCode())) {
                if (d.code().charAt(9) == '0') {
                    return d;
                }
                if (first == null) {
                    first = d;
                }
            }
        }
        return first;
    }

    private static final String[] PROFESSIONS = {"教师", "教师", "教师", "医生", "护士", "民政干部", "民警", "律师", "心理咨询师"};

    private List<Team> teams(SplittableRandom random) {
        List<Team> out = new ArrayList<>();
        for (Division t : townships()) {
            List<Volunteer> staff = new ArrayList<>();
            int full = 1 + random.nextInt(2);
            for (int i = 0; i < full; i++) {
                staff.add(volunteer(random, VolunteerKind.FULL_TIME_STAFF, "乡镇干部"));
            }
            int part = 2 + random.nextInt(3);
            for (int i = 0; i < part; i++) {
                staff.add(volunteer(random, VolunteerKind.PART_TIME_STAFF, "村干部"));
            }
            out.add(new Team(t.name() + "关爱服务队", null, t.code(), "乡镇政府工作人员、村组干部组成的专兼职服务队伍", staff));
            List<Volunteer> pros = new ArrayList<>();
            int n = 3 + random.nextInt(4);
            for (int i = 0; i < n; i++) {
                pros.add(volunteer(random, VolunteerKind.PROFESSIONAL_VOLUNTEER, PROFESSIONS[random.nextInt(PROFESSIONS.length)]));
            }
            out.add(new Team(t.name() + "志愿者服务队", null, t.code(), "教师、医护人员、民政和公安人员为主的专业志愿者队伍", pros));
        }
        for (int s = 0; s < sites.size(); s++) {
            Site site = sites.get(s);
            if (site.kind() != SiteKind.CHILDRENS_HOME) {
                continue;
            }
            List<Volunteer> members = new ArrayList<>();
            members.add(volunteer(random, VolunteerKind.PROFESSIONAL_VOLUNTEER, "教师"));
            int n = 2 + random.nextInt(3);
            for (int i = 0; i < n; i++) {
                members.add(volunteer(random, VolunteerKind.SOCIAL_VOLUNTEER, random.nextInt(100) < 60 ? "巾帼志愿者" : "社会爱心人士"));
            }
            out.add(new Team(site.name() + "志愿服务队", s, site.villageCode().substring(0, 9), "留守儿童之家的学习辅导、谈心聊天", members));
        }
        return out;
    }

    private static Volunteer volunteer(SplittableRandom random, VolunteerKind kind, String profession) {
        Gender g = random.nextInt(100) < 55 ? Gender.FEMALE : Gender.MALE;
        return new Volunteer(Names.full(random, Names.surname(random), g, 1965 + random.nextInt(35)), kind, profession,
                Places.mobile(random));
    }

    private List<ServiceVisit> serviceRecords(SplittableRandom random) {
        int count = (int) Math.round(SERVICE_RECORDS * scale);
        Map<String, List<Household>> byTownship = new TreeMap<>();
        for (Household h : households) {
            byTownship.computeIfAbsent(h.villageCode().substring(0, 9), k -> new ArrayList<>()).add(h);
        }
        Map<String, Integer> staffTeam = new TreeMap<>();
        Map<Integer, Integer> siteTeam = new TreeMap<>();
        for (int i = 0; i < teams.size(); i++) {
            Team t = teams.get(i);
            if (t.site() != null) {
                siteTeam.put(t.site(), i);
            } else {
                staffTeam.putIfAbsent(t.townshipCode(), i);
            }
        }
        List<ServiceVisit> out = new ArrayList<>();
        for (int i = 0; i < count && !sites.isEmpty(); i++) {
            int siteIndex = random.nextInt(sites.size());
            Site site = sites.get(siteIndex);
            String township = site.villageCode().substring(0, 9);
            List<Household> local = byTownship.getOrDefault(township, List.of());
            LocalDate date = referenceDate.minusDays(1 + random.nextInt(730));
            int r = random.nextInt(100);
            ServiceKind kind = r < 30 ? ServiceKind.VISIT : r < 50 ? ServiceKind.TUTORING : r < 60 ? ServiceKind.COUNSELLING
                    : r < 75 ? ServiceKind.WARMTH_VISIT : r < 90 ? ServiceKind.PAIRING_HELP : ServiceKind.PARENTS_SCHOOL;
            List<String> persons = new ArrayList<>();
            String summary;
            Integer team = siteTeam.getOrDefault(siteIndex, staffTeam.get(township));
            switch (kind) {
                case TUTORING -> {
                    pick(random, local, CareCategory.LEFT_BEHIND_CHILD, 1 + random.nextInt(5), persons);
                    summary = "课后学习辅导、作业检查";
                }
                case COUNSELLING -> {
                    pick(random, local, random.nextBoolean() ? CareCategory.LEFT_BEHIND_CHILD : CareCategory.LEFT_BEHIND_WOMAN,
                            1, persons);
                    summary = "心理情绪疏导，谈心聊天";
                }
                case WARMTH_VISIT -> {
                    date = LocalDate.of(date.getYear(), 1, 10 + random.nextInt(20));
                    if (date.isAfter(referenceDate.minusDays(1))) {
                        date = date.minusYears(1);
                    }
                    pickHardship(random, local, persons);
                    summary = "春节前送温暖，送去慰问金和米油";
                    team = staffTeam.get(township);
                }
                case PAIRING_HELP -> {
                    pick(random, local, CareCategory.LEFT_BEHIND_WOMAN, 1, persons);
                    summary = "1+1结对帮扶，帮助解决农忙劳力和生活困难";
                    team = staffTeam.get(township);
                }
                case PARENTS_SCHOOL -> summary = "家长学校：家庭教育与亲情沟通讲座";
                default -> {
                    pick(random, local, null, 1 + random.nextInt(3), persons);
                    summary = "入户走访，了解家庭生活和外出务工人员联系情况";
                    team = staffTeam.get(township);
                }
            }
            if (persons.isEmpty() && kind != ServiceKind.PARENTS_SCHOOL) {
                kind = ServiceKind.PARENTS_SCHOOL;
                summary = "家长学校：家庭教育与亲情沟通讲座";
            }
            out.add(new ServiceVisit(kind, date, siteIndex, team, List.copyOf(persons), summary));
        }
        return out;
    }

    private static void pick(SplittableRandom random, List<Household> local, CareCategory category, int n, List<String> out) {
        for (int attempt = 0; attempt < n * 8 && out.size() < n && !local.isEmpty(); attempt++) {
            Household h = local.get(random.nextInt(local.size()));
            Resident r = h.residents().get(random.nextInt(h.residents().size()));
            if ((category == null || r.is(category)) && !out.contains(r.idNumber())) {
                out.add(r.idNumber());
            }
        }
    }

    private static void pickHardship(SplittableRandom random, List<Household> local, List<String> out) {
        for (int attempt = 0; attempt < 40 && out.isEmpty() && !local.isEmpty(); attempt++) {
            Household h = local.get(random.nextInt(local.size()));
            if (h.hardship()) {
                h.residents().forEach(r -> out.add(r.idNumber()));
            }
        }
    }

    static <T> void shuffle(List<T> list, SplittableRandom random) {
        for (int i = list.size() - 1; i > 0; i--) {
            Collections.swap(list, i, random.nextInt(i + 1));
        }
    }

    // ---- households --------------------------------------------------------------------------------

    /** Makes households until the women, children and elderly are exactly the targets. */
    private static final class HouseholdMaker {
        private final SplittableRandom random;
        private final LocalDate ref;
        private final List<Division> villages;
        private final double[] cumulativeWeight;
        private final IdNumbers ids = new IdNumbers(COUNTY_CODE);
        private final int women;
        private int children;
        private int elderly;

        HouseholdMaker(SplittableRandom random, LocalDate ref, List<Division> villages, int women, int children, int elderly) {
            this.random = random;
            this.ref = ref;
            this.villages = villages;
            this.women = women;
            this.children = children;
            this.elderly = elderly;
            cumulativeWeight = new double[villages.size()];
            double sum = 0;
            for (int i = 0; i < villages.size(); i++) {
                // communities (township seats) have fewer left-behind families than villages
                sum += villages.get(i).code().charAt(9) == '0' ? 0.3 : 0.6 + random.nextDouble() * 0.8;
                cumulativeWeight[i] = sum;
            }
        }

        List<Household> make() {
            List<Draft> drafts = new ArrayList<>();
            int childBudget = (int) Math.round(children * 0.40);
            int elderBudget = (int) Math.round(elderly * 0.38);
            for (int i = 0; i < women; i++) {
                int r = random.nextInt(1000);
                int kids = Math.min(childBudget, r < 870 ? 0 : r < 970 ? 1 : r < 997 ? 2 : 3);
                r = random.nextInt(100);
                int elders = Math.min(elderBudget, r < 85 ? 0 : r < 94 ? 1 : 2);
                childBudget -= kids;
                elderBudget -= elders;
                children -= kids;
                elderly -= elders;
                drafts.add(new Draft(Type.WOMAN, kids, elders));
            }
            while (children > 0) {
                int kids = Math.min(children, 1 + (random.nextInt(100) < 55 ? 0 : random.nextInt(100) < 75 ? 1 : 2));
                int elders = Math.min(elderly, random.nextInt(100) < 60 ? 2 : 1);
                if (elders == 0) {
                    // no grandparent left to raise them: with a mother at home instead
                    Draft mother = drafts.stream().filter(d -> d.type == Type.WOMAN).findFirst().orElseThrow(
                            () -> new IllegalArgumentException("scale too small for a county"));
                    mother.kids += kids;
                } else {
                    drafts.add(new Draft(Type.GRANDPARENTS, kids, elders));
                }
                children -= kids;
                elderly -= elders;
            }
            while (elderly > 0) {
                int elders = Math.min(elderly, random.nextInt(100) < 45 ? 2 : 1);
                drafts.add(new Draft(Type.ELDERLY, 0, elders));
                elderly -= elders;
            }
            shuffle(drafts, random);
            List<Built> built = new ArrayList<>();
            for (Draft d : drafts) {
                built.add(build(d));
            }
            // a roster is kept village by village
            built.sort(Comparator.comparing((Built b) -> b.village.code()));
            List<Household> out = new ArrayList<>();
            Map<String, Integer> seq = new TreeMap<>();
            for (Built b : built) {
                int n = seq.merge(b.village.code(), 1, Integer::sum);
                String key = b.village.code() + "-" + String.format("%04d", n);
                out.add(new Household(key, b.village.code(), b.address, b.head, b.phone, b.hardship,
                        List.copyOf(b.residents), List.copyOf(b.migrants)));
            }
            return out;
        }

        private enum Type { WOMAN, GRANDPARENTS, ELDERLY }

        private static final class Draft {
            final Type type;
            int kids;
            final int elders;

            Draft(Type type, int kids, int elders) {
                this.type = type;
                this.kids = kids;
                this.elders = elders;
            }
        }

        private static final class Built {
            Division village;
            String address;
            String head;
            String phone;
            boolean hardship;
            final List<Resident> residents = new ArrayList<>();
            final List<Migrant> migrants = new ArrayList<>();
        }

        private Division village() {
            double r = random.nextDouble() * cumulativeWeight[cumulativeWeight.length - 1];
            for (int i = 0; i < cumulativeWeight.length; i++) {
                if (r < cumulativeWeight[i]) {
                    return villages.get(i);
                }
            }
            return villages.get(villages.size() - 1);
        }

        private Built build(Draft d) {
            Built b = new Built();
            b.village = village();
            String villageName = b.village.name();
            String group = Places.CHINESE_NUMBERS[random.nextInt(Places.CHINESE_NUMBERS.length)];
            b.address = villageName + group + "组" + (1 + random.nextInt(80)) + "号";
            String surname = Names.surname(random);
            // ages of the children (at the reference date), oldest first
            int[] kidAges = new int[d.kids];
            for (int i = 0; i < d.kids; i++) {
                kidAges[i] = random.nextInt(15);
            }
            java.util.Arrays.sort(kidAges);
            int oldestKid = d.kids == 0 ? 0 : kidAges[d.kids - 1];
            List<Resident> elders = new ArrayList<>();
            Resident woman = null;
            int parentAge;
            if (d.type == Type.WOMAN) {
                int age = d.kids > 0 ? Math.max(22 + random.nextInt(8), oldestKid + 20 + random.nextInt(8))
                        : 22 + random.nextInt(36);
                age = Math.min(age, 57);
                String husband = Names.full(random, surname, Gender.MALE, ref.getYear() - age - 2);
                b.head = husband;
                woman = person(Names.full(random, Names.surname(random), Gender.FEMALE, ref.getYear() - age), Gender.FEMALE,
                        age, random.nextInt(100) < 92 ? Places.mobile(random) : null, EnumSet.of(CareCategory.LEFT_BEHIND_WOMAN),
                        null, null, null, null);
                b.migrants.add(migrant(husband, MigrantRelation.HUSBAND, age));
                parentAge = age + random.nextInt(4);
            } else {
                parentAge = Math.max(oldestKid + 22 + random.nextInt(12), 24 + random.nextInt(20));
            }
            for (int i = 0; i < d.elders; i++) {
                boolean grandfather = d.elders == 2 ? i == 0 : random.nextInt(100) < 40;
                int age = Math.min(90, Math.max(61 + random.nextInt(8), parentAge + 22 + random.nextInt(9)));
                Gender g = grandfather ? Gender.MALE : Gender.FEMALE;
                String name = Names.full(random, grandfather ? surname : Names.surname(random), g, ref.getYear() - age);
                elders.add(person(name, g, age, random.nextInt(100) < 45 ? Places.mobile(random) : null,
                        EnumSet.of(CareCategory.LEFT_BEHIND_ELDERLY), null, null, null, null));
            }
            if (d.type == Type.GRANDPARENTS) {
                String father = Names.full(random, surname, Gender.MALE, ref.getYear() - parentAge);
                b.head = elders.stream().filter(e -> e.gender() == Gender.MALE).map(Resident::name).findFirst().orElse(father);
                b.migrants.add(migrant(father, MigrantRelation.FATHER, parentAge));
                if (random.nextInt(100) < 88) {
                    b.migrants.add(migrant(Names.full(random, Names.surname(random), Gender.FEMALE, ref.getYear() - parentAge),
                            MigrantRelation.MOTHER, parentAge));
                }
            } else if (d.type == Type.ELDERLY) {
                b.head = elders.stream().filter(e -> e.gender() == Gender.MALE).map(Resident::name).findFirst()
                        .orElse(elders.get(0).name());
                int n = random.nextInt(100) < 65 ? 1 : 2;
                for (int i = 0; i < n; i++) {
                    boolean son = i == 0 ? random.nextInt(100) < 70 : random.nextBoolean();
                    b.migrants.add(migrant(Names.full(random, surname, son ? Gender.MALE : Gender.FEMALE,
                            ref.getYear() - parentAge), son ? MigrantRelation.SON : MigrantRelation.DAUGHTER, parentAge));
                }
            }
            if (woman != null) {
                b.residents.add(woman);
            }
            b.residents.addAll(elders);
            // the guardian: a grandparent when there is one (the mother mostly, if she is at home), else the mother
            Resident guardian = null;
            GuardianRelation relation = null;
            GuardianCapacity capacity = null;
            if (d.kids > 0) {
                boolean grandparent = !elders.isEmpty() && (woman == null || random.nextInt(100) < 50);
                if (grandparent) {
                    guardian = elders.size() == 2 && random.nextInt(100) < 60 ? elders.get(1) : elders.get(0);
                    relation = GuardianRelation.GRANDPARENT;
                    int r = random.nextInt(100);
                    int oldest = elders.stream().mapToInt(e -> ref.getYear() - e.birthDate().getYear()).max().orElse(60);
                    int weak = oldest >= 75 ? 35 : 15;
                    capacity = r < 100 - weak - 6 ? GuardianCapacity.GOOD : r < 94 ? GuardianCapacity.WEAK : GuardianCapacity.NONE;
                } else {
                    guardian = woman;
                    relation = GuardianRelation.MOTHER;
                    capacity = random.nextInt(100) < 96 ? GuardianCapacity.GOOD : GuardianCapacity.WEAK;
                }
            }
            b.phone = woman != null && woman.phone() != null ? woman.phone()
                    : random.nextInt(100) < 20 ? Places.landline(random)
                    : elders.stream().map(Resident::phone).filter(p -> p != null).findFirst().orElse(Places.landline(random));
            String guardianPhone = guardian == null ? null : guardian.phone() != null ? guardian.phone() : b.phone;
            for (int age : kidAges) {
                Gender g = random.nextInt(100) < 53 ? Gender.MALE : Gender.FEMALE;
                b.residents.add(person(Names.full(random, surname, g, ref.getYear() - age), g, age, null,
                        EnumSet.of(CareCategory.LEFT_BEHIND_CHILD), guardian.idNumber(), relation, capacity, guardianPhone));
            }
            boolean weakCare = capacity == GuardianCapacity.NONE || capacity == GuardianCapacity.WEAK;
            b.hardship = random.nextInt(100) < (weakCare ? 30 : d.type == Type.ELDERLY ? 12 : 6);
            return b;
        }

        private Resident person(String name, Gender gender, int age, String phone, Set<CareCategory> categories,
                                String guardianId, GuardianRelation relation, GuardianCapacity capacity, String guardianPhone) {
            // born age years and 1-364 days before the reference date: that age on it, at most one more a year later
            LocalDate birth = ref.minusYears(age).minusDays(1 + random.nextInt(364));
            SchoolStage stage = null;
            if (categories.contains(CareCategory.LEFT_BEHIND_CHILD)) {
                stage = age < 3 ? SchoolStage.NOT_YET_IN_SCHOOL : age < 6 ? SchoolStage.KINDERGARTEN
                        : age < 12 ? SchoolStage.PRIMARY : SchoolStage.MIDDLE_SCHOOL;
            }
            return new Resident(name, gender, ids.next(random, birth, gender), birth, phone,
                    Collections.unmodifiableSet(EnumSet.copyOf(categories)), stage,
                    guardianId, relation, capacity, guardianPhone);
        }

        private Migrant migrant(String name, MigrantRelation relation, int age) {
            String[] place = Places.workPlace(random);
            int years = Math.min(Math.max(1, age - 18), 15);
            LocalDate since = ref.minusMonths(2 + random.nextInt(years * 12)).withDayOfMonth(1);
            return new Migrant(name, relation, place[0], place[1], Places.employer(random, place[1]),
                    random.nextInt(100) < 96 ? Places.mobile(random) : null, since, Places.homeFrequency(random, place[0]));
        }
    }
}
