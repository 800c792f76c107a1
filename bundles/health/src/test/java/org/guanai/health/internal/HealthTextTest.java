package org.guanai.health.internal;

import static org.junit.Assert.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.guanai.registry.api.ValidationException;
import org.guanai.testing.SourceKeys;
import org.junit.Test;

public class HealthTextTest {

    @Test
    public void everyKeyTheDashboardAndTheBulletinNameIsThere() {
        // a key in neither file would show as the key itself on the dashboard
        assertEquals(List.of(), SourceKeys.missing(HealthText.TEXT, Path.of("src/main/java/org/guanai/health/internal/spi"), "zh", "en", "text", "figure", "column"));
    }

    @Test
    public void everyKeyIsInBothLanguages() {
        assertEquals(List.of(), HealthText.TEXT.problems());
    }

    @Test
    public void aRefusalSpeaksChineseFirstAndEnglishWhenAsked() {
        ValidationException e = ValidationException.of("year", HealthText.text("yearBetween", 2000, 2027));
        assertEquals("year: 须在 2000 到 2027 之间", e.getMessage());
        assertEquals("year: must be between 2000 and 2027", e.getMessage(Locale.ENGLISH));
    }
}
