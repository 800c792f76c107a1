package org.guanai.demo.generator;

import java.util.SplittableRandom;

import org.guanai.registry.api.HomeFrequency;

/**
 * Where the county's migrants work (the coastal manufacturing provinces first, then the
 * provincial capital and nearby cities) and the names of their employers and villages.
 */
final class Places {

    /** province, weight in percent, cities. */
    private static final Object[][] WORK = {
        {"广东省", 38, new String[] {"深圳市", "东莞市", "广州市", "佛山市", "中山市", "惠州市", "珠海市"}},
        {"浙江省", 17, new String[] {"杭州市", "宁波市", "温州市", "金华市", "嘉兴市", "台州市"}},
        {"福建省", 8, new String[] {"厦门市", "泉州市", "福州市", "晋江市"}},
        {"江苏省", 8, new String[] {"苏州市", "无锡市", "南京市", "昆山市", "常州市"}},
        {"上海市", 6, new String[] {"上海市"}},
        {"湖南省", 12, new String[] {"长沙市", "岳阳市", "株洲市"}},
        {"湖北省", 4, new String[] {"武汉市"}},
        {"北京市", 3, new String[] {"北京市"}},
        {"天津市", 1, new String[] {"天津市"}},
        {"新疆维吾尔自治区", 1, new String[] {"乌鲁木齐市"}},
        {"海南省", 2, new String[] {"海口市", "三亚市"}},
    };
    private static final String BRAND = "华鑫恒达盛宏金信新鸿永泰丰隆创联兴安利源昌裕腾远佳";
    private static final String[] TRADE = {"电子", "电子科技", "制衣", "鞋业", "五金制品", "塑胶制品", "家具", "玩具", "印刷",
        "机械", "物流", "建筑工程", "餐饮管理", "纺织", "汽车配件", "照明电器", "食品"};
    private static final String[] OTHER_WORK = {"建筑工地", "个体经营", "外卖配送", "快递网点", "装修队", "工业园临时工"};

    private static final String VILLAGE_FIRST = "桃杨柳枫石青白新金长黄红龙凤东西南北大小高松竹梅兰古双三泉莲荷清";
    private static final String VILLAGE_SECOND = "源林桥湾塘冲坪山岭湖港洲坝田岗铺庄溪园口坡";

    private Places() {
    }

    /** [province, city] */
    static String[] workPlace(SplittableRandom random) {
        int r = random.nextInt(100);
        for (Object[] p : WORK) {
            r -= (Integer) p[1];
            if (r < 0) {
                String[] cities = (String[]) p[2];
                return new String[] {(String) p[0], cities[random.nextInt(cities.length)]};
            }
        }
        return new String[] {"广东省", "东莞市"};
    }

    static String employer(SplittableRandom random, String city) {
        if (random.nextInt(100) < 15) {
            return city + OTHER_WORK[random.nextInt(OTHER_WORK.length)];
        }
        char a = BRAND.charAt(random.nextInt(BRAND.length()));
        char b = BRAND.charAt(random.nextInt(BRAND.length()));
        String cityShort = city.endsWith("市") ? city.substring(0, city.length() - 1) : city;
        return cityShort + a + b + TRADE[random.nextInt(TRADE.length)] + "有限公司";
    }

    /** Nearer work, more frequent visits home. */
    static HomeFrequency homeFrequency(SplittableRandom random, String province) {
        int r = random.nextInt(100);
        if (province.equals("湖南省")) {
            return r < 25 ? HomeFrequency.WEEKLY : r < 65 ? HomeFrequency.MONTHLY : r < 85 ? HomeFrequency.QUARTERLY
                    : HomeFrequency.TWICE_A_YEAR;
        }
        return r < 55 ? HomeFrequency.YEARLY : r < 82 ? HomeFrequency.TWICE_A_YEAR : r < 94 ? HomeFrequency.QUARTERLY
                : HomeFrequency.MONTHLY;
    }

    static String villageName(SplittableRandom random) {
        return "" + VILLAGE_FIRST.charAt(random.nextInt(VILLAGE_FIRST.length()))
                + VILLAGE_SECOND.charAt(random.nextInt(VILLAGE_SECOND.length()));
    }

    private static final String[] MOBILE_PREFIXES = {"130", "131", "132", "133", "135", "136", "137", "138", "139",
        "150", "151", "152", "153", "155", "157", "158", "159", "166", "173", "176", "177", "180", "181", "182",
        "183", "185", "186", "187", "188", "189", "191", "198", "199"};

    static String mobile(SplittableRandom random) {
        return MOBILE_PREFIXES[random.nextInt(MOBILE_PREFIXES.length)] + String.format("%08d", random.nextInt(100_000_000));
    }

    /** A landline of the county's area (Yueyang, 0730). */
    static String landline(SplittableRandom random) {
        return "0730-" + (8 + random.nextInt(2)) + String.format("%06d", random.nextInt(1_000_000));
    }

    static final String[] CHINESE_NUMBERS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"};
}
