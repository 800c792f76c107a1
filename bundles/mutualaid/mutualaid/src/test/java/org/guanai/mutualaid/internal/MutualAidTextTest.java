package org.guanai.mutualaid.internal;

import static org.junit.Assert.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.guanai.mutualaid.api.VulnerableReason;
import org.guanai.testing.SourceKeys;
import org.junit.Test;

public class MutualAidTextTest {

    @Test
    public void everyKeyTheDashboardAndTheBulletinNameIsThere() {
        // a key in neither file would show as the key itself on the dashboard
        assertEquals(List.of(), SourceKeys.missing(MutualAidText.TEXT, Path.of("src/main/java/org/guanai/mutualaid/internal/spi"), "zh", "en", "text", "figure", "column"));
    }

    @Test
    public void everyReasonACaseIsListedForReads() {
        for (VulnerableReason reason : VulnerableReason.values()) {
            assertEquals(reason.name(), true, MutualAidText.TEXT.has("actions.reason." + reason.name()));
        }
    }

    @Test
    public void everyKeyIsInBothLanguages() {
        assertEquals(List.of(), MutualAidText.TEXT.problems());
    }

    @Test
    public void chineseFirstEnglishWhenAsked() {
        assertEquals("必填", MutualAidText.text("required").render(null));
        assertEquals("is required", MutualAidText.text("required").render(Locale.ENGLISH));
    }

    @Test
    public void dashboardNamesAreChineseFirstAndEnglishWhenAsked() {
        assertEquals("张大山户", MutualAidText.zh("actions.household", "张大山"));
        assertEquals("张大山 household", MutualAidText.en("actions.household", "张大山"));
        assertEquals("近90天互助活动", MutualAidText.zh("indicator.activities", 90));
        assertEquals("Groups with no activity in 90 days", MutualAidText.en("indicator.inactiveGroups", 90));
    }
}
