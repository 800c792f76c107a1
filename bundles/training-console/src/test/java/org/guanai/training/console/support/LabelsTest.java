package org.guanai.training.console.support;

import static org.junit.Assert.assertEquals;

import java.util.List;
import java.util.Locale;

import org.guanai.registry.api.Message;
import org.guanai.shell.api.Console;
import org.guanai.training.api.CourseKind;
import org.guanai.training.api.FollowUpRound;
import org.guanai.training.api.Outcome;
import org.guanai.training.api.PartnerKind;
import org.junit.Test;

public class LabelsTest {

    @Test
    public void everySentenceAndLabelIsInBothLanguages() {
        assertEquals(List.of(), Labels.TEXT.problems());
    }

    @Test
    public void everyValueHasALabelInBothLanguages() {
        for (Class<? extends Enum<?>> type : List.of(CourseKind.class, PartnerKind.class, Outcome.class,
                FollowUpRound.class)) {
            for (Enum<?> value : type.getEnumConstants()) {
                String key = "label." + type.getSimpleName() + "." + value.name();
                assertEquals(key, true, Labels.TEXT.has(key));
            }
        }
    }

    @Test
    public void valuesAreChineseByDefaultAndEnglishWhenAsked() throws Exception {
        assertEquals("电商", Labels.label(CourseKind.E_COMMERCE));
        assertEquals("编号", Labels.col("id"));
        Console.speaking(Message.ENGLISH, () -> {
            assertEquals("e-commerce", Labels.label(CourseKind.E_COMMERCE));
            assertEquals("women's federation", Labels.label(PartnerKind.WOMENS_FEDERATION));
            assertEquals("id", Labels.col("id"));
        });
        assertEquals("", Labels.label(null));
    }

    @Test
    public void aProjectsNameIsHeadedAsAThingsNameNotAPersons() {
        assertEquals("名称", Labels.col("projectName"));
        assertEquals("姓名", Labels.col("name"));
    }

    @Test
    public void aConfirmationIsInTheSessionsLanguage() throws Exception {
        assertEquals("已报名 张三 → 黄桃种植合作社（报名 7）", Labels.say("fair.signedUp", "张三", "黄桃种植合作社", 7));
        Console.speaking(Locale.ENGLISH, () -> assertEquals("Enrolled person 3 in class 12 (enrolment 40)",
                Labels.say("enrolled", Labels.text("person", 3), 12, 40)));
    }

    @Test
    public void valuesAreReadByNameChineseLabelOrShortForm() {
        assertEquals(CourseKind.E_COMMERCE, Labels.parse("--kind", "e-commerce", CourseKind.class));
        assertEquals(CourseKind.E_COMMERCE, Labels.parse("--kind", "电商", CourseKind.class));
        assertEquals(PartnerKind.HUMAN_RESOURCES, Labels.parse("--partner", "人社局", PartnerKind.class));
        assertEquals(FollowUpRound.SIX_MONTHS, Labels.parse("--round", "6", FollowUpRound.class));
        assertEquals(Outcome.NO_CHANGE, Labels.parse("--outcome", "无变化", Outcome.class));
    }
}
