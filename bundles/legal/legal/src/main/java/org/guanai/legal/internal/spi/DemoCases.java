package org.guanai.legal.internal.spi;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.guanai.legal.api.CaseCategory;
import org.guanai.legal.api.CaseChannel;
import org.guanai.legal.api.CaseOutcome;
import org.guanai.legal.api.CaseStepDTO;
import org.guanai.legal.api.ClosureDTO;
import org.guanai.legal.api.Department;
import org.guanai.legal.api.Measure;
import org.guanai.legal.api.RightsCaseDTO;
import org.guanai.legal.api.RightsCaseService;
import org.guanai.legal.api.RiskLevel;
import org.guanai.legal.api.StepKind;
import org.guanai.legal.api.SubjectKind;
import org.guanai.registry.api.DivisionDTO;
import org.guanai.registry.api.PersonDTO;

/**
 * The demo county's rights cases: mostly domestic violence and marriage and family, from the 12338 hotline and
 * walk-ins; half closed with an outcome, the rest received, referred or followed up, a few of them overdue (a
 * medium-risk call nobody answered, a high-risk case not followed up for weeks). Handled by the user {@code legal}.
 */
final class DemoCases {

    static final String HANDLER = "legal";
    private static final CaseCategory[] CATEGORIES = {CaseCategory.DOMESTIC_VIOLENCE, CaseCategory.DOMESTIC_VIOLENCE,
            CaseCategory.DOMESTIC_VIOLENCE, CaseCategory.MARRIAGE_FAMILY, CaseCategory.MARRIAGE_FAMILY,
            CaseCategory.PROPERTY_LAND, CaseCategory.CHILD_RIGHTS, CaseCategory.PERSONAL_SAFETY, CaseCategory.LABOUR};
    private static final CaseChannel[] CHANNELS = {CaseChannel.HOTLINE_12338, CaseChannel.HOTLINE_12338,
            CaseChannel.WALK_IN, CaseChannel.WALK_IN, CaseChannel.REFERRAL, CaseChannel.LETTER, CaseChannel.ONLINE};
    private static final String[] SURNAMES = {"李", "王", "张", "刘", "陈", "杨", "周", "吴"};
    private static final String[] GIVEN = {"秀英", "桂兰", "春梅", "丽华", "小红", "玉珍"};

    private final RightsCaseService cases;
    private final Random random;
    private final LocalDate today;

    DemoCases(RightsCaseService cases, Random random, LocalDate today) {
        this.cases = cases;
        this.random = random;
        this.today = today;
    }

    int write(int count, List<DivisionDTO> townships, List<PersonDTO> women, List<PersonDTO> children) {
        if (townships.isEmpty()) {
            return 0;
        }
        for (int i = 0; i < count; i++) {
            int state = i % 8; // 0-3 closed, 4 following up, 5 referred, 6 received in time, 7 overdue
            RightsCaseDTO c = intake(i, state, townships, women, children);
            RightsCaseDTO saved = cases.intake(c);
            if (state <= 5) {
                saved = play(saved, state);
            }
        }
        return count;
    }

