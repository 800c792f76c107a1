package org.guanai.mutualaid.console.support;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.guanai.mutualaid.api.ActivityKind;
import org.guanai.mutualaid.api.GroupKind;
import org.guanai.mutualaid.api.MemberRole;
import org.guanai.mutualaid.api.VisitKind;
import org.guanai.mutualaid.api.VulnerableReason;
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
        for (Class<? extends Enum<?>> type : List.of(GroupKind.class, MemberRole.class, ActivityKind.class,
                VisitKind.class, VulnerableReason.class)) {
            for (Enum<?> value : type.getEnumConstants()) {
                String key = "label." + type.getSimpleName() + "." + value.name();
                assertTrue(key, Labels.TEXT.has(key));
            }
        }
    }

    @Test
    public void labelsAndConfirmationsAreChineseByDefaultAndEnglishWhenAsked() throws Exception {
        assertEquals("送温暖", Labels.label(VisitKind.WARMTH_VISIT));
        assertEquals("最近走访", Labels.col("lastVisit"));
        assertEquals("王芳 已于 2026-11-30 退出 桃源村治安互助组", Labels.say("member.left", "王芳", "桃源村治安互助组", "2026-11-30"));
        Console.speaking(Message.ENGLISH, () -> {
            assertEquals("warmth visit", Labels.label(VisitKind.WARMTH_VISIT));
            assertEquals("tutoring at the children's home", Labels.label(ActivityKind.TUTORING));
            assertEquals("last visit", Labels.col("lastVisit"));
            assertEquals("--days: must be from 1 to 3650, got 0", Labels.text("days.bad", 0).render(Message.ENGLISH));
        });
    }

    @Test
    public void valuesAreReadByNameOrChineseLabel() {
        assertEquals(GroupKind.SECURITY, Labels.parse("--kind", "治安", GroupKind.class));
        assertEquals(VisitKind.WARMTH_VISIT, Labels.parse("--kind", "warmth-visit", VisitKind.class));
        assertEquals(MemberRole.LEADER, Labels.parse("--role", "组长", MemberRole.class));
    }
}
