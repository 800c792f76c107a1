package org.guanai.registry.internal;

import static org.junit.Assert.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.guanai.registry.api.ValidationException;
import org.guanai.registry.internal.validation.ResidentIdNumber;
import org.junit.Assert;
import org.guanai.testing.SourceKeys;
import org.junit.Test;

public class RegistryTextTest {

    @Test
    public void everyKeyTheDashboardAndTheBulletinNameIsThere() {
        // a key in neither file would show as the key itself on the dashboard
        assertEquals(List.of(), SourceKeys.missing(RegistryText.TEXT, Path.of("src/main/java/org/guanai/registry/internal/service/RegistryActionLists.java"), "zh", "en", "figure", "column"));
    }

    @Test
    public void everyKeyTheServicesNameIsThere() {
        // e.g. a roster import refused (import.noLayout): a key in neither file would reach REST as the key itself
        assertEquals(List.of(), SourceKeys.missing(RegistryText.TEXT, Path.of("src/main/java/org/guanai/registry/internal"),
                "RegistryText.text"));
    }

    @Test
    public void everyKeyIsInBothLanguages() {
        assertEquals(List.of(), RegistryText.TEXT.problems());
    }

    @Test
    public void aRuleSpeaksChineseFirstAndEnglishWhenAsked() {
        ValidationException e = Assert.assertThrows(ValidationException.class,
                () -> ResidentIdNumber.parse("11010119900307123", "idNumber"));
        assertEquals("idNumber: 身份证号码应为18位，现为 17 位", e.getMessage());
        assertEquals("idNumber: must be 18 characters, got 17", e.getMessage(Locale.ENGLISH));
    }
}
