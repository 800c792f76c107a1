package org.guanai.legal.console.support;

import java.util.List;
import java.util.Map;

import org.guanai.legal.api.CaseCategory;
import org.guanai.legal.api.CaseChannel;
import org.guanai.legal.api.CaseOutcome;
import org.guanai.legal.api.CaseStatus;
import org.guanai.legal.api.Department;
import org.guanai.legal.api.EventKind;
import org.guanai.legal.api.Measure;
import org.guanai.legal.api.OverdueReason;
import org.guanai.legal.api.RiskLevel;
import org.guanai.legal.api.StepKind;
import org.guanai.legal.api.SubjectKind;
import org.guanai.legal.api.Topic;
import org.guanai.registry.api.Message;
import org.guanai.registry.api.MessageBundle;
import org.guanai.shell.api.Console;

/** The console's words for the module's values: Chinese forms users may type, Chinese labels for tables. */
public final class Labels {
    /** This console's sentences and labels ({@code messages.properties}, Chinese; {@code messages_en.properties}). */
    public static final MessageBundle TEXT = MessageBundle.of(Labels.class, "org.guanai.legal.console.support.messages");


    private static final Map<Enum<?>, String> CHINESE = Map.ofEntries(
            Map.entry(EventKind.VILLAGE_CAMPAIGN, "送法下乡"), Map.entry(EventKind.SCHOOL, "进校园"),
            Map.entry(EventKind.MARKET_FAIR, "赶集"), Map.entry(EventKind.SLOGAN_POSTER, "标语"),
            Map.entry(EventKind.CHILD_SAFETY, "儿童安全"), Map.entry(EventKind.OTHER, "其他活动"),
            Map.entry(Topic.ANTI_DOMESTIC_VIOLENCE, "反家暴法"), Map.entry(Topic.WOMENS_RIGHTS, "妇女权益保障法"),
            Map.entry(Topic.MINORS_PROTECTION, "未成年人保护法"), Map.entry(Topic.CIVIL_CODE_FAMILY, "民法典婚姻家庭编"),
            Map.entry(Topic.SAFETY, "安全防范"), Map.entry(Topic.OTHER, "其他主题"),
            Map.entry(Department.JUSTICE, "司法"), Map.entry(Department.POLICE, "公安"), Map.entry(Department.COURT, "法院"),
            Map.entry(Department.PROCURATORATE, "检察院"), Map.entry(Department.LEGAL_AID, "法律援助"),
            Map.entry(Department.EDUCATION, "教育"), Map.entry(Department.CIVIL_AFFAIRS, "民政"),
            Map.entry(Department.HEALTH, "卫健"), Map.entry(Department.LABOUR, "人社"), Map.entry(Department.OTHER, "其他部门"),
            Map.entry(CaseChannel.HOTLINE_12338, "12338"), Map.entry(CaseChannel.WALK_IN, "来访"),
            Map.entry(CaseChannel.LETTER, "来信"), Map.entry(CaseChannel.REFERRAL, "转来"), Map.entry(CaseChannel.ONLINE, "网上"),
            Map.entry(SubjectKind.REGISTERED, "在册"), Map.entry(SubjectKind.UNREGISTERED, "未登记"),
            Map.entry(SubjectKind.ANONYMOUS, "匿名"),
            Map.entry(CaseCategory.DOMESTIC_VIOLENCE, "家庭暴力"), Map.entry(CaseCategory.MARRIAGE_FAMILY, "婚姻家庭"),
            Map.entry(CaseCategory.PROPERTY_LAND, "财产土地"), Map.entry(CaseCategory.PERSONAL_SAFETY, "人身安全"),
            Map.entry(CaseCategory.CHILD_RIGHTS, "儿童权益"), Map.entry(CaseCategory.LABOUR, "劳动权益"),
            Map.entry(CaseCategory.OTHER, "其他类别"),
            Map.entry(RiskLevel.HIGH, "高"), Map.entry(RiskLevel.MEDIUM, "中"), Map.entry(RiskLevel.LOW, "低"),
            Map.entry(CaseStatus.RECEIVED, "已受理"), Map.entry(CaseStatus.REFERRED, "已转介"),
            Map.entry(CaseStatus.FOLLOWING_UP, "跟进中"), Map.entry(CaseStatus.CLOSED, "已结案"),
            Map.entry(StepKind.REFERRAL, "转介"), Map.entry(StepKind.FOLLOW_UP, "跟进"), Map.entry(StepKind.MEASURE, "保护措施"),
            Map.entry(Measure.PROTECTION_ORDER_APPLIED, "申请保护令"), Map.entry(Measure.PROTECTION_ORDER_GRANTED, "保护令签发"),
            Map.entry(Measure.PROTECTION_ORDER_REFUSED, "保护令驳回"), Map.entry(Measure.WARNING_LETTER, "告诫书"),
            Map.entry(Measure.SHELTER, "临时庇护"), Map.entry(Measure.LEGAL_AID, "法律援助措施"), Map.entry(Measure.OTHER, "其他措施"),
            Map.entry(CaseOutcome.RESOLVED, "问题解决"), Map.entry(CaseOutcome.MEDIATED, "调解成功"),
            Map.entry(CaseOutcome.COURT_DECISION, "诉讼结案"), Map.entry(CaseOutcome.HANDED_OVER, "移交办理"),
            Map.entry(CaseOutcome.WITHDRAWN, "撤回"), Map.entry(CaseOutcome.UNREACHABLE, "无法联系"),
            Map.entry(CaseOutcome.OTHER, "其他结果"),
            Map.entry(OverdueReason.FIRST_RESPONSE_OVERDUE, "首次响应超期"),
            Map.entry(OverdueReason.HIGH_RISK_NO_FOLLOW_UP, "高风险久未跟进"));

    private Labels() {
    }

    /** Besides the constant's name, its Chinese label is accepted ("家庭暴力", "12338"). */
    static List<String> aliases(Enum<?> constant) {
        String zh = CHINESE.get(constant);
        return zh == null ? List.of() : List.of(zh);
    }

    public static <E extends Enum<E>> E parse(String option, String value, Class<E> type) {
        return Console.parseEnum(option, value, type, Labels::aliases);
    }

    public static <E extends Enum<E>> List<E> parseAll(String option, List<String> values, Class<E> type) {
        return new java.util.ArrayList<>(Console.parseEnums(option, values, type, Labels::aliases));
    }

    public static String zh(Enum<?> value) {
        return value == null ? "" : CHINESE.getOrDefault(value, value.name());
    }

    public static String zh(List<? extends Enum<?>> values) {
        return String.join("、", values.stream().map(Labels::zh).toList());
    }

    /** This console's sentence {@code key}, e.g. a list's noun for {@link Console#printFooter}. */
    public static Message text(String key, Object... args) {
        return TEXT.message(key, args);
    }

    /** This console's sentence {@code key} in the session's language. */
    public static String say(String key, Object... args) {
        return text(key, args).render(Console.language());
    }
}