    private RightsCaseDTO intake(int i, int state, List<DivisionDTO> townships, List<PersonDTO> women,
                                 List<PersonDTO> children) {
        RightsCaseDTO c = new RightsCaseDTO();
        c.category = CATEGORIES[random.nextInt(CATEGORIES.length)];
        c.channel = CHANNELS[random.nextInt(CHANNELS.length)];
        c.riskLevel = c.category == CaseCategory.DOMESTIC_VIOLENCE || c.category == CaseCategory.CHILD_RIGHTS
                ? (random.nextBoolean() ? RiskLevel.HIGH : RiskLevel.MEDIUM) : random.nextBoolean() ? RiskLevel.MEDIUM : RiskLevel.LOW;
        int age = state <= 3 ? 40 + random.nextInt(320) : state == 6 ? 0 : state == 7 ? 10 + random.nextInt(30) : 20 + random.nextInt(60);
        c.receivedOn = today.minusDays(age);
        if (state == 6) {
            c.riskLevel = RiskLevel.LOW;
        }
        List<PersonDTO> pool = c.category == CaseCategory.CHILD_RIGHTS ? children : women;
        int who = random.nextInt(10);
        if (who < 6 && !pool.isEmpty()) {
            c.subjectKind = SubjectKind.REGISTERED;
            c.personId = pool.get(random.nextInt(pool.size())).id;
        } else if (who < 9) {
            c.subjectKind = SubjectKind.UNREGISTERED;
            c.subjectName = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
            c.townshipCode = townships.get(random.nextInt(townships.size())).code;
        } else {
            c.subjectKind = SubjectKind.ANONYMOUS;
            c.townshipCode = townships.get(random.nextInt(townships.size())).code;
        }
        c.reporter = c.channel == CaseChannel.REFERRAL ? "村妇联主席" : random.nextBoolean() ? "本人" : "邻居";
        c.description = description(c.category);
        c.handler = HANDLER;
        return c;
    }

    /** Steps up to the case's state; a high-risk open case last acted on weeks ago is overdue. */
    private RightsCaseDTO play(RightsCaseDTO c, int state) {
        LocalDate day = c.receivedOn.plusDays(random.nextInt(2));
        RightsCaseDTO now = step(c, StepKind.REFERRAL, day, s -> {
            s.department = c.category == CaseCategory.DOMESTIC_VIOLENCE ? Department.POLICE
                    : c.category == CaseCategory.LABOUR ? Department.LABOUR : Department.LEGAL_AID;
            s.note = "电话联系当事人，转介至相关部门";
        });
        if (state == 5) {
            return now;
        }
        if (c.category == CaseCategory.DOMESTIC_VIOLENCE && c.riskLevel == RiskLevel.HIGH) {
            LocalDate applied = day.plusDays(2);
            now = step(now, StepKind.MEASURE, applied, s -> s.measure = Measure.PROTECTION_ORDER_APPLIED);
            now = step(now, StepKind.MEASURE, applied.plusDays(3), s -> s.measure = Measure.PROTECTION_ORDER_GRANTED);
        }
        LocalDate follow = now.lastActionOn.plusDays(5 + random.nextInt(10));
        now = step(now, StepKind.FOLLOW_UP, min(follow), s -> s.note = "回访当事人，了解处理进展");
        if (state == 4) {
            return now;
        }
        ClosureDTO close = new ClosureDTO();
        close.closedOn = min(now.lastActionOn.plusDays(3 + random.nextInt(20)));
        close.outcome = CaseOutcome.values()[random.nextInt(4)];
        close.reason = "当事人权益已得到维护，回访满意";
        return cases.close(now.id, now.version, close);
    }

    private LocalDate min(LocalDate day) {
        return day.isAfter(today) ? today : day;
    }

    private RightsCaseDTO step(RightsCaseDTO c, StepKind kind, LocalDate on, java.util.function.Consumer<CaseStepDTO> fill) {
        CaseStepDTO s = new CaseStepDTO();
        s.kind = kind;
        s.on = min(on);
        fill.accept(s);
        return cases.addStep(c.id, c.version, s);
    }

    private static String description(CaseCategory category) {
        switch (category) {
            case DOMESTIC_VIOLENCE: return "反映丈夫酒后多次殴打，要求帮助";
            case MARRIAGE_FAMILY: return "丈夫外出务工后长期不联系，不给付抚养费";
            case PROPERTY_LAND: return "出嫁后承包地被村组收回，要求维护土地权益";
            case CHILD_RIGHTS: return "留守儿童受到监护人打骂，学校老师反映";
            case PERSONAL_SAFETY: return "受到他人威胁骚扰";
            case LABOUR: return "在本地企业务工被拖欠工资";
            default: return "咨询法律问题";
        }
    }
}
