package org.guanai.meeting.internal.spi;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** The demo joint meeting's words: its member departments, and the matters such a meeting raises. */
final class DemoMatters {

    static final String CHAIR = "刘建华";

    /** Name and contact, as in the county report: education, civil affairs, labour and social security … */
    static final String[][] DEPARTMENTS = {
        {"县妇联", "王丽"}, {"县教育局", "李志强"}, {"县民政局", "张敏"}, {"县人力资源和社会保障局", "陈刚"},
        {"县公安局", "赵伟"}, {"县司法局", "周静"}, {"县卫生健康局", "吴芳"}, {"县财政局", "郑军"},
        {"团县委", "孙婷"}, {"县农业农村局", "黄明"}, {"县乡村振兴局", "何平"}, {"县关工委", "林国庆"}};

    /** Raised by (department index), title, assigned to (index), days to its due day, where, result when done. */
    static final String[][] MATTERS = {
        {"0", "开展留守儿童监护情况摸底排查", "2", "60", "county", "完成全县排查，更新监护档案"},
        {"1", "为寄宿制学校配齐生活老师", "1", "120", "township", "已配备生活老师并完成培训"},
        {"0", "协调无有效监护儿童落实委托监护", "2", "30", "household", "已签订委托监护协议"},
        {"3", "组织留守妇女参加家政技能培训", "3", "90", "township", "举办培训班两期，结业 46 人"},
        {"4", "开展校园周边治安整治", "4", "45", "township", "完成整治，增设护学岗"},
        {"5", "为留守妇女提供法律援助咨询", "5", "60", "county", "设立咨询点，接待咨询 32 人次"},
        {"6", "组织留守妇女两癌免费检查", "6", "90", "township", "完成检查并建立随访名单"},
        {"2", "将特困留守家庭纳入临时救助", "2", "30", "household", "已发放临时救助金"},
        {"8", "招募巾帼志愿者结对帮扶留守儿童", "8", "60", "village", "新增结对 25 对"},
        {"9", "为留守妇女争取小额贴息贷款", "7", "90", "county", "发放贴息贷款 18 笔"},
        {"10", "在易地搬迁安置点建儿童之家", "10", "150", "village", "儿童之家已建成投用"},
        {"1", "开展留守儿童心理健康辅导进校园", "1", "60", "county", "覆盖全县 12 所学校"},
        {"11", "组织“五老”开展关爱留守儿童活动", "11", "45", "township", "开展活动 8 场"},
        {"4", "为留守老人家庭安装紧急呼叫装置", "2", "75", "household", "装置已安装并测试"}};

    static final String[] PROGRESS = {
        "已召开专题会议部署", "已完成方案制定并下发", "已完成过半，正在推进", "已与乡镇对接，落实责任人",
        "经费已落实，正在组织实施", "已入户走访核实情况"};

    private DemoMatters() {
    }

    /** {@code n} different matters, in a random order. */
    static List<String[]> pick(Random random, int n) {
        List<String[]> all = new ArrayList<>(Arrays.asList(MATTERS));
        java.util.Collections.shuffle(all, random);
        return all.subList(0, Math.min(n, all.size()));
    }

    static String minutes(LocalDate held, int attending) {
        return held.getYear() + "年" + held.getMonthValue() + "月" + held.getDayOfMonth() + "日，县农村留守儿童工作联席会议"
                + "召开季度例会，" + attending + "个成员单位参加。会议通报了上季度议定事项办理情况，"
                + "听取了各乡镇关于留守妇女儿童工作的意见和建议，议定了本季度事项及责任单位、办理期限。";
    }
}
