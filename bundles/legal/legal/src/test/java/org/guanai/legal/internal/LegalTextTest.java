package org.guanai.legal.internal;

import static org.junit.Assert.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.guanai.legal.api.CaseCategory;
import org.guanai.legal.api.CaseChannel;
import org.guanai.legal.api.CaseStatus;
import org.guanai.legal.api.EventKind;
import org.guanai.legal.api.RiskLevel;
import org.guanai.registry.api.Message;
import org.guanai.testing.SourceKeys;
import org.junit.Test;

public class LegalTextTest {

    @Test
    public void everyKeyTheDashboardAndTheBulletinNameIsThere() {
        // a key in neither file would show as the key itself on the dashboard
        assertEquals(List.of(), SourceKeys.missing(LegalText.TEXT, Path.of("src/main/java/org/guanai/legal/internal/spi"), "zh", "en", "text", "figure", "column"));
    }

    @Test
    public void everyValueHasItsLabel() {
        for (Class<? extends Enum<?>> type : List.<Class<? extends Enum<?>>>of(CaseCategory.class, CaseChannel.class, CaseStatus.class,
                RiskLevel.class, EventKind.class)) {
            for (Enum<?> value : type.getEnumConstants()) {
                assertEquals(value.toString(), true, LegalText.TEXT.has(LegalText.labelKey(value)));
            }
        }
        assertEquals("财产与土地权益", LegalText.label(CaseCategory.PROPERTY_LAND, Locale.CHINESE));
        assertEquals("property and land rights", LegalText.label(CaseCategory.PROPERTY_LAND, Locale.ENGLISH));
    }

    @Test
    public void everyKeyIsInBothLanguages() {
        assertEquals(List.of(), LegalText.TEXT.problems());
    }

    @Test
    public void chineseFirstEnglishWhenAsked() {
        Message closed = LegalText.text("case.closed.noStep", LegalText.text("step.FOLLOW_UP"));
        assertEquals("案件已结案，不能再添加跟进", closed.render(null));
        assertEquals("the case is closed: no follow-up can be added", closed.render(Locale.ENGLISH));
        assertEquals("only legal staff register and correct rights cases",
                LegalText.text("role.onlyLegal").render(Locale.ENGLISH));
    }

    @Test
    public void anOverdueCaseIsNamedInBothLanguages() {
        assertEquals("案件 12 · 家庭暴力", LegalText.zh("actions.overdue.case", 12, LegalText.label(CaseCategory.DOMESTIC_VIOLENCE)));
        assertEquals("Case 12 · domestic violence",
                LegalText.en("actions.overdue.case", 12, LegalText.label(CaseCategory.DOMESTIC_VIOLENCE)));
    }
}
