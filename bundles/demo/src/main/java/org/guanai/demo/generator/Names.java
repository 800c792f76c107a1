package org.guanai.demo.generator;

import java.util.SplittableRandom;

import org.guanai.registry.api.Gender;

/**
 * Plausible Chinese names: surnames drawn by their frequency (rounded shares per ten thousand of the
 * population, national figures with a Hunan tilt), given names of one or two characters from the
 * characters typical of the generation and gender.
 */
final class Names {

    private static final String SURNAMES =
            "李王张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    /** Per ten thousand, in the order of {@link #SURNAMES}. */
    private static final int[] WEIGHTS = {
        790, 740, 710, 540, 480, 330, 250, 230, 210, 200, 190, 160, 140, 140, 140, 130, 130, 120, 120, 110,
        110, 100, 90, 90, 80, 80, 80, 80, 80, 80, 110, 70, 70, 70, 65, 65, 60, 60, 60, 55,
        55, 55, 50, 50, 50, 50, 50, 50, 50, 45, 45, 45, 45, 45, 60, 40, 40, 40, 40, 40,
        40, 40, 40, 40, 40, 35, 35, 35, 35, 35, 35, 35, 35, 35, 30, 30, 30, 30, 30, 30,
        30, 30, 30, 30, 30, 30, 30, 28, 28, 28, 28, 26, 26, 25, 25, 25, 24, 24, 24, 24};
    private static final int TOTAL;

    static {
        if (WEIGHTS.length != SURNAMES.length()) {
            throw new AssertionError(WEIGHTS.length + " weights for " + SURNAMES.length() + " surnames");
        }
        int t = 0;
        for (int w : WEIGHTS) {
            t += w;
        }
        TOTAL = t;
    }

    private static final String WOMAN = "秀英丽芳娟敏静玲桂兰梅霞红燕萍华琴春艳凤云莲翠珍莉慧颖琳雪娥菊香淑玉婷晓";
    private static final String MAN = "建国军伟强明华勇志平辉海林斌波文杰涛峰龙刚成德福生贵东永清松";
    private static final String OLD_WOMAN = "秀桂兰梅英淑凤翠珍菊香春花玉莲娥芝荣";
    private static final String OLD_MAN = "德福生贵山松富财汉荣发光宗茂顺保和长";
    private static final String GIRL = "子涵梓欣怡雨萱诗思佳可馨若一琪悦晨紫宁安语瑶";
    private static final String BOY = "子浩宇轩博俊一泽睿晨铭辰皓天宸哲梓豪嘉文航";

    /** Characters a clerk types by mistake for another (same or similar sound). */
    private static final String[][] TYPOS = {
        {"英", "瑛"}, {"丽", "莉"}, {"芳", "方"}, {"娟", "鹃"}, {"静", "靜"}, {"玲", "铃"}, {"兰", "岚"}, {"梅", "玫"},
        {"霞", "侠"}, {"红", "虹"}, {"燕", "艳"}, {"萍", "平"}, {"华", "花"}, {"琴", "芹"}, {"云", "芸"},
        {"建", "健"}, {"国", "帼"}, {"军", "君"}, {"伟", "玮"}, {"明", "铭"}, {"志", "智"}, {"辉", "晖"},
        {"海", "涛"}, {"林", "琳"}, {"文", "雯"}, {"杰", "洁"}, {"峰", "锋"}, {"龙", "隆"}, {"刚", "钢"},
        {"涵", "含"}, {"梓", "子"}, {"欣", "昕"}, {"怡", "仪"}, {"雨", "语"}, {"萱", "轩"}, {"浩", "皓"},
        {"宇", "雨"}, {"轩", "萱"}, {"博", "波"}, {"俊", "骏"}, {"泽", "择"}, {"睿", "瑞"}, {"晨", "辰"}};

    private Names() {
    }

    static String surname(SplittableRandom random) {
        int r = random.nextInt(TOTAL);
        for (int i = 0; i < WEIGHTS.length; i++) {
            r -= WEIGHTS[i];
            if (r < 0) {
                return SURNAMES.substring(i, i + 1);
            }
        }
        return SURNAMES.substring(0, 1);
    }

    /** A given name for a person of this gender born in this year. */
    static String given(SplittableRandom random, Gender gender, int birthYear) {
        String chars;
        if (birthYear >= 2005) {
            chars = gender == Gender.FEMALE ? GIRL : BOY;
        } else if (birthYear < 1966) {
            chars = gender == Gender.FEMALE ? OLD_WOMAN : OLD_MAN;
        } else {
            chars = gender == Gender.FEMALE ? WOMAN : MAN;
        }
        int length = random.nextInt(100) < 18 ? 1 : 2;
        StringBuilder name = new StringBuilder(2);
        for (int i = 0; i < length; i++) {
            name.append(chars.charAt(random.nextInt(chars.length())));
        }
        return name.toString();
    }

    static String full(SplittableRandom random, String surname, Gender gender, int birthYear) {
        return surname + given(random, gender, birthYear);
    }

    /** The name with one character of the given name replaced by a look- or sound-alike (or a neighbour's). */
    static String typo(SplittableRandom random, String name) {
        for (int i = name.length() - 1; i >= 1; i--) {
            String c = name.substring(i, i + 1);
            for (String[] pair : TYPOS) {
                if (pair[0].equals(c) && !pair[1].equals(c)) {
                    return name.substring(0, i) + pair[1] + name.substring(i + 1);
                }
            }
        }
        // No known look-alike: the last character becomes another common one.
        String last = name.substring(name.length() - 1);
        String replacement = last.equals("华") ? "花" : "华";
        return name.substring(0, name.length() - 1) + replacement;
    }
}
