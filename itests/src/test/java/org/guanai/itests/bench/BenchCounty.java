package org.guanai.itests.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A deterministic roster for the benchmarks when the demo module's {@code SyntheticCounty} is not on
 * the classpath: households of left-behind women, children (mostly with a grandparent as guardian)
 * and elderly, with migrant members, over the villages of the distribution's division list. Valid
 * resident ID numbers (check digit, birth date and gender consistent with the category).
 */
final class BenchCounty {
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    private static final String GIVEN = "秀英桂兰芳玉华梅丽敏静红霞燕娟丹萍琴云莉春凤琳婷雪颖佳欣怡子涵梓轩浩宇俊杰文博明辉建国志强伟军勇海涛鹏飞思雨诗晨宏德福寿安康平顺";
    private static final String[] PROVINCES = {"广东省", "浙江省", "江苏省", "上海市", "福建省", "湖北省", "北京市"};
    private static final String[][] CITIES = {{"深圳市", "东莞市", "广州市", "佛山市"}, {"宁波市", "杭州市", "温州市"},
        {"苏州市", "南京市", "无锡市"}, {"上海市"}, {"厦门市", "泉州市"}, {"武汉市"}, {"北京市"}};
    private static final String[] EMPLOYERS = {"电子厂", "建筑工地", "制衣厂", "物流公司", "餐馆", "家政公司", "五金厂"};
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = "10X98765432".toCharArray();
    private static final LocalDate TODAY = LocalDate.of(2026, 1, 1);

    private final Random random;
    private final List<String[]> villages;   // {villageCode, townshipCode}
    private final Set<String> idNumbers = new HashSet<>();

    private BenchCounty(long seed, List<String[]> villages) {
        this.random = new Random(seed);
        this.villages = villages;
    }

    /** A roster of at least {@code persons} persons over the villages listed in {@code divisionsCsv} (code,name,parent_code). */
    static Roster generate(long seed, int persons, Path divisionsCsv) throws IOException {
        List<String[]> villages = new ArrayList<>();
        for (String line : Files.readAllLines(divisionsCsv, StandardCharsets.UTF_8)) {
            String[] c = line.split(",");
            if (c.length >= 3 && c[0].matches("\\d{12}")) {
                villages.add(new String[] {c[0].trim(), c[2].trim()});
            }
        }
        if (villages.isEmpty()) {
            throw new IllegalStateException("no villages in " + divisionsCsv);
        }
        BenchCounty county = new BenchCounty(seed, villages);
        List<Roster.Household> households = new ArrayList<>();
        int n = 0;
        while (n < persons) {
            Roster.Household h = county.household(households.size() + 1);
            households.add(h);
            n += h.members.size();
        }
        return new Roster(households);
    }

    /**
     * A division list at province scale for the one registry (county 430621, as the benchmarks' distributions are
     * set up): {@code townships} townships (codes 430621100 upwards; a 9-digit township code leaves 900 under one
     * county) of {@code villagesPerTownship} villages each. 30 counties of 15 townships each, 450 townships, spreads
     * one million persons as a province's counties would (about 2,200 per township), where the shipped demo county's
     * 5 townships would put 200,000 into each and make every township filter a fifth of the registry.
     */
    static void writeProvinceDivisions(Path csv, int townships, int villagesPerTownship) throws IOException {
        if (townships < 1 || townships > 900 || villagesPerTownship < 1 || villagesPerTownship > 799) {
            throw new IllegalArgumentException(townships + " townships of " + villagesPerTownship + " villages");
        }
        StringBuilder b = new StringBuilder("code,name,parent_code\n");
        for (int t = 0; t < townships; t++) {
            String township = "430621" + (100 + t);
            b.append(township).append(",第").append(t + 1).append("镇,430621\n");
            for (int v = 0; v < villagesPerTownship; v++) {
                b.append(township).append(201 + v).append(",第").append(t + 1).append("镇第").append(v + 1).append("村,")
                        .append(township).append('\n');
            }
        }
        Files.writeString(csv, b, StandardCharsets.UTF_8);
    }

