package org.guanai.legal.console.support;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;

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
import org.guanai.shell.api.Console;
import org.junit.Test;

public class LabelsTest {

    @Test
    public void everySentenceAndLabelIsInBothLanguages() {
        assertEquals(List.of(), Labels.TEXT.problems());
    }

    @Test
    public void everyValueHasALabel() {
        for (Class<? extends Enum<?>> type : List.of(EventKind.class, Topic.class, Department.class,
                CaseChannel.class, SubjectKind.class, CaseCategory.class, RiskLevel.class, CaseStatus.class,
                StepKind.class, Measure.class, CaseOutcome.class, OverdueReason.class)) {
            for (Enum<?> value : type.getEnumConstants()) {
                String key = "label." + type.getSimpleName() + "." + value.name();
                assertTrue(key, Labels.TEXT.has(key));
            }
        }
    }

    @Test
    public void statusesAreLabelsNeverCodes() throws Exception {
        assertEquals("案件 7：跟进 2026-11-30 · 状态 跟进中",
                Labels.say("case.step", 7, Labels.label(StepKind.FOLLOW_UP), "2026-11-30",
                        Labels.label(CaseStatus.FOLLOWING_UP)));
        assertEquals("反家暴法、安全防范", Labels.label(List.of(Topic.ANTI_DOMESTIC_VIOLENCE, Topic.SAFETY)));
        Console.speaking(Message.ENGLISH, () -> {
            assertEquals("Case 7: follow-up 2026-11-30 · status following up",
                    Labels.say("case.step", 7, Labels.label(StepKind.FOLLOW_UP), "2026-11-30",
                            Labels.label(CaseStatus.FOLLOWING_UP)));
            assertEquals("anti-domestic-violence law, safety",
                    Labels.label(List.of(Topic.ANTI_DOMESTIC_VIOLENCE, Topic.SAFETY)));
            assertEquals("  handler: 李梅", Labels.say("view.handler", "李梅"));
        });
        assertEquals("  承办人：李梅", Labels.say("view.handler", "李梅"));
    }

    @Test
    public void valuesAreReadByNameOrChineseLabel() {
        assertEquals(CaseCategory.DOMESTIC_VIOLENCE, Labels.parse("--category", "家庭暴力", CaseCategory.class));
        assertEquals(CaseChannel.HOTLINE_12338, Labels.parse("--channel", "12338", CaseChannel.class));
        assertEquals(RiskLevel.HIGH, Labels.parse("--risk", "high", RiskLevel.class));
    }
}