    private Roster.Household household(int number) {
        String[] village = villages.get(random.nextInt(villages.size()));
        Roster.Household h = new Roster.Household();
        h.key = "B" + String.format("%07d", number);
        h.village = village[0];
        h.township = village[1];
        h.address = (1 + random.nextInt(12)) + "组" + (1 + random.nextInt(60)) + "号";
        h.phone = phone();
        h.hardship = random.nextInt(10) == 0;
        String surname = String.valueOf(SURNAMES.charAt(random.nextInt(SURNAMES.length())));

        boolean motherHome = random.nextInt(10) < 7;
        Roster.Member grandparent = null;
        if (!motherHome || random.nextInt(10) < 6) {
            grandparent = person(surname, random.nextBoolean() ? "FEMALE" : "MALE", 62, 85, "LEFT_BEHIND_ELDERLY");
            h.members.add(grandparent);
        }
        Roster.Member mother = null;
        if (motherHome) {
            mother = person(String.valueOf(SURNAMES.charAt(random.nextInt(SURNAMES.length()))), "FEMALE", 24, 45, "LEFT_BEHIND_WOMAN");
            h.members.add(mother);
            h.migrants.add(migrant(surname, "HUSBAND"));
        } else {
            h.migrants.add(migrant(surname, "SON"));
            h.migrants.add(migrant(String.valueOf(SURNAMES.charAt(random.nextInt(SURNAMES.length()))), "DAUGHTER"));
        }
        int children = 1 + random.nextInt(2);
        for (int i = 0; i < children; i++) {
            Roster.Member child = person(surname, random.nextBoolean() ? "FEMALE" : "MALE", 1, 15, "LEFT_BEHIND_CHILD");
            int age = TODAY.getYear() - child.birthDate().getYear();
            child.schoolStage = age < 3 ? "NOT_YET_IN_SCHOOL" : age < 6 ? "KINDERGARTEN" : age < 12 ? "PRIMARY" : "MIDDLE_SCHOOL";
            Roster.Member guardian = grandparent != null && (mother == null || random.nextInt(10) < 6) ? grandparent : mother;
            child.guardianIdNumber = guardian.idNumber;
            child.guardianRelation = guardian == mother ? "MOTHER" : "GRANDPARENT";
            int c = random.nextInt(20);
            child.guardianCapacity = c < 15 ? "GOOD" : c < 19 ? "WEAK" : "NONE";
            child.guardianPhone = guardian.phone;
            h.members.add(child);
        }
        h.headName = h.members.get(0).name;
        return h;
    }

    private Roster.Member person(String surname, String gender, int minAge, int maxAge, String category) {
        Roster.Member m = new Roster.Member();
        m.name = surname + GIVEN.charAt(random.nextInt(GIVEN.length()))
                + (random.nextInt(3) == 0 ? "" : String.valueOf(GIVEN.charAt(random.nextInt(GIVEN.length()))));
        m.gender = gender;
        LocalDate birth = TODAY.minusYears(minAge).minusDays(1 + random.nextInt((maxAge - minAge) * 365));
        m.idNumber = idNumber(birth, "MALE".equals(gender));
        m.phone = category.equals("LEFT_BEHIND_CHILD") ? null : phone();
        m.categories.add(category);
        return m;
    }

    private Roster.Migrant migrant(String surname, String relation) {
        Roster.Migrant g = new Roster.Migrant();
        g.name = surname + GIVEN.charAt(random.nextInt(GIVEN.length())) + GIVEN.charAt(random.nextInt(GIVEN.length()));
        g.relation = relation;
        int p = random.nextInt(PROVINCES.length);
        g.province = PROVINCES[p];
        g.city = CITIES[p][random.nextInt(CITIES[p].length)];
        g.employer = g.city.replace("市", "") + EMPLOYERS[random.nextInt(EMPLOYERS.length)];
        g.phone = phone();
        g.awaySince = TODAY.minusDays(30 + random.nextInt(3000));
        g.homeFrequency = new String[] {"MONTHLY", "QUARTERLY", "TWICE_A_YEAR", "YEARLY", "YEARLY"}[random.nextInt(5)];
        return g;
    }

    private String idNumber(LocalDate birth, boolean male) {
        while (true) {
            int seq = random.nextInt(500) * 2 + (male ? 1 : 0);
            String body = "430621" + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", seq);
            int sum = 0;
            for (int i = 0; i < 17; i++) {
                sum += (body.charAt(i) - '0') * WEIGHTS[i];
            }
            String id = body + CHECK[sum % 11];
            if (idNumbers.add(id)) {
                return id;
            }
        }
    }

    private String phone() {
        return new String[] {"138", "139", "150", "151", "158", "177", "186", "187"}[random.nextInt(8)]
                + String.format("%08d", random.nextInt(100_000_000));
    }
}
